import { normalisePhoneNumber } from "./channel-rules";

/**
 * Masking of a reporter's personal details for people who may see a report but not who
 * made it (handling units, analysts, exports). Every function accepts null, undefined or
 * an empty string and then returns "" so templates need no guards. Characters are counted
 * as code points, so rare name characters outside the BMP count as one.
 */

const chars = (s: string) => Array.from(s);
const stars = (n: number) => "*".repeat(Math.max(0, n));

/** Keep the first character (the surname, usually): 张三 → 张*, 欧阳娜娜 → 欧***. */
export function maskName(name: string | null | undefined): string {
  const c = chars((name ?? "").trim());
  if (c.length === 0) return "";
  // a one-character "name" would be shown whole otherwise
  if (c.length === 1) return "*";
  return c[0] + stars(c.length - 1);
}

/** Keep the first 3 (province/city) and last 4 characters: 370285199001011234 → 370***********1234. */
export function maskIdNumber(id: string | null | undefined): string {
  const c = chars((id ?? "").replace(/\s+/g, ""));
  if (c.length === 0) return "";
  if (c.length <= 7) return stars(c.length);
  return c.slice(0, 3).join("") + stars(c.length - 7) + c.slice(-4).join("");
}

/**
 * Mobile: keep the first 3 and last 4 digits (138****5678). Landline: keep the area code
 * and the last 4 digits (0532-****1234); a local number keeps its last 4 (****1234).
 * Anything unrecognised shows only its last 4 characters.
 */
export function maskPhone(phone: string | null | undefined): string {
  const raw = (phone ?? "").trim();
  if (raw === "") return "";
  const s = normalisePhoneNumber(raw);
  if (/^1\d{10}$/.test(s)) return `${s.slice(0, 3)}****${s.slice(7)}`;
  const landline = /^(0\d{2,3})-?(\d{7,8})(-\d{1,6})?$/.exec(s);
  if (landline) {
    const local = landline[2];
    return `${landline[1]}-${stars(local.length - 4)}${local.slice(-4)}`;
  }
  const c = chars(s);
  if (c.length <= 4) return stars(c.length);
  return stars(c.length - 4) + c.slice(-4).join("");
}

/** How much of an address stays readable: enough for the town, not the door. */
export const ADDRESS_VISIBLE_CHARS = 6;

/**
 * Keep the first six characters (莱西市水集街道…→ 莱西市水集街****); a short address keeps
 * at most half of itself so that it is never shown whole.
 */
export function maskAddress(address: string | null | undefined): string {
  const c = chars((address ?? "").trim());
  if (c.length === 0) return "";
  const visible = Math.min(ADDRESS_VISIBLE_CHARS, Math.floor(c.length / 2));
  return c.slice(0, visible).join("") + "****";
}
