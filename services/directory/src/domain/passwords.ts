export const MIN_PASSWORD_LENGTH = 8;

/** A password must be hard enough to guess that throttling protects it. */
export function passwordProblems(password: string, username?: string): string[] {
  const problems: string[] = [];
  if (password.length < MIN_PASSWORD_LENGTH) problems.push(`密码至少 ${MIN_PASSWORD_LENGTH} 位`);
  if (password.length > 128) problems.push("密码最多 128 位");
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) problems.push("密码须同时包含字母和数字");
  if (username && password.toLowerCase().includes(username.toLowerCase())) problems.push("密码不能包含用户名");
  return problems;
}

/**
 * How passwords are kept: only a slow one-way hash is stored. The domain names what it needs;
 * infra/argon2-password-hasher.ts provides it.
 */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  /** False (never an error) when the password is wrong or the stored hash is malformed. */
  matches(storedHash: string, password: string): Promise<boolean>;
  /** Spends the time of a real check, so that an unknown username cannot be told apart by timing. */
  burnCheck(password: string): Promise<void>;
}
