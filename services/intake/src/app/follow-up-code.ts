import { createHash, createHmac, hkdfSync, randomInt } from "node:crypto";
import { decodePiiKey, readSecret } from "@prp/kit";

/**
 * Follow-up codes (查询码): what a member of the public reads out on the phone to ask how their
 * report stands. 31 letters and digits without look-alikes (no 0/O, 1/I/L), in groups of four.
 * 16 characters ≈ 79 bits (the 12-character codes given out before, ≈ 59 bits, keep working).
 */
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const FOLLOW_UP_CODE_CHARS = 16;
/** The length of the codes given out before issue 7 (stored as plain SHA-256). */
const LEGACY_CODE_CHARS = 12;

export function newFollowUpCode(): { code: string; hash: string } {
  // randomInt draws without the modulo bias of bytes % 31
  const chars = Array.from({ length: FOLLOW_UP_CODE_CHARS }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  const code = chars.match(/.{4}/g)!.join("-");
  return { code, hash: hashFollowUpCode(code) };
}

/** However the person typed it: case, dashes and spaces do not matter. */
export function normaliseFollowUpCode(code: string): string {
  return code
    .trim()
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, "");
}

/** Whether a typed code can be one we gave out (a current or a legacy one). */
export function isFollowUpCodeShape(code: string): boolean {
  if (!/^[0-9A-Za-z\-\s]{1,40}$/.test(code)) return false;
  const n = normaliseFollowUpCode(code).length;
  return n === FOLLOW_UP_CODE_CHARS || n === LEGACY_CODE_CHARS;
}

/** Whether a code has the legacy length, so may be stored under its legacy hash. */
export const mayBeLegacyCode = (code: string) => normaliseFollowUpCode(code).length === LEGACY_CODE_CHARS;

let cachedKey: { secret: string; key: Buffer } | undefined;

/** A key for follow-up codes only, derived (HKDF-SHA256) from PII_KEY: a leaked table cannot be guessed against offline. */
function followUpKey(): Buffer {
  const secret = readSecret("PII_KEY");
  if (cachedKey?.secret !== secret) {
    const pii = decodePiiKey(secret);
    if (!pii) throw new Error("PII_KEY 必须是 32 字节密钥的 base64 编码");
    cachedKey = {
      secret,
      key: Buffer.from(hkdfSync("sha256", pii, Buffer.alloc(0), "prp/intake/follow-up-code/v1", 32)),
    };
  }
  return cachedKey.key;
}

/** What is stored of a code: its HMAC-SHA256 under the follow-up key (64 hex characters). */
export function hashFollowUpCode(code: string): string {
  return createHmac("sha256", followUpKey()).update(normaliseFollowUpCode(code)).digest("hex");
}

/** How codes were stored before issue 7 (plain SHA-256); replaced by the HMAC at the first successful look-up. */
export function legacyFollowUpCodeHash(code: string): string {
  return createHash("sha256").update(normaliseFollowUpCode(code)).digest("hex");
}
