import { maskAddress, maskIdNumber, maskName, maskPhone } from "../../src/domain/masking";

describe("maskName", () => {
  it.each([
    ["张三", "张*"],
    ["欧阳娜娜", "欧***"],
    ["王小明", "王**"],
    [" 李四 ", "李*"],
    ["买买提·艾力", "买*****"],
    ["𠇔明", "𠇔*"],
    ["张", "*"],
  ])("%p → %p", (name, masked) => expect(maskName(name)).toBe(masked));

  it.each([null, undefined, "", "   "])("is safe on %p", (v) => expect(maskName(v)).toBe(""));
});

describe("maskIdNumber", () => {
  it("keeps the first 3 and the last 4 characters", () => {
    expect(maskIdNumber("370285199001011234")).toBe("370***********1234");
    expect(maskIdNumber("11010519491231002X")).toBe("110***********002X");
    expect(maskIdNumber("370285900101123")).toBe("370********1123");
    expect(maskIdNumber("370285199001011234")).toHaveLength(18);
  });

  it("hides a short value entirely and is null-safe", () => {
    expect(maskIdNumber("1234567")).toBe("*******");
    expect(maskIdNumber(null)).toBe("");
    expect(maskIdNumber("")).toBe("");
  });
});

describe("maskPhone", () => {
  it.each([
    ["13812345678", "138****5678"],
    ["+86 138-1234-5678", "138****5678"],
    ["0532-88881234", "0532-****1234"],
    ["053288881234", "0532-****1234"],
    ["010-62345678", "010-****5678"],
    ["0532-8888123", "0532-***8123"],
    ["88881234", "****1234"],
    ["12388", "*2388"],
    ["123", "***"],
  ])("%p → %p", (phone, masked) => expect(maskPhone(phone)).toBe(masked));

  it.each([null, undefined, "", " "])("is safe on %p", (v) => expect(maskPhone(v)).toBe(""));
});

describe("maskAddress", () => {
  it("keeps the first six characters", () => {
    expect(maskAddress("莱西市水集街道烟台路18号3单元201户")).toBe("莱西市水集街****");
    expect(maskAddress("山东省青岛市莱西市")).toBe("山东省青****");
  });

  it("never shows a short address whole", () => {
    expect(maskAddress("姜山镇")).toBe("姜****");
    expect(maskAddress("院")).toBe("****");
    expect(maskAddress(null)).toBe("");
    expect(maskAddress("  ")).toBe("");
  });
});
