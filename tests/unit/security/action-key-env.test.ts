// #44: several instances must share one server-action key; a malformed one fails at start.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "../../../lib/env";

describe("NEXT_SERVER_ACTIONS_ENCRYPTION_KEY", () => {
  it("is optional, and accepts base64 of 16, 24 or 32 bytes", () => {
    expect(parseEnv({}).NEXT_SERVER_ACTIONS_ENCRYPTION_KEY).toBeUndefined();
    for (const size of [16, 24, 32]) {
      const key = randomBytes(size).toString("base64");
      expect(parseEnv({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key }).NEXT_SERVER_ACTIONS_ENCRYPTION_KEY).toBe(key);
    }
  });

  it.each(["short", randomBytes(20).toString("base64"), randomBytes(32).toString("hex"), "not base64 at all!!"])("refuses %s", (key) => {
    expect(() => parseEnv({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key })).toThrow(EnvError);
  });
});
