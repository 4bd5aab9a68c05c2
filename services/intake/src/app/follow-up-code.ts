import { createHash, randomBytes } from "node:crypto";

/** A follow-up code (查询码) a person can read out on the phone: 12 characters without look-alikes. */
export function newFollowUpCode(): { code: string; hash: string } {
  const alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  const bytes = randomBytes(12);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join("");
  const code = `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
  return { code, hash: hashFollowUpCode(code) };
}

/** What is stored of a code: its hash, however the person typed it (case, dashes, spaces). */
export function hashFollowUpCode(code: string): string {
  return createHash("sha256").update(code.trim().toUpperCase().replace(/[^0-9A-Z]/g, "")).digest("hex");
}
