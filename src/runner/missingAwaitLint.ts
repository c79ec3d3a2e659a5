/**
 * The "missing await" lint: a warning on every async call whose task is dropped — a statement
 * `db.Orders.ToListAsync();`, `void x.SaveChangesAsync()` or `_ = DoWorkAsync()`. That task keeps
 * running while the next lines use the same context (the overlap the ConcurrencyDetector catches),
 * and nobody observes its exception. It is the commonest cause of "A second operation was
 * started…", so the editor points at it before the learner runs anything.
 *
 * Runs as a `before` transformer that changes nothing, so it reuses the AST TypeScript already
 * parsed for the transpilation.
 */
import ts from 'typescript';
import type { Diagnostic } from './types.ts';

/** Calls that return a task: `…Async(…)` by .NET convention, and the Task/Parallel helpers. */
function taskCallName(call: ts.CallExpression): string | null {
  const callee = call.expression;
  if (ts.isPropertyAccessExpression(callee)) {
    const name = callee.name.text;
    if (name.endsWith('Async')) return name;
    if (
      ts.isIdentifier(callee.expression) &&
      callee.expression.text === 'Task' &&
      ['Run', 'Delay', 'WhenAll', 'WhenAny'].includes(name)
    )
      return `Task.${name}`;
    return null;
  }
  if (ts.isIdentifier(callee) && callee.text.endsWith('Async')) return callee.text;
  return null;
}

/** How the task is dropped, or null when it is used (awaited, stored, returned, passed on). */
function droppedHow(call: ts.CallExpression): 'statement' | 'discarded' | null {
  let node: ts.Node = call;
  while (ts.isParenthesizedExpression(node.parent)) node = node.parent;
  const parent = node.parent;
  if (ts.isExpressionStatement(parent)) return 'statement';
  if (ts.isVoidExpression(parent)) return 'discarded';
  if (
    ts.isBinaryExpression(parent) &&
    parent.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
    parent.right === node &&
    ts.isIdentifier(parent.left) &&
    parent.left.text === '_'
  )
    return 'discarded';
  if (
    ts.isVariableDeclaration(parent) &&
    parent.initializer === node &&
    ts.isIdentifier(parent.name) &&
    parent.name.text === '_'
  )
    return 'discarded';
  return null;
}

function message(name: string, how: 'statement' | 'discarded'): string {
  const start = how === 'statement' ? `'${name}' is not awaited.` : `The task from '${name}' is discarded.`;
  return (
    `${start} It keeps running while the next lines run — if they use the same DbContext, that is two operations at once — ` +
    `and if it fails, nobody observes the exception. Put 'await' in front of it, or keep the task and await it before using the context again.`
  );
}

const BACKGROUND_USES_DB =
  "This background task uses 'db', the request's context: it runs alongside the request and outlives it (the context is disposed when the request ends). " +
  'Give the task its own context (factory.CreateDbContext()) or its own scope (scopes.CreateAsyncScope()).';

/** Whether a node mentions the identifier `db` (the request-scoped context). */
function mentionsDb(node: ts.Node): boolean {
  if (ts.isIdentifier(node) && node.text === 'db') return true;
  return ts.forEachChild(node, mentionsDb) ?? false;
}

/** The warning for a dropped task, or null when dropping it is deliberate and harmless. */
function warningFor(call: ts.CallExpression, name: string, how: 'statement' | 'discarded'): string | null {
  // Fire-and-forget with Task.Run is a deliberate pattern; it is a bug when the body shares the request's context.
  if (name === 'Task.Run') return call.arguments.some(mentionsDb) ? BACKGROUND_USES_DB : null;
  return message(name, how);
}

/**
 * A transformer factory that records missing-await warnings into `sink`. `toPosition` maps an
 * offset of the wrapped source to a 1-based snippet line/column.
 */
export function missingAwaitLint(
  sink: Diagnostic[],
  toPosition: (sourceFile: ts.SourceFile, offset: number) => { line: number; column: number },
): ts.TransformerFactory<ts.SourceFile> {
  return () => (sourceFile) => {
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        const name = taskCallName(node);
        const how = name ? droppedHow(node) : null;
        const text = name && how ? warningFor(node, name, how) : null;
        if (text) {
          const start = toPosition(sourceFile, node.getStart(sourceFile));
          const end = toPosition(sourceFile, node.getEnd());
          sink.push({
            severity: 'warning',
            message: text,
            line: start.line,
            column: start.column,
            endLine: end.line,
            endColumn: end.column,
          });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
    return sourceFile;
  };
}
