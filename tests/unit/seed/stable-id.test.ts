import { describe, expect, it } from "vitest";
import { isUuid, stableId, uuidV5 } from "@/lib/seed/stable-id";

describe("stableId", () => {
  it("matches the RFC 9562 UUID v5 test vector", () => {
    // RFC 9562 appendix A.4: namespace DNS, name "www.example.com".
    expect(uuidV5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "www.example.com")).toBe("2ed6657d-e927-568b-95e1-2665a8aea6a2");
  });

  it("is deterministic and a valid version-5 UUID", () => {
    const id = stableId("program:us-genesis-mission");
    expect(stableId("program:us-genesis-mission")).toBe(id);
    expect(isUuid(id)).toBe(true);
    expect(id[14]).toBe("5");
    expect("89ab").toContain(id[19]);
  });

  it("gives different keys different ids", () => {
    const ids = new Set(["program:a", "program:b", "funding:a:x", "funding:a:x "].map(stableId));
    expect(ids.size).toBe(4);
  });
});
