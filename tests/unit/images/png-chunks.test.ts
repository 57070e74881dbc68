import { inflateSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encodeChunk, PNG_SIGNATURE, readChunks, readTexts, withTextChunks } from "@/lib/images/png-chunks";
import { parseWithResvg } from "./fonts";

function tinyPng(): Buffer {
  return parseWithResvg(
    `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" ` +
      `fill="#1d4ed8"/><text x="2" y="15" font-size="12">Hi</text></svg>`,
  )
    .render()
    .asPng();
}

describe("PNG chunks", () => {
  it("encodes length, type, data and the CRC-32 of type and data", () => {
    // The IEND chunk every PNG ends with: no data, CRC AE 42 60 82.
    expect(encodeChunk("IEND", Buffer.alloc(0)).toString("hex")).toBe("0000000049454e44ae426082");
    const chunk = encodeChunk("tEXt", Buffer.from("Title\0Hi", "latin1"));
    expect(chunk.readUInt32BE(0)).toBe(8);
    expect(chunk.subarray(4, 8).toString("latin1")).toBe("tEXt");
  });

  it("writes Title and Source right after IHDR; the file reads back with every CRC correct and its image intact", () => {
    const png = tinyPng();
    const tagged = withTextChunks(png, {
      Title: "Money announced, in US dollars, by program",
      Source: "https://atlas.example/compare?metric=power",
    });
    expect(tagged.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    const chunks = readChunks(tagged);
    expect(chunks.map((c) => c.type).slice(0, 3)).toEqual(["IHDR", "tEXt", "tEXt"]);
    expect(chunks.at(-1)!.type).toBe("IEND");
    expect(chunks.every((c) => c.crcOk)).toBe(true);
    expect(readTexts(tagged)).toEqual({
      Title: "Money announced, in US dollars, by program",
      Source: "https://atlas.example/compare?metric=power",
    });
    // The pixels are untouched: the same IDAT bytes, inflating to one filter byte + width × RGBA per row.
    const idat = (b: Buffer) =>
      Buffer.concat(
        readChunks(b)
          .filter((c) => c.type === "IDAT")
          .map((c) => c.data),
      );
    expect(idat(tagged).equals(idat(png))).toBe(true);
    const header = chunks[0]!.data;
    const [width, height] = [header.readUInt32BE(0), header.readUInt32BE(4)];
    expect(width / height).toBe(2);
    expect([header[8], header[9]]).toEqual([8, 6]); // 8-bit RGBA
    expect(inflateSync(idat(tagged)).length).toBe(height * (1 + width * 4));
  });

  it("keeps Latin-1 texts in tEXt and puts any other text in UTF-8 iTXt; NUL never reaches the file", () => {
    const png = withTextChunks(tinyPng(), { Title: "Élysée \u0000 café", Source: "≈ €10 bn – 東京" });
    const types = readChunks(png).map((c) => c.type);
    expect(types).toContain("tEXt");
    expect(types).toContain("iTXt");
    expect(readTexts(png)).toEqual({ Title: "Élysée  café", Source: "≈ €10 bn – 東京" });
  });

  it("round-trips any text", () => {
    const base = tinyPng();
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (title) => {
        const png = withTextChunks(base, { Title: title });
        expect(readChunks(png).every((c) => c.crcOk)).toBe(true);
        expect(readTexts(png).Title).toBe(title.replaceAll("\u0000", ""));
      }),
      { numRuns: 200 },
    );
  });

  it("notices a damaged chunk and refuses what is not a PNG", () => {
    const png = withTextChunks(tinyPng(), { Title: "Chart" });
    png[40] = png[40]! ^ 0xff; // inside the tEXt chunk's data
    expect(readChunks(png).some((c) => !c.crcOk)).toBe(true);
    expect(() => readChunks(Buffer.from("GIF89a............"))).toThrow(/signature/);
    expect(() => readChunks(png.subarray(0, 30))).toThrow(/Truncated/);
  });
});
