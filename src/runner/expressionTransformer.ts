/**
 * The C# compiler's job, done by the transpiler: an arrow function passed inline to a query
 * operator (EXPRESSION_METHODS) becomes a {@link Lambda} object literal — an expression tree plus
 * its source text — instead of compiled code. Free identifiers become `capture` nodes with a
 * getter, so the simulator reads a variable's value when the query runs (C# captures variables,
 * not values). Shapes we cannot represent become `unsupported` nodes, which the simulator's
 * translator rejects the way EF Core rejects an untranslatable lambda.
 */
import ts from 'typescript';
import { EXPRESSION_METHODS, type BinaryOperator } from '../sim/expression.ts';

const METHODS = new Set(EXPRESSION_METHODS);

const BINARY_OPERATORS = new Map<ts.SyntaxKind, BinaryOperator>([
  [ts.SyntaxKind.EqualsEqualsToken, '=='],
  [ts.SyntaxKind.EqualsEqualsEqualsToken, '==='],
  [ts.SyntaxKind.ExclamationEqualsToken, '!='],
  [ts.SyntaxKind.ExclamationEqualsEqualsToken, '!=='],
  [ts.SyntaxKind.LessThanToken, '<'],
  [ts.SyntaxKind.LessThanEqualsToken, '<='],
  [ts.SyntaxKind.GreaterThanToken, '>'],
  [ts.SyntaxKind.GreaterThanEqualsToken, '>='],
  [ts.SyntaxKind.AmpersandAmpersandToken, '&&'],
  [ts.SyntaxKind.BarBarToken, '||'],
  [ts.SyntaxKind.PlusToken, '+'],
  [ts.SyntaxKind.MinusToken, '-'],
  [ts.SyntaxKind.AsteriskToken, '*'],
  [ts.SyntaxKind.SlashToken, '/'],
  [ts.SyntaxKind.PercentToken, '%'],
]);

/** The name of the method a call invokes (`Where` in `db.Orders.Where(…)`), if it has one. */
function calledMethodName(call: ts.CallExpression): string | null {
  const callee = call.expression;
  if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.name)) return callee.name.text;
  return null;
}

/** Strips parentheses and type-only wrappers (`as T`, `<T>x`, `x!`, `satisfies T`). */
function unwrap(node: ts.Expression): ts.Expression {
  let current = node;
  for (;;) {
    if (
      ts.isParenthesizedExpression(current) ||
      ts.isAsExpression(current) ||
      ts.isTypeAssertionExpression(current) ||
      ts.isNonNullExpression(current) ||
      ts.isSatisfiesExpression(current)
    ) {
      current = current.expression;
    } else {
      return current;
    }
  }
}

/** Builds the TypeScript AST of an object literal `{ key: value, … }`. */
function objectLiteral(f: ts.NodeFactory, props: Record<string, ts.Expression>): ts.ObjectLiteralExpression {
  return f.createObjectLiteralExpression(
    Object.entries(props).map(([key, value]) => f.createPropertyAssignment(key, value)),
    false,
  );
}

function constant(f: ts.NodeFactory, value: ts.Expression): ts.ObjectLiteralExpression {
  return objectLiteral(f, { kind: f.createStringLiteral('const'), value });
}

function unsupported(
  f: ts.NodeFactory,
  node: ts.Node,
  sourceFile: ts.SourceFile,
): ts.ObjectLiteralExpression {
  return objectLiteral(f, {
    kind: f.createStringLiteral('unsupported'),
    text: f.createStringLiteral(node.getText(sourceFile)),
  });
}

/** Converts one expression of a lambda body into the AST of its `Expr` object literal. */
function convertExpr(
  f: ts.NodeFactory,
  node: ts.Expression,
  params: ReadonlySet<string>,
  sourceFile: ts.SourceFile,
): ts.Expression {
  const e = unwrap(node);
  const recurse = (child: ts.Expression) => convertExpr(f, child, params, sourceFile);

  if (ts.isIdentifier(e)) {
    if (params.has(e.text))
      return objectLiteral(f, { kind: f.createStringLiteral('param'), name: f.createStringLiteral(e.text) });
    if (e.text === 'undefined') return constant(f, f.createNull());
    return objectLiteral(f, {
      kind: f.createStringLiteral('capture'),
      name: f.createStringLiteral(e.text),
      get: f.createArrowFunction(undefined, undefined, [], undefined, undefined, f.createIdentifier(e.text)),
    });
  }
  if (e.kind === ts.SyntaxKind.ThisKeyword) {
    return objectLiteral(f, {
      kind: f.createStringLiteral('capture'),
      name: f.createStringLiteral('this'),
      get: f.createArrowFunction(undefined, undefined, [], undefined, undefined, f.createThis()),
    });
  }
  if (ts.isNumericLiteral(e)) return constant(f, f.createNumericLiteral(e.text));
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e))
    return constant(f, f.createStringLiteral(e.text));
  if (e.kind === ts.SyntaxKind.TrueKeyword) return constant(f, f.createTrue());
  if (e.kind === ts.SyntaxKind.FalseKeyword) return constant(f, f.createFalse());
  if (e.kind === ts.SyntaxKind.NullKeyword) return constant(f, f.createNull());

  if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.name)) {
    return objectLiteral(f, {
      kind: f.createStringLiteral('member'),
      object: recurse(e.expression),
      name: f.createStringLiteral(e.name.text),
    });
  }
  if (ts.isElementAccessExpression(e) && ts.isStringLiteral(unwrap(e.argumentExpression))) {
    const name = (unwrap(e.argumentExpression) as ts.StringLiteral).text;
    return objectLiteral(f, {
      kind: f.createStringLiteral('member'),
      object: recurse(e.expression),
      name: f.createStringLiteral(name),
    });
  }
  if (ts.isArrayLiteralExpression(e)) {
    return objectLiteral(f, {
      kind: f.createStringLiteral('array'),
      elements: f.createArrayLiteralExpression(
        e.elements.map((a) => (ts.isSpreadElement(a) ? unsupported(f, a, sourceFile) : recurse(a))),
      ),
    });
  }
  if (ts.isElementAccessExpression(e)) {
    return objectLiteral(f, {
      kind: f.createStringLiteral('index'),
      object: recurse(e.expression),
      index: recurse(e.argumentExpression),
    });
  }
  if (ts.isBinaryExpression(e)) {
    const op = BINARY_OPERATORS.get(e.operatorToken.kind);
    if (op === undefined) return unsupported(f, e, sourceFile);
    return objectLiteral(f, {
      kind: f.createStringLiteral('binary'),
      op: f.createStringLiteral(op),
      left: recurse(e.left),
      right: recurse(e.right),
    });
  }
  if (ts.isPrefixUnaryExpression(e)) {
    const operand = unwrap(e.operand);
    if (e.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(operand)) {
      return constant(
        f,
        f.createPrefixUnaryExpression(ts.SyntaxKind.MinusToken, f.createNumericLiteral(operand.text)),
      );
    }
    if (e.operator === ts.SyntaxKind.ExclamationToken || e.operator === ts.SyntaxKind.MinusToken) {
      const op = e.operator === ts.SyntaxKind.ExclamationToken ? '!' : '-';
      return objectLiteral(f, {
        kind: f.createStringLiteral('unary'),
        op: f.createStringLiteral(op),
        operand: recurse(e.operand),
      });
    }
    return unsupported(f, e, sourceFile);
  }
  if (
    ts.isCallExpression(e) &&
    ts.isPropertyAccessExpression(e.expression) &&
    ts.isIdentifier(e.expression.name)
  ) {
    return objectLiteral(f, {
      kind: f.createStringLiteral('call'),
      object: recurse(e.expression.expression),
      method: f.createStringLiteral(e.expression.name.text),
      args: f.createArrayLiteralExpression(
        e.arguments.map((a) => (ts.isSpreadElement(a) ? unsupported(f, a, sourceFile) : recurse(a))),
      ),
    });
  }
  if (ts.isConditionalExpression(e)) {
    return objectLiteral(f, {
      kind: f.createStringLiteral('conditional'),
      test: recurse(e.condition),
      whenTrue: recurse(e.whenTrue),
      whenFalse: recurse(e.whenFalse),
    });
  }
  return unsupported(f, e, sourceFile);
}

/** The single expression an arrow's body evaluates to, or null (a block that is not `{ return e; }`). */
function bodyExpression(arrow: ts.ArrowFunction): ts.Expression | null {
  if (!ts.isBlock(arrow.body)) return arrow.body;
  const [only, ...rest] = arrow.body.statements;
  if (only && rest.length === 0 && ts.isReturnStatement(only) && only.expression) return only.expression;
  return null;
}

/** Builds the `Lambda` object literal for an inline arrow function argument. */
export function lambdaLiteral(
  f: ts.NodeFactory,
  arrow: ts.ArrowFunction,
  sourceFile: ts.SourceFile,
): ts.Expression {
  const params: string[] = [];
  let simpleParams = true;
  for (const p of arrow.parameters) {
    if (ts.isIdentifier(p.name) && !p.dotDotDotToken) params.push(p.name.text);
    else simpleParams = false;
  }
  const bodyExpr = bodyExpression(arrow);
  const body =
    simpleParams && bodyExpr && !arrow.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword)
      ? convertExpr(f, bodyExpr, new Set(params), sourceFile)
      : unsupported(f, arrow.body, sourceFile);
  const literal = objectLiteral(f, {
    __lambda: f.createTrue(),
    params: f.createArrayLiteralExpression(params.map((p) => f.createStringLiteral(p))),
    source: f.createStringLiteral(arrow.getText(sourceFile)),
    body,
  });
  return ts.setTextRange(literal, arrow);
}

/** `before` transformer: inline arrow arguments of EXPRESSION_METHODS calls become Lambdas. */
export function expressionTreeTransformer(context: ts.TransformationContext): ts.Transformer<ts.SourceFile> {
  const f = context.factory;
  return (sourceFile) => {
    const visit = (node: ts.Node): ts.Node => {
      if (ts.isCallExpression(node)) {
        const name = calledMethodName(node);
        if (name !== null && METHODS.has(name) && node.arguments.some((a) => ts.isArrowFunction(unwrap(a)))) {
          const callee = ts.visitNode(node.expression, visit, ts.isExpression);
          const args = node.arguments.map((a) => {
            const inner = unwrap(a);
            return ts.isArrowFunction(inner)
              ? lambdaLiteral(f, inner, sourceFile)
              : ts.visitNode(a, visit, ts.isExpression);
          });
          return f.updateCallExpression(node, callee, node.typeArguments, args);
        }
      }
      return ts.visitEachChild(node, visit, context);
    };
    return ts.visitNode(sourceFile, visit, ts.isSourceFile);
  };
}
