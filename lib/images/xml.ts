// Text we concatenate into an SVG document ourselves (React escapes what goes through renderMarkup).

const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

// Characters XML 1.0 forbids even when escaped (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/F):
// one of them in a program name would make the whole document unreadable to resvg and to browsers.
const forbidden =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes the characters no XML document may contain, wherever they came from. */
export function stripForbiddenXml(text: string): string {
  return text.replace(forbidden, "");
}

/** Text or an attribute value, safe inside an SVG document. */
export function escapeXml(text: string): string {
  return stripForbiddenXml(text).replace(/[&<>"']/g, (c) => entities[c]!);
}
