import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { readSecret } from "./secrets";
import { decodePiiKey } from "./config";

/**
 * Personal data of real-name reporters is encrypted at rest with AES-256-GCM.
 * Key: PII_KEY (base64 of 32 bytes); for the embedded default a key generated into data/.
 * The key is never logged. Stored form: "v1:" + base64(iv ‖ tag ‖ ciphertext).
 */
const VERSION = "v1";

function key(): Buffer {
  const decoded = decodePiiKey(readSecret("PII_KEY"));
  if (!decoded) throw new Error("PII_KEY 必须是 32 字节密钥的 base64 编码");
  return decoded;
}

export function encryptPii(plain: string | null | undefined): string | null {
  if (plain === null || plain === undefined || plain === "") return null;
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64")}`;
}

export function decryptPii(stored: string | null | undefined): string | null {
  if (!stored) return null;
  const [version, data] = stored.split(":", 2);
  if (version !== VERSION || !data) throw new Error("无法识别的加密数据格式");
  const buf = Buffer.from(data, "base64");
  const decipher = createDecipheriv("aes-256-gcm", key(), buf.subarray(0, 12));
  decipher.setAuthTag(buf.subarray(12, 28));
  return Buffer.concat([decipher.update(buf.subarray(28)), decipher.final()]).toString("utf8");
}

/**
 * A keyed hash of a personal value (an ID number, an IP address) so that equal values can be
 * found and counted without storing or revealing the value itself.
 */
export function blindIndex(value: string): string {
  return createHmac("sha256", key()).update(value.trim().toUpperCase()).digest("hex").slice(0, 40);
}
