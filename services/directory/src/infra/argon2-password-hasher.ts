import { hash, verify } from "@node-rs/argon2";
import type { PasswordHasher } from "../domain/passwords";

/** Verifies without throwing on a malformed stored hash. */
async function matches(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** argon2id with the library's defaults (19 MiB, 2 passes): about 50 ms a check on this class of machine. */
export const argon2PasswordHasher: PasswordHasher = {
  hash: (password) => hash(password),
  matches,
  async burnCheck(password) {
    dummyHash ??= hash("timing-equaliser-not-a-password-1");
    await matches(await dummyHash, password);
  },
};
