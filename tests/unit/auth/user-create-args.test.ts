import { describe, expect, it } from "vitest";
import { CliError, parseUserCreateArgs, validateNewUser } from "../../../lib/auth/user-create-cli";

describe("user:create arguments", () => {
  it("reads --email, --role and --name", () => {
    expect(parseUserCreateArgs(["--email", "a@b.org", "--role", "admin", "--name", "A B"])).toEqual({
      email: "a@b.org",
      role: "admin",
      name: "A B",
    });
    expect(parseUserCreateArgs(["--email=a@b.org", "--role=editor"])).toEqual({ email: "a@b.org", role: "editor", name: undefined });
  });

  it.each([
    [["--password", "secret"]],
    [["--password=secret"]],
    [["-p", "secret"]],
    [["--email", "a@b.org", "--role", "admin", "--password", "x"]],
  ])("refuses a password on the command line: %j", (args) => {
    expect(() => parseUserCreateArgs(args)).toThrow(/Never pass a password on the command line/);
  });

  it("refuses unknown options, positionals and missing fields with the usage", () => {
    expect(() => parseUserCreateArgs(["--email", "a@b.org", "--role", "admin", "--pass", "x"])).toThrow(CliError);
    expect(() => parseUserCreateArgs(["a@b.org", "admin"])).toThrow(/Usage/);
    expect(() => parseUserCreateArgs(["--email", "a@b.org"])).toThrow(/--role are required/);
  });

  it("validates email, role and password length, naming each wrong field", () => {
    expect(validateNewUser({ email: " A@B.org ", role: "admin" }, "fifteen chars!!")).toMatchObject({ email: "a@b.org", role: "admin" });
    expect(() => validateNewUser({ email: "a@b.org", role: "admin" }, "fourteen chars")).toThrow(/password: Use at least 15/);
    expect(() => validateNewUser({ email: "a@b", role: "root" }, "x".repeat(300))).toThrow(
      /email: .*\n.*role: .*\n.*password: Use at most 256/s,
    );
  });
});
