import {
  channelProblems,
  originProblems,
  authorityDueDateProblems,
  reporterProblems,
  registrationProblems,
  residentIdCheckDigit,
  residentIdProblem,
  isValidResidentId,
  isValidPhoneNumber,
  phoneKind,
  normalisePhoneNumber,
} from "../../src/domain/channel-rules";
import { Channel, Origin } from "../../src/domain/enums";

const now = new Date("2026-05-12T02:00:00Z"); // 10:00 in Beijing

describe("channelProblems", () => {
  it("accepts a complete visit and names every missing visit field", () => {
    expect(channelProblems({ channel: Channel.VISIT, visitorCount: 3, receivingStaff: ["u-1"] }, now)).toEqual([]);
    expect(channelProblems({ channel: Channel.VISIT }, now)).toEqual(["请填写来访人数", "请填写接待人员"]);
  });

  it.each([0, -1, 1.5])("refuses a visitor count of %p", (visitorCount) => {
    expect(channelProblems({ channel: Channel.VISIT, visitorCount, receivingStaff: ["u-1"] }, now)).toEqual([
      "来访人数必须是不小于1的整数",
    ]);
  });

  it("does not count blank names as receiving staff", () => {
    expect(channelProblems({ channel: Channel.VISIT, visitorCount: 1, receivingStaff: ["  ", ""] }, now)).toEqual([
      "请填写接待人员",
    ]);
  });

  it("needs a valid caller number and a call time for a phone report", () => {
    expect(
      channelProblems({ channel: Channel.PHONE, callerNumber: "0532-88881234", callTime: "2026-05-12T01:30:00Z" }, now),
    ).toEqual([]);
    expect(channelProblems({ channel: Channel.PHONE }, now)).toEqual(["请填写来电号码", "请填写来电时间"]);
    expect(channelProblems({ channel: Channel.PHONE, callerNumber: "12345", callTime: "yesterday" }, now)).toEqual([
      "来电号码格式不正确",
      "来电时间不是有效的时间",
    ]);
  });

  it("allows a small clock skew but not a time in the future", () => {
    const in4min = new Date(now.getTime() + 4 * 60_000);
    const in10min = new Date(now.getTime() + 10 * 60_000);
    expect(channelProblems({ channel: Channel.ONLINE, submittedAt: in4min }, now)).toEqual([]);
    expect(channelProblems({ channel: Channel.ONLINE, submittedAt: in10min }, now)).toEqual([
      "网上提交时间不能晚于当前时间",
    ]);
    expect(channelProblems({ channel: Channel.ONLINE, submittedAt: in10min }, now, 15 * 60_000)).toEqual([]);
  });

  it("checks a letter's postmark date against the Beijing calendar", () => {
    expect(channelProblems({ channel: Channel.LETTER, postmarkDate: "2026-05-08" }, now)).toEqual([]);
    expect(channelProblems({ channel: Channel.LETTER, postmarkDate: "2026-05-12" }, now)).toEqual([]);
    expect(channelProblems({ channel: Channel.LETTER, postmarkDate: "2026-05-13" }, now)).toEqual([
      "邮戳日期不能晚于今天",
    ]);
    expect(channelProblems({ channel: Channel.LETTER, postmarkDate: "2026-02-30" }, now)).toEqual([
      "邮戳日期不是有效的日期",
    ]);
    expect(channelProblems({ channel: Channel.LETTER }, now)).toEqual(["请填写邮戳日期"]);
    // 23:30 UTC on the 11th is already the 12th in Beijing, so at 00:10 Beijing time "today" is the 12th
    const justAfterMidnight = new Date("2026-05-11T16:10:00Z");
    expect(channelProblems({ channel: Channel.LETTER, postmarkDate: "2026-05-12" }, justAfterMidnight)).toEqual([]);
  });

  it("ignores other channels' fields and refuses an unknown channel", () => {
    expect(channelProblems({ channel: Channel.ONLINE, submittedAt: now, visitorCount: -5 }, now)).toEqual([]);
    expect(channelProblems({ channel: "FAX" as Channel }, now)).toEqual(["举报渠道无效"]);
  });
});

describe("originProblems", () => {
  it("needs the forwarding authority and reference on forwarded and assigned items only", () => {
    expect(originProblems({ origin: Origin.SELF_RECEIVED })).toEqual([]);
    for (const origin of [Origin.FORWARDED_FROM_SUPERIOR, Origin.ASSIGNED_BY_SUPERIOR]) {
      expect(originProblems({ origin })).toEqual([
        "上级转送件、交办件须填写转办机关",
        "上级转送件、交办件须填写转办编号",
      ]);
      expect(
        originProblems({ origin, forwardingAuthority: "青岛市纪委监委", forwardingReference: "青纪转〔2026〕15号" }),
      ).toEqual([]);
    }
    expect(
      originProblems({ origin: Origin.FORWARDED_FROM_SUPERIOR, forwardingAuthority: " ", forwardingReference: "x" }),
    ).toHaveLength(1);
  });
});

describe("authorityDueDateProblems (上级交办期限)", () => {
  it("takes a real date on an item from above, nothing on our own", () => {
    expect(authorityDueDateProblems(Origin.ASSIGNED_BY_SUPERIOR, "2026-04-30")).toEqual([]);
    expect(authorityDueDateProblems(Origin.FORWARDED_FROM_SUPERIOR, null)).toEqual([]);
    expect(authorityDueDateProblems(Origin.SELF_RECEIVED, "  ")).toEqual([]);
    expect(authorityDueDateProblems(Origin.ASSIGNED_BY_SUPERIOR, "2026-02-30")).toEqual([
      expect.stringContaining("上级交办期限不是有效的日期"),
    ]);
    expect(authorityDueDateProblems(Origin.SELF_RECEIVED, "2026-04-30")).toEqual([
      "只有上级转送件、交办件才有上级交办期限",
    ]);
    expect(
      originProblems({
        origin: Origin.SELF_RECEIVED,
        authorityDueDate: "2026-04-30",
      }),
    ).toEqual(["只有上级转送件、交办件才有上级交办期限"]);
  });
});

describe("reporterProblems", () => {
  it("needs a name and a phone or an address from a real-name reporter", () => {
    expect(reporterProblems({ realName: true }, now)).toEqual([
      "实名举报须填写举报人姓名",
      "实名举报须至少填写一种联系方式（电话或地址）",
    ]);
    expect(reporterProblems({ realName: true, name: "张三", address: "莱西市水集街道某某路1号" }, now)).toEqual([]);
    expect(reporterProblems({ realName: true, name: "张三", phone: "13812345678" }, now)).toEqual([]);
  });

  it("asks nothing of an anonymous reporter but still validates what was given", () => {
    expect(reporterProblems({ realName: false }, now)).toEqual([]);
    expect(reporterProblems({ realName: false, phone: "138123" }, now)).toEqual(["联系电话格式不正确"]);
    expect(reporterProblems({ realName: false, idNumber: "370285199001011234" }, now)).toEqual([
      "身份证号码校验位不正确，请核对",
    ]);
  });

  it("combines every problem of a registration", () => {
    const problems = registrationProblems(
      { channel: Channel.PHONE, origin: Origin.FORWARDED_FROM_SUPERIOR, reporter: { realName: true, name: "李四" } },
      now,
    );
    expect(problems).toEqual([
      "请填写来电号码",
      "请填写来电时间",
      "上级转送件、交办件须填写转办机关",
      "上级转送件、交办件须填写转办编号",
      "实名举报须至少填写一种联系方式（电话或地址）",
    ]);
  });
});

describe("resident ID number (GB 11643)", () => {
  it("computes the check character", () => {
    expect(residentIdCheckDigit("11010519491231002")).toBe("X"); // the standard's own example
    expect(residentIdCheckDigit("37028519900101123")).toBe("8");
    expect(() => residentIdCheckDigit("3702851990")).toThrow(RangeError);
  });

  it.each([
    "11010519491231002X",
    "11010519491231002x",
    "370285199001011238",
    "370285200002290027",
    " 370285 19900101 1238 ",
    "３７０２８５１９９００１０１１２３８",
  ])("accepts %p", (id) => expect(residentIdProblem(id, now)).toBeNull());

  it.each([
    ["370285199001011234", "身份证号码校验位不正确，请核对"],
    ["370285199001011239", "身份证号码校验位不正确，请核对"],
    ["11010519491231002Y", "身份证号码应为18位（最后一位可以是X）"],
    ["37028519900101123", "身份证号码应为18位（最后一位可以是X）"],
    ["370285900101123", "身份证号码应为18位（最后一位可以是X）"],
    ["970285199001011238", "身份证号码的地区码无效"],
    ["370285199002301230", "身份证号码中的出生日期无效"],
    ["370285202701011230", "身份证号码中的出生日期无效"],
    ["370285189912311230", "身份证号码中的出生日期无效"],
  ])("refuses %p: %s", (id, message) => {
    expect(residentIdProblem(id, now)).toBe(message);
    expect(isValidResidentId(id, now)).toBe(false);
  });

  it("a 29 February birth date is valid only in a leap year", () => {
    expect(isValidResidentId("370285200002290027", now)).toBe(true);
    const first17 = "37028520010229002";
    expect(residentIdProblem(first17 + residentIdCheckDigit(first17), now)).toBe("身份证号码中的出生日期无效");
  });
});

describe("phone numbers", () => {
  it.each([
    ["13812345678", "MOBILE"],
    ["19912345678", "MOBILE"],
    ["+86 138 1234 5678", "MOBILE"],
    ["138-1234-5678", "MOBILE"],
    ["0532-88881234", "LANDLINE"],
    ["053288881234", "LANDLINE"],
    ["010-62345678", "LANDLINE"],
    ["(0532)8888123", "LANDLINE"],
    ["0532-88881234-801", "LANDLINE"],
    ["88881234", "LOCAL_LANDLINE"],
    ["１３８１２３４５６７８", "MOBILE"],
  ])("%p is a %s number", (number, kind) => {
    expect(phoneKind(number)).toBe(kind);
    expect(isValidPhoneNumber(number)).toBe(true);
  });

  it.each(["12812345678", "1381234567", "138123456789", "0532-0888123", "12388", "abc", "0532-888"])(
    "refuses %p",
    (number) => {
      expect(isValidPhoneNumber(number)).toBe(false);
    },
  );

  it("normalises the country prefix, spaces and hyphens in mobiles", () => {
    expect(normalisePhoneNumber("0086-138 1234 5678")).toBe("13812345678");
    expect(normalisePhoneNumber("0532-88881234")).toBe("0532-88881234");
  });
});
