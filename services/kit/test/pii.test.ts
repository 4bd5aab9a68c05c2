import { resetConfig } from "@prp/kit/testing";
import { blindIndex, decryptPii, encryptPii } from "@prp/kit";

describe("reporter data encryption", () => {
  beforeAll(() => {
    process.env.PII_KEY = Buffer.alloc(32, 7).toString("base64");
  });

  it("round-trips Chinese text and never stores the plain value", () => {
    const stored = encryptPii("张三，山东省青岛市莱西市水集街道")!;
    expect(stored.startsWith("v1:")).toBe(true);
    expect(stored).not.toContain("张三");
    expect(decryptPii(stored)).toBe("张三，山东省青岛市莱西市水集街道");
  });

  it("uses a fresh IV each time and keeps empty values empty", () => {
    expect(encryptPii("13812345678")).not.toBe(encryptPii("13812345678"));
    expect(encryptPii(null)).toBeNull();
    expect(encryptPii("")).toBeNull();
    expect(decryptPii(null)).toBeNull();
  });

  it("refuses tampered ciphertext and a different key", () => {
    const stored = encryptPii("370285199001011234")!;
    const bytes = Buffer.from(stored.slice(3), "base64");
    bytes[bytes.length - 1] ^= 1;
    expect(() => decryptPii(`v1:${bytes.toString("base64")}`)).toThrow();
    process.env.PII_KEY = Buffer.alloc(32, 8).toString("base64");
    resetConfig();
    expect(() => decryptPii(stored)).toThrow();
    process.env.PII_KEY = Buffer.alloc(32, 7).toString("base64");
    resetConfig();
  });

  it("gives equal values the same blind index, and different values different ones", () => {
    expect(blindIndex("37028519900101123x")).toBe(blindIndex("37028519900101123X "));
    expect(blindIndex("370285199001011234")).not.toBe(blindIndex("370285199001011235"));
    expect(blindIndex("370285199001011234")).not.toContain("370285");
  });
});
