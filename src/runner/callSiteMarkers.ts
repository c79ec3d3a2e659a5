/**
 * Call-site markers: the cheap way to know which snippet line is calling the simulator.
 *
 * Reading the JavaScript stack (callSite.ts) costs ~10 µs per EF Core call, the largest single
 * cost of a short run. Most calls are made directly in the snippet's top level, where the
 * stack holds exactly one snippet frame (`Snippet.<Main>`), so the transpiler can say where
 * they are: every call and `new` in the snippet gets a last argument `...__at(id)`, an empty
 * spread evaluated after all the other arguments, i.e. just before the callee runs. `id` indexes
 * a table of {@link MarkedSite}s computed here. An empty spread passes no argument, so
 * `arguments.length` and default parameters are unchanged.
 *
 * The injected `db` creates its context on its first property read (`db.Orders`), and that
 * line belongs in the trace too. Rewriting the read itself (`(__at(id), db).Orders`) would show
 * in V8's own messages ("(__at(...) , db).Foo is not a function"), which the learner reads, so
 * instead a statement of the top level that reads `db` is preceded by `__at(id);` of kind `db`,
 * pointing at its first such read. Any call marker set after it replaces it, so it only answers
 * for a read that happens before the statement calls anything.
 *
 * A marker is only a hint, valid for the API it was set for: the simulator says how an API was
 * reached (sim/simulation.ts CallSiteSource) and the runner uses the marker only for an explicit
 * call, reading the real stack for anything reached implicitly (getters, the lazy `db`, `for
 * await`, `await using`). The simulator clears it whenever its own code resumes the snippet, and
 * a marker inside a nested function falls back to the stack so the callers' frames stay in the
 * trace.
 */
import ts from 'typescript';

export const AT_HELPER = '__at';

/** The injected context's global name. */
const INJECTED_DB = 'db';

/** Where a marked call (or first read of `db`) is in the snippet (1-based), and whether it is in the top level. */
export interface MarkedSite {
  kind: 'call' | 'db';
  line: number;
  column: number;
  /** The call is in the snippet's own body, not inside a function, lambda, class or accessor. */
  main: boolean;
}

/** The position V8 reports for a call frame: the method name of `a.b()`, `new`, or the callee. */
function reportedPosition(node: ts.CallExpression | ts.NewExpression, sourceFile: ts.SourceFile): number {
  if (ts.isNewExpression(node)) return node.getStart(sourceFile);
  const callee = node.expression;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.getStart(sourceFile);
  return callee.getStart(sourceFile);
}

/** Nodes whose body runs in a frame of its own (so not in `Snippet.<Main>`). */
function startsFrame(node: ts.Node): boolean {
  return (
    ts.isFunctionLike(node) ||
    ts.isClassStaticBlockDeclaration(node) ||
    ts.isPropertyDeclaration(node) ||
    ts.isClassLike(node)
  );
}

/**
 * `before` transformer that marks calls. `sites` receives the table (index = marker id). The
 * outermost function of the wrapped source is the snippet's body (`Snippet.<Main>`), which
 * starts `wrapLines` lines into the source.
 */
export function callSiteMarkerTransformer(sites: MarkedSite[], wrapLines: number) {
  return (context: ts.TransformationContext): ts.Transformer<ts.SourceFile> => {
    const f = context.factory;
    return (transformed) => {
      // Earlier transformers hand over an updated SourceFile; positions live in the parsed one.
      const sourceFile = ts.getOriginalNode(transformed) as ts.SourceFile;
      const mark = (kind: MarkedSite['kind'], position: number, main: boolean): ts.Expression => {
        const { line, character } = sourceFile.getLineAndCharacterOfPosition(position);
        sites.push({ kind, line: line + 1 - wrapLines, column: character + 1, main });
        const id = f.createNumericLiteral(sites.length - 1);
        return f.createCallExpression(f.createIdentifier(AT_HELPER), undefined, [id]);
      };

      /** Position of the first `db.X` / `db[X]` a statement evaluates itself (not in nested statements or functions). */
      const firstDbRead = (statement: ts.Node): number | null => {
        let found: number | null = null;
        const walk = (n: ts.Node): void => {
          if (found !== null || (n !== statement && (ts.isStatement(n) || startsFrame(n)))) return;
          if (
            (ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n)) &&
            ts.isIdentifier(n.expression) &&
            n.expression.text === INJECTED_DB
          ) {
            found = n.expression.getStart(sourceFile);
            return;
          }
          ts.forEachChild(n, walk);
        };
        walk(statement);
        return found;
      };

      /** A top-level block with `__at(id);` (kind `db`) before each statement that reads `db`. */
      const markDbReads = (original: ts.Block, visited: ts.Block): ts.Block => {
        if (original.statements.length !== visited.statements.length) return visited;
        const statements: ts.Statement[] = [];
        visited.statements.forEach((statement, i) => {
          const source = ts.getOriginalNode(original.statements[i]);
          const parsed = source.pos >= 0 && (source.flags & ts.NodeFlags.Synthesized) === 0;
          const read = parsed ? firstDbRead(source) : null;
          if (read !== null) statements.push(f.createExpressionStatement(mark('db', read, true)));
          statements.push(statement);
        });
        return statements.length === visited.statements.length ? visited : f.updateBlock(visited, statements);
      };

      /** `depth`: 0 outside the snippet function, 1 in its body, more inside nested frames. */
      const visitAt =
        (depth: number) =>
        (node: ts.Node): ts.Node => {
          const inner = depth + (startsFrame(node) ? 1 : 0);
          const visited = ts.visitEachChild(node, visitAt(inner), context);
          if (depth < 1) return visited;
          if (depth === 1 && ts.isBlock(node) && ts.isBlock(visited)) return markDbReads(node, visited);
          if (!ts.isCallExpression(visited) && !ts.isNewExpression(visited)) return visited;
          const original = ts.getOriginalNode(node);
          // Only calls the learner wrote (synthesized helpers have no position), never `super(…)`
          // or `import(…)`.
          if (original.pos < 0 || original.getSourceFile() !== sourceFile) return visited;
          if (!ts.isCallExpression(original) && !ts.isNewExpression(original)) return visited;
          if (
            ts.isCallExpression(original) &&
            (original.expression.kind === ts.SyntaxKind.SuperKeyword ||
              original.expression.kind === ts.SyntaxKind.ImportKeyword)
          )
            return visited;
          const at = f.createSpreadElement(mark('call', reportedPosition(original, sourceFile), depth === 1));
          const args = [...(visited.arguments ?? []), at];
          if (ts.isNewExpression(visited))
            return f.updateNewExpression(visited, visited.expression, visited.typeArguments, args);
          if (ts.isCallChain(visited))
            return f.updateCallChain(
              visited,
              visited.expression,
              visited.questionDotToken,
              visited.typeArguments,
              args,
            );
          return f.updateCallExpression(visited, visited.expression, visited.typeArguments, args);
        };
      return ts.visitNode(transformed, visitAt(0), ts.isSourceFile);
    };
  };
}
