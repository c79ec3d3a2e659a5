/**
 * Builders for hand-made {@link Lambda}s, standing in for the runner's transpiler in tests of the
 * data layer (and handy for lessons' unit tests). `source` is what an error message would show.
 */
import type { BinaryOperator, Expr, Lambda } from '../expression.ts';

/** `x => body` with the given source text. */
export function lambda(source: string, param: string, body: Expr): Lambda {
  return { __lambda: true, params: [param], body, source };
}

/** `o.Name` on the lambda parameter `o`. */
export function prop(param: string, name: string): Expr {
  return { kind: 'member', object: { kind: 'param', name: param }, name };
}

/** A literal. */
export function constant(value: string | number | boolean | null): Expr {
  return { kind: 'const', value };
}

/** A captured local whose current value `get` reads. */
export function captured(name: string, get: () => unknown): Expr {
  return { kind: 'capture', name, get };
}

/** `object.name` (member access on any expression). */
export function member(object: Expr, name: string): Expr {
  return { kind: 'member', object, name };
}

export function bin(op: BinaryOperator, left: Expr, right: Expr): Expr {
  return { kind: 'binary', op, left, right };
}

export function notExpr(operand: Expr): Expr {
  return { kind: 'unary', op: '!', operand };
}

/** `object.method(...args)`. */
export function call(object: Expr, method: string, ...args: Expr[]): Expr {
  return { kind: 'call', object, method, args };
}
