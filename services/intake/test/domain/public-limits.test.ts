import {
  DEFAULT_PUBLIC_WINDOW_MS,
  MAX_CONTENT_CHARS,
  checkPublicQuota,
  contentProblems,
} from "../../src/domain/public-limits";

const HOUR = 3600_000;
const now = new Date("2026-05-12T12:00:00Z");
const ago = (h: number) => new Date(now.getTime() - h * HOUR);

describe("checkPublicQuota", () => {
  it("allows up to five submissions in 24 hours", () => {
    expect(checkPublicQuota([], now)).toEqual({ allowed: true, retryAfterMs: 0, remaining: 4 });
    expect(checkPublicQuota([ago(1), ago(2), ago(3), ago(4)], now)).toEqual({
      allowed: true,
      retryAfterMs: 0,
      remaining: 0,
    });
  });

  it("refuses the sixth and says when the oldest counted one leaves the window", () => {
    // unsorted on purpose
    const events = [ago(1), ago(20), ago(2), ago(3), ago(4)];
    expect(checkPublicQuota(events, now)).toEqual({ allowed: false, retryAfterMs: 4 * HOUR, remaining: 0 });
    // once that moment has come, one more is allowed
    expect(checkPublicQuota(events, new Date(now.getTime() + 4 * HOUR)).allowed).toBe(true);
  });

  it("waits for enough events to expire when more than the limit are in the window", () => {
    const events = [ago(1), ago(2), ago(3), ago(4), ago(5), ago(6), ago(7)];
    // 7 in the window, 4 may remain: the 3 oldest (7h, 6h, 5h ago) must leave; the 5h one leaves in 19h
    expect(checkPublicQuota(events, now).retryAfterMs).toBe(19 * HOUR);
  });

  it("counts nothing that is exactly a window old or older", () => {
    const events = [ago(24), ago(25), ago(48), ago(1), ago(2), ago(3), ago(4)];
    expect(checkPublicQuota(events, now)).toEqual({ allowed: true, retryAfterMs: 0, remaining: 0 });
  });

  it("accepts epoch milliseconds, a custom limit and window, and future timestamps", () => {
    expect(checkPublicQuota([now.getTime() - 1000], now.getTime(), 1, 60_000)).toEqual({
      allowed: false,
      retryAfterMs: 59_000,
      remaining: 0,
    });
    expect(checkPublicQuota([now.getTime() + 5000], now, 1).allowed).toBe(false);
    expect(checkPublicQuota([], now, 0)).toEqual({
      allowed: false,
      retryAfterMs: DEFAULT_PUBLIC_WINDOW_MS,
      remaining: 0,
    });
    expect(() => checkPublicQuota([], now, -1)).toThrow(RangeError);
    expect(() => checkPublicQuota([], now, 5, 0)).toThrow(RangeError);
  });
});

describe("contentProblems", () => {
  it("accepts an ordinary report", () => {
    expect(contentProblems("姜山镇某村书记违规为亲属办理低保，请纪委调查。")).toEqual([]);
  });

  it.each([null, undefined, "", "   \n"])("requires content (%p)", (text) =>
    expect(contentProblems(text)).toEqual(["请填写举报内容"]),
  );

  it("refuses very short content", () => {
    expect(contentProblems("他贪污")[0]).toMatch(/过短/);
  });

  it("counts characters, not UTF-16 units, against the maximum", () => {
    expect(contentProblems("举".repeat(MAX_CONTENT_CHARS))).toEqual([]);
    expect(contentProblems("举".repeat(MAX_CONTENT_CHARS + 1))[0]).toMatch(/不能超过5000个字（当前5001个字）/);
    expect(contentProblems("𠇔".repeat(MAX_CONTENT_CHARS))).toEqual([]);
  });

  it("refuses control characters but keeps line breaks and tabs", () => {
    expect(contentProblems("第一行\n第二行\t第三行内容足够长")).toEqual([]);
    expect(contentProblems("内容足够长的举报\u0000内容")).toEqual(["举报内容含有无法识别的字符，请删除后重新提交"]);
  });
});
