/**
 * Registration serial numbers: the year and a per-year sequence, "2026-000123". Six digits
 * leave room far beyond a county's 400–800 items a year.
 */

const SEQ_DIGITS = 6;
export const MAX_SERIAL_SEQUENCE = 10 ** SEQ_DIGITS - 1;

export interface Serial {
  year: number;
  seq: number;
}

export function formatSerial(year: number, seq: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`年份无效：${year}`);
  if (!Number.isInteger(seq) || seq < 1 || seq > MAX_SERIAL_SEQUENCE)
    throw new RangeError(`序号必须是1到${MAX_SERIAL_SEQUENCE}之间的整数：${seq}`);
  return `${year}-${String(seq).padStart(SEQ_DIGITS, "0")}`;
}

/**
 * The year and sequence of a serial as typed by a person (surrounding spaces, full-width
 * digits and dashes are tolerated), or null when it is not a serial.
 */
export function parseSerial(text: string): Serial | null {
  const m = /^(\d{4})-(\d{6})$/.exec(
    (text ?? "")
      .normalize("NFKC")
      .trim()
      .replace(/[‐‑–—−]/g, "-"),
  );
  if (!m) return null;
  const year = Number(m[1]);
  const seq = Number(m[2]);
  if (year < 1000 || seq < 1) return null;
  return { year, seq };
}
