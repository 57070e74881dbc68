// SQL text with its comments and string literals blanked out, so that rules can look at the code
// alone: `-- DROP TABLE x` and `'DROP TABLE x'` are not statements. Every blanked character
// becomes a space (newlines stay), so offsets and line numbers still point into the original.
//
// Dollar-quoted bodies ($$ … $$, $tag$ … $tag$) are NOT blanked: they hold DO blocks and function
// bodies, which run SQL of their own; only their delimiters go. Double-quoted identifiers stay.

const dollarTag = /^\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/;

export function sqlCode(sql: string): string {
  const out = sql.split("");
  const blank = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (out[i] !== "\n") out[i] = " ";
  };
  let i = 0;
  while (i < sql.length) {
    const two = sql.slice(i, i + 2);
    if (two === "--") {
      const end = sql.indexOf("\n", i);
      const stop = end === -1 ? sql.length : end;
      blank(i, stop);
      i = stop;
    } else if (two === "/*") {
      const stop = endOfBlockComment(sql, i);
      blank(i, stop);
      i = stop;
    } else if (sql[i] === "'") {
      const stop = endOfString(sql, i, isEscapeString(sql, i));
      blank(i, stop);
      i = stop;
    } else if (sql[i] === '"') {
      const end = sql.indexOf('"', i + 1);
      i = end === -1 ? sql.length : end + 1;
    } else if (sql[i] === "$" && !/[A-Za-z0-9_]/.test(sql[i - 1] ?? "")) {
      const tag = dollarTag.exec(sql.slice(i))?.[0];
      if (tag) blank(i, i + tag.length);
      i += tag?.length ?? 1;
    } else {
      i++;
    }
  }
  return out.join("");
}

// PostgreSQL's block comments nest.
function endOfBlockComment(sql: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < sql.length) {
    const two = sql.slice(i, i + 2);
    if (two === "/*") {
      depth++;
      i += 2;
    } else if (two === "*/") {
      depth--;
      i += 2;
      if (depth === 0) return i;
    } else {
      i++;
    }
  }
  return sql.length;
}

// E'…' strings take backslash escapes; in standard strings a quote is escaped by doubling it.
function isEscapeString(sql: string, quote: number): boolean {
  return /[eE]/.test(sql[quote - 1] ?? "") && !/[A-Za-z0-9_]/.test(sql[quote - 2] ?? "");
}

function endOfString(sql: string, start: number, backslashEscapes: boolean): number {
  let i = start + 1;
  while (i < sql.length) {
    if (backslashEscapes && sql[i] === "\\") {
      i += 2;
    } else if (sql[i] === "'") {
      if (sql[i + 1] !== "'") return i + 1;
      i += 2;
    } else {
      i++;
    }
  }
  return sql.length;
}

export type Statement = { text: string; line: number };

/** The statements of `code` (output of sqlCode), split on semicolons, whitespace collapsed. */
export function statementsOf(code: string): Statement[] {
  const statements: Statement[] = [];
  let offset = 0;
  for (const part of code.split(";")) {
    const lead = part.length - part.trimStart().length;
    const text = part.replace(/\s+/g, " ").trim();
    if (text) statements.push({ text, line: code.slice(0, offset + lead).split("\n").length });
    offset += part.length + 1;
  }
  return statements;
}
