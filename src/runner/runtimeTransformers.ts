/**
 * Transformers that wire a snippet to the runtime helpers the runner binds next to the snippet
 * globals (HELPER_NAMES):
 *
 * - loop guard (`before`): `__guard();` opens every loop body, so a synchronous infinite loop
 *   ends after a real-time limit instead of freezing the worker or the Node process;
 * - throw marker (`before`): `throw e` becomes `throw __thrown(e)`, which records the snippet
 *   location of the throw (a thrown string has no stack to read it from);
 * - async flows (`after`, so it also sees the awaits TypeScript generates when it lowers
 *   `await using`): `await e` becomes `__flow.restore(__flow.current(), await e)`. Arguments
 *   evaluate left to right, so the flow captured before the await is restored when the
 *   continuation resumes; `for await` loops capture before the loop and restore at the top of
 *   the body and after the loop.
 */
import ts from 'typescript';

export const HELPER_NAMES = { guard: '__guard', flow: '__flow', thrown: '__thrown' } as const;

function isLoop(node: ts.Node): node is ts.IterationStatement {
  return (
    ts.isWhileStatement(node) ||
    ts.isDoStatement(node) ||
    ts.isForStatement(node) ||
    ts.isForInStatement(node) ||
    ts.isForOfStatement(node)
  );
}

function callStatement(f: ts.NodeFactory, callee: ts.Expression, args: ts.Expression[]): ts.Statement {
  return f.createExpressionStatement(f.createCallExpression(callee, undefined, args));
}

function flowMember(f: ts.NodeFactory, name: 'current' | 'restore'): ts.Expression {
  return f.createPropertyAccessExpression(f.createIdentifier(HELPER_NAMES.flow), name);
}

/** Puts `prefix` statements in front of a loop body (wrapping a single statement in a block). */
function prependToBody(f: ts.NodeFactory, body: ts.Statement, prefix: ts.Statement[]): ts.Statement {
  if (ts.isBlock(body)) return f.updateBlock(body, [...prefix, ...body.statements]);
  return ts.setTextRange(f.createBlock([...prefix, body], true), body);
}

function withBody(f: ts.NodeFactory, loop: ts.IterationStatement, body: ts.Statement): ts.IterationStatement {
  if (ts.isWhileStatement(loop)) return f.updateWhileStatement(loop, loop.expression, body);
  if (ts.isDoStatement(loop)) return f.updateDoStatement(loop, body, loop.expression);
  if (ts.isForStatement(loop))
    return f.updateForStatement(loop, loop.initializer, loop.condition, loop.incrementor, body);
  if (ts.isForInStatement(loop)) return f.updateForInStatement(loop, loop.initializer, loop.expression, body);
  if (ts.isForOfStatement(loop))
    return f.updateForOfStatement(loop, loop.awaitModifier, loop.initializer, loop.expression, body);
  return loop;
}

/** `before` transformer: loop guard, throw marker, and flow capture around `for await`. */
export function guardTransformer(context: ts.TransformationContext): ts.Transformer<ts.SourceFile> {
  const f = context.factory;
  let flowVars = 0;
  return (sourceFile) => {
    /** Rewrites a loop (guard + for-await flow restore); returns the statement(s) replacing it. */
    const rewriteLoop = (
      loop: ts.IterationStatement,
      wrap: (l: ts.Statement) => ts.Statement,
    ): ts.Statement => {
      const visited = ts.visitEachChild(loop, visit, context) as ts.IterationStatement;
      const prefix: ts.Statement[] = [callStatement(f, f.createIdentifier(HELPER_NAMES.guard), [])];
      const isForAwait = ts.isForOfStatement(loop) && loop.awaitModifier !== undefined;
      if (!isForAwait) return wrap(withBody(f, visited, prependToBody(f, visited.statement, prefix)));
      const flowVar = f.createIdentifier(`__flowAt${++flowVars}`);
      const restore = () => callStatement(f, flowMember(f, 'restore'), [flowVar, f.createVoidZero()]);
      const declare = f.createVariableStatement(
        undefined,
        f.createVariableDeclarationList(
          [
            f.createVariableDeclaration(
              flowVar,
              undefined,
              undefined,
              f.createCallExpression(flowMember(f, 'current'), undefined, []),
            ),
          ],
          ts.NodeFlags.Const,
        ),
      );
      const rewritten = withBody(f, visited, prependToBody(f, visited.statement, [restore(), ...prefix]));
      return ts.setTextRange(f.createBlock([declare, wrap(rewritten), restore()], true), loop);
    };

    const visit = (node: ts.Node): ts.Node => {
      if (ts.isLabeledStatement(node)) {
        // Keep `label: loop` together so `continue label` still targets the loop.
        const labels: ts.LabeledStatement[] = [];
        let inner: ts.Statement = node;
        while (ts.isLabeledStatement(inner)) {
          labels.push(inner);
          inner = inner.statement;
        }
        if (isLoop(inner)) {
          return rewriteLoop(inner, (loop) =>
            labels.reduceRight<ts.Statement>(
              (stmt, label) => f.updateLabeledStatement(label, label.label, stmt),
              loop,
            ),
          );
        }
      }
      if (isLoop(node)) return rewriteLoop(node, (loop) => loop);
      if (ts.isThrowStatement(node)) {
        const value = ts.visitNode(node.expression, visit, ts.isExpression);
        return f.updateThrowStatement(
          node,
          f.createCallExpression(f.createIdentifier(HELPER_NAMES.thrown), undefined, [value]),
        );
      }
      return ts.visitEachChild(node, visit, context);
    };
    return ts.visitNode(sourceFile, visit, ts.isSourceFile);
  };
}

/** `after` transformer: `await e` → `__flow.restore(__flow.current(), await e)`. */
export function flowTransformer(context: ts.TransformationContext): ts.Transformer<ts.SourceFile> {
  const f = context.factory;
  return (sourceFile) => {
    const visit = (node: ts.Node): ts.Node => {
      if (ts.isAwaitExpression(node)) {
        const inner = f.updateAwaitExpression(node, ts.visitNode(node.expression, visit, ts.isExpression));
        const current = ts.setTextRange(
          f.createCallExpression(flowMember(f, 'current'), undefined, []),
          node,
        );
        const call = f.createCallExpression(flowMember(f, 'restore'), undefined, [current, inner]);
        return ts.setTextRange(call, node);
      }
      return ts.visitEachChild(node, visit, context);
    };
    return ts.visitNode(sourceFile, visit, ts.isSourceFile);
  };
}
