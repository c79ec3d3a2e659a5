/**
 * Snippets need no imports (DESIGN.md §3), and a module loader is a way out of the run: `import()`
 * loads code (Node's built-ins in the CLI, any URL in the browser) and `import.meta` names the
 * host's files. Both are syntax, so the transpiler refuses them on their line before anything
 * runs; together with the locked-down realm (no code from strings) no snippet reaches a loader.
 *
 * Runs as a `before` transformer that changes nothing, like the missing-await lint.
 */
import ts from 'typescript';
import type { Diagnostic } from './types.ts';

export const IMPORT_REFUSED =
  'Snippets cannot import modules: the playground gives you db, factory, scopes, Task and the entity classes as globals.';

/** Records an error for every `import(…)` and `import.meta` into `sink`. */
export function moduleAccessCheck(
  sink: Diagnostic[],
  toPosition: (sourceFile: ts.SourceFile, offset: number) => { line: number; column: number },
): ts.TransformerFactory<ts.SourceFile> {
  return () => (sourceFile) => {
    const visit = (node: ts.Node): void => {
      const dynamicImport = ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const importMeta = ts.isMetaProperty(node) && node.keywordToken === ts.SyntaxKind.ImportKeyword;
      if (dynamicImport || importMeta) {
        const start = toPosition(sourceFile, node.getStart(sourceFile));
        const end = toPosition(sourceFile, node.getEnd());
        sink.push({
          severity: 'error',
          message: IMPORT_REFUSED,
          line: start.line,
          column: start.column,
          endLine: end.line,
          endColumn: end.column,
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
    return sourceFile;
  };
}
