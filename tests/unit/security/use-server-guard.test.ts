// Every server action refuses cross-site requests: each export of every "use server" file goes
// through lib/auth/action-guard.ts (actionActor, or the origin check alone for actions
// without a session), directly or through runFormAction, which does. Files are found, not
// listed, so a new "use server" file is held to this too.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const roots = ["app", "lib", "components"];
const guards = ["actionActor", "assertSameOriginAction", "isSameOriginAction", "runFormAction"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
}

function isUseServerFile(source: ts.SourceFile): boolean {
  const first = source.statements[0];
  return !!first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === "use server";
}

/** The names of the functions a node calls, anywhere inside it. */
function calledNames(node: ts.Node): Set<string> {
  const names = new Set<string>();
  const visit = (n: ts.Node) => {
    if (ts.isCallExpression(n)) {
      const callee = n.expression;
      if (ts.isIdentifier(callee)) names.add(callee.text);
      if (ts.isPropertyAccessExpression(callee)) names.add(callee.name.text);
    }
    ts.forEachChild(n, visit);
  };
  visit(node);
  return names;
}

/** Every exported binding of a "use server" file, with the node whose body must call a guard. */
function exportsOf(source: ts.SourceFile): Array<{ name: string; node: ts.Node }> {
  const found: Array<{ name: string; node: ts.Node }> = [];
  for (const statement of source.statements) {
    const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (ts.isExportDeclaration(statement)) found.push({ name: `re-export in ${statement.getText(source)}`, node: statement });
    if (!exported) continue;
    if (ts.isFunctionDeclaration(statement)) found.push({ name: statement.name?.text ?? "default", node: statement });
    if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) found.push({ name: d.name.getText(source), node: d });
    }
  }
  return found;
}

const useServerFiles = roots.flatMap(sourceFiles).filter((file) => isUseServerFile(parse(file)));

describe('every "use server" export refuses cross-site requests', () => {
  it("finds the action files", () => {
    // lib/actions (announcements, corrections, edit-records, exchange-rates, record-lifecycle, users) and sign-out.
    expect(useServerFiles.length).toBeGreaterThanOrEqual(7);
  });

  it.each(useServerFiles)("%s: each export calls the guard, and none reads the session around it", (file) => {
    const source = parse(file);
    expect(source.getText(), "use actionActor(), which checks the origin first").not.toMatch(/\bcurrentActor\b/);
    const unguarded = exportsOf(source)
      .filter(({ node }) => !guards.some((guard) => calledNames(node).has(guard)))
      .map(({ name }) => name);
    expect(unguarded).toEqual([]);
  });

  it("runFormAction, a guard here, resolves its actor through actionActor", () => {
    const source = parse("lib/actions/run-form-action.ts");
    expect(calledNames(source).has("actionActor")).toBe(true);
    expect(source.getText()).not.toMatch(/\bcurrentActor\b/);
  });

  it("the scan sees an unguarded export (it can fail)", () => {
    const bad = ts.createSourceFile(
      "bad.ts",
      '"use server";\nexport async function leak() { return currentActor(); }',
      ts.ScriptTarget.Latest,
      true,
    );
    const unguarded = exportsOf(bad).filter(({ node }) => !guards.some((g) => calledNames(node).has(g)));
    expect(unguarded.map((u) => u.name)).toEqual(["leak"]);
  });
});
