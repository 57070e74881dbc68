// PNG text chunks, so a downloaded file names its chart and page (PNG spec §11.3.4). A chunk is
// length (4 bytes, big-endian), type, data, and a CRC-32 of type and data.
import { crc32 } from "node:zlib";

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export type PngChunk = { type: string; data: Buffer; crcOk: boolean };

export function encodeChunk(type: string, data: Buffer): Buffer {
  const typeBytes = Buffer.from(type, "latin1");
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([typeBytes, data])));
  return Buffer.concat([length, typeBytes, data, crc]);
}

// tEXt holds Latin-1 only; a title with other characters (a name in another script, "≈") goes in
// an iTXt chunk, which holds UTF-8. NUL separates the keyword from the text, so none may remain.
const latin1 = /^[\u0001-\u00ff]*$/;

/** A tEXt chunk, or an iTXt chunk when the text is not Latin-1. */
export function textChunk(keyword: string, text: string): Buffer {
  const clean = text.replaceAll("\u0000", "");
  if (latin1.test(clean))
    return encodeChunk("tEXt", Buffer.concat([Buffer.from(keyword, "latin1"), Buffer.from([0]), Buffer.from(clean, "latin1")]));
  // keyword NUL, compression flag 0, method 0, empty language tag NUL, empty translated keyword NUL, text
  return encodeChunk("iTXt", Buffer.concat([Buffer.from(keyword, "latin1"), Buffer.from([0, 0, 0, 0, 0]), Buffer.from(clean, "utf8")]));
}

/** Every chunk of a PNG, with whether its CRC is right. Throws on a file that is not a PNG. */
export function readChunks(png: Uint8Array): PngChunk[] {
  const bytes = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error("Not a PNG: bad signature");
  const chunks: PngChunk[] = [];
  let offset = 8;
  while (offset < bytes.length) {
    if (offset + 12 > bytes.length) throw new Error("Truncated PNG chunk");
    const length = bytes.readUInt32BE(offset);
    const end = offset + 12 + length;
    if (end > bytes.length) throw new Error("Truncated PNG chunk");
    const typeAndData = bytes.subarray(offset + 4, offset + 8 + length);
    const crc = bytes.readUInt32BE(offset + 8 + length);
    chunks.push({
      type: typeAndData.subarray(0, 4).toString("latin1"),
      data: Buffer.from(typeAndData.subarray(4)),
      crcOk: crc32(typeAndData) === crc,
    });
    offset = end;
  }
  return chunks;
}

/** The texts of tEXt and iTXt chunks, by keyword. */
export function readTexts(png: Uint8Array): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const chunk of readChunks(png)) {
    const nul = chunk.data.indexOf(0);
    if (nul < 0) continue;
    const keyword = chunk.data.subarray(0, nul).toString("latin1");
    if (chunk.type === "tEXt") texts[keyword] = chunk.data.subarray(nul + 1).toString("latin1");
    if (chunk.type === "iTXt") {
      const language = chunk.data.indexOf(0, nul + 3);
      const translated = chunk.data.indexOf(0, language + 1);
      texts[keyword] = chunk.data.subarray(translated + 1).toString("utf8");
    }
  }
  return texts;
}

/** The PNG with text chunks right after its header (IHDR is always first, 25 bytes with signature 33). */
export function withTextChunks(png: Uint8Array, texts: Record<string, string>): Buffer {
  const bytes = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  const chunks = readChunks(bytes);
  if (chunks[0]?.type !== "IHDR") throw new Error("Not a PNG: IHDR is not first");
  const headerEnd = 8 + 12 + chunks[0].data.length;
  const added = Object.entries(texts).map(([keyword, text]) => textChunk(keyword, text));
  return Buffer.concat([bytes.subarray(0, headerEnd), ...added, bytes.subarray(headerEnd)]);
}
