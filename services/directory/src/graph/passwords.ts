import { hash, verify } from "@node-rs/argon2";

/** argon2id with the library's defaults (19 MiB, 2 passes): about 50 ms a check on this class of machine. */
export const hashPassword = (password: string): Promise<string> => hash(password);

/** Verifies without throwing on a malformed stored hash. */
export async function passwordMatches(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/** Spends the same time as a real check so that unknown usernames cannot be told apart by timing. */
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hash("timing-equaliser-not-a-password-1");
  await passwordMatches(await dummyHash, password);
}
