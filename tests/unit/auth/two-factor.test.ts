import { describe, expect, it } from "vitest";
import { CliError, parseTotpSecret } from "../../../lib/auth/user-create-cli";
import {
  hashRecoveryCode,
  newRecoveryCodes,
  normalizeRecoveryCode,
  parseRecoveryHashes,
  serializeRecoveryHashes,
} from "../../../lib/auth/two-factor/recovery-codes";
import { openSecret, sealSecret, totpKey } from "../../../lib/auth/two-factor/secret-box";
import { currentTotpStep, groupedSecret, matchTotpStep, newTotpSecret, otpauthUri, totpCodeAt } from "../../../lib/auth/two-factor/totp";
import { classifyCode } from "../../../lib/auth/two-factor/verify-code";

const key = totpKey("unit-test-secret-0123456789abcdef0123");

describe("sealed TOTP secrets", () => {
  it("open with the same key and user, and not otherwise", () => {
    const sealed = sealSecret(key, "JBSWY3DPEHPK3PXP", "user-1");
    expect(sealed).not.toContain("JBSWY3DPEHPK3PXP");
    expect(sealSecret(key, "JBSWY3DPEHPK3PXP", "user-1")).not.toBe(sealed); // a fresh IV each time
    expect(openSecret(key, sealed, "user-1")).toBe("JBSWY3DPEHPK3PXP");
    expect(openSecret(key, sealed, "user-2")).toBeNull();
    expect(openSecret(totpKey("another-secret-0123456789abcdef0123"), sealed, "user-1")).toBeNull();
    const [v, iv, body] = sealed.split(".");
    const flipped = Buffer.from(body!, "base64url");
    flipped[0]! ^= 1;
    expect(openSecret(key, `${v}.${iv}.${flipped.toString("base64url")}`, "user-1")).toBeNull();
    for (const junk of ["", "v1", "v1..", "v2.a.b", "v1.AAAA.AAAA"]) expect(openSecret(key, junk, "user-1")).toBeNull();
  });
});

describe("TOTP", () => {
  it("accepts the code of this step and one step either side, and names the step", () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const now = Date.now();
    const step = currentTotpStep(now);
    for (const d of [-1, 0, 1]) expect(matchTotpStep(secret, totpCodeAt(secret, step + d), now)).toBe(step + d);
    for (const d of [-3, -2, 2, 3]) expect(matchTotpStep(secret, totpCodeAt(secret, step + d), now)).toBeNull();
    expect(matchTotpStep(secret, "12345", now)).toBeNull();
    expect(matchTotpStep(secret, "abcdef", now)).toBeNull();
  });

  it("matches RFC 6238's SHA-1 test vector (T = 59 s)", () => {
    // RFC 6238 appendix B: secret "12345678901234567890", 8 digits 94287082; 6 digits are the last six.
    const secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    expect(totpCodeAt(secret, 1)).toBe("287082");
  });

  it("gives an otpauth address apps read, and the key in groups of four", () => {
    expect(otpauthUri("JBSWY3DPEHPK3PXP", "a@example.org")).toMatch(
      new RegExp(
        /^otpauth:\/\/totp\/Compute%20Atlas:a%40example\.org\?issuer=Compute%20Atlas/.source +
          /&secret=JBSWY3DPEHPK3PXP&algorithm=SHA1&digits=6&period=30$/.source,
      ),
    );
    expect(groupedSecret("JBSWY3DPEHPK3PXP")).toBe("JBSW Y3DP EHPK 3PXP");
  });
});

describe("recovery codes", () => {
  it("are 10 distinct codes of 100 bits, stored as hashes that do not contain them", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[A-Z2-7]{5}(-[A-Z2-7]{5}){3}$/);
    const stored = serializeRecoveryHashes(codes);
    for (const code of codes) expect(stored).not.toContain(code.replace(/-/g, ""));
    expect(parseRecoveryHashes(stored)).toEqual(codes.map(hashRecoveryCode));
    expect(parseRecoveryHashes("not json")).toEqual([]);
  });

  it("are recognised however they are typed", () => {
    const code = "ABCDE-FGH23-JKLMN-PQRS7";
    expect(normalizeRecoveryCode(" abcde fgh23 jklmn pqrs7 ")).toBe("ABCDEFGH23JKLMNPQRS7");
    expect(hashRecoveryCode("abcdefgh23jklmnpqrs7")).toBe(hashRecoveryCode(code));
    expect(normalizeRecoveryCode("ABCDE-FGH23-JKLMN-PQRS1")).toBeNull(); // 1 is not base32
    expect(classifyCode("123 456")).toEqual({ kind: "totp", code: "123456" });
    expect(classifyCode(code)).toEqual({ kind: "recovery", code: "ABCDEFGH23JKLMNPQRS7" });
    expect(classifyCode("1234567")).toBeNull();
  });
});

describe("ATLAS_USER_TOTP_SECRET", () => {
  it("takes a base32 secret (spaces and case ignored) and refuses anything else", () => {
    expect(parseTotpSecret(undefined)).toBeNull();
    expect(parseTotpSecret("")).toBeNull();
    expect(parseTotpSecret("jbsw y3dp ehpk 3pxp")).toBe("JBSWY3DPEHPK3PXP");
    expect(() => parseTotpSecret("short")).toThrow(CliError);
    expect(() => parseTotpSecret("JBSWY3DPEHPK3PX1")).toThrow(CliError);
  });
});
