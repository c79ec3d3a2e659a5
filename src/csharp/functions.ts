/**
 * Local functions and methods: `async Task<T> Name(T a) { … }` → `async function Name(a) { … }`
 * (or a class method). Expression bodies (`=> expr;`) become `{ return expr; }` on the same line.
 */
import type { Node } from 'web-tree-sitter';
import type { LowerContext } from './context.ts';
import { typeFromText, type CsType } from './csTypes.ts';
import { expr, tupleNames } from './expressions.ts';
import { jsName } from './names.ts';
import { field, kids, modifiers, named } from './nodes.ts';
import { lowerBlockBody } from './statements.ts';

/** What `await f()` gives for a function declared to return `type` (`Task<List<T>>` → seq). */
export function awaitedType(ctx: LowerContext, type: Node | null): CsType {
  if (!type) return 'unknown';
  const text = type.text.replace(/\s+/g, '');
  const inner = /^(?:Task|ValueTask)<(.*)>$/.exec(text)?.[1] ?? text;
  return typeFromText(inner, new Set(ctx.classes.keys()));
}

/** `(a, b)` from a parameter_list, declaring each in the current scope. */
export function parameters(ctx: LowerContext, list: Node | null): string {
  const names: string[] = [];
  for (const p of list ? named(list) : []) {
    if (p.type !== 'parameter') continue;
    const name = field(p, 'name')?.text ?? '';
    const type = field(p, 'type');
    const defaultValue = kids(p).some((c) => c.type === '=');
    if (kids(p).some((k) => ['ref', 'out', 'params', 'in'].includes(k.type)) || defaultValue) {
      ctx.error(
        p,
        `A \`ref\`/\`out\`/\`params\` or optional parameter is not supported yet in the playground's C#. Pass plain values.`,
      );
    }
    ctx.declare(name, {
      kind: 'param',
      type: type ? typeFromText(type.text, new Set(ctx.classes.keys())) : 'unknown',
    });
    names.push(jsName(name));
  }
  return `(${names.join(', ')})`;
}

/** The body of a function or method: a block, or `=> expr;`. */
export function functionBody(ctx: LowerContext, bodyNode: Node | null): void {
  if (!bodyNode) return ctx.write('{}');
  if (bodyNode.type === 'block') return lowerBlockBody(ctx, bodyNode);
  ctx.write('{ return ');
  expr(ctx, named(bodyNode)[0] ?? null);
  ctx.write('; }');
}

export function lowerLocalFunction(ctx: LowerContext, node: Node): void {
  const name = field(node, 'name')?.text ?? '';
  const isAsync = modifiers(node).has('async');
  ctx.write(`${isAsync ? 'async ' : ''}function ${jsName(name)}`);
  ctx.push();
  ctx.write(parameters(ctx, field(node, 'parameters')));
  ctx.write(' ');
  ctx.withAsync(isAsync, () =>
    withReturnType(ctx, field(node, 'type'), () => functionBody(ctx, field(node, 'body'))),
  );
  ctx.pop();
}

/** Runs `body` with the function's tuple element names known (for `return (a, b);`). */
export function withReturnType(ctx: LowerContext, type: Node | null, body: () => void): void {
  const outer = ctx.returnTuple;
  ctx.returnTuple = tupleNames(type);
  body();
  ctx.returnTuple = outer;
}
