/** Casts, `is` patterns and lambdas. */
import type { Node } from 'web-tree-sitter';
import { typeRef } from './calls.ts';
import type { LowerContext } from './context.ts';
import { typeFromText } from './csTypes.ts';
import { expr } from './expressions.ts';
import { jsName, RT } from './names.ts';
import { field, kids, named } from './nodes.ts';
import { lowerBlockBody } from './statements.ts';

export function cast(ctx: LowerContext, node: Node): void {
  const target = typeFromText(field(node, 'type')?.text ?? '', new Set(ctx.classes.keys()));
  if (target === 'int' && ctx.exprTree === 0) {
    ctx.write('Math.trunc(');
    expr(ctx, field(node, 'value'));
    return ctx.write(')');
  }
  expr(ctx, field(node, 'value'));
}

export function isPattern(ctx: LowerContext, node: Node): void {
  const subject = field(node, 'expression');
  let pattern = field(node, 'pattern');
  let negated = false;
  if (pattern?.type === 'negated_pattern') {
    negated = true;
    pattern = named(pattern)[0] ?? null;
  }
  const inner = pattern?.type === 'constant_pattern' ? named(pattern)[0] : pattern;
  if (inner?.type === 'null_literal') {
    expr(ctx, subject);
    return ctx.write(negated ? ' != null' : ' == null');
  }
  const isType =
    inner &&
    (inner.type === 'identifier' ||
      inner.type === 'generic_name' ||
      inner.type === 'qualified_name' ||
      inner.type === 'type_pattern' ||
      inner.type === 'predefined_type');
  if (isType && inner.type !== 'predefined_type' && !ctx.lookup(inner.text)) {
    ctx.write(`${negated ? '!' : ''}${RT}.is(`);
    expr(ctx, subject);
    return ctx.write(`, ${typeRef(ctx, inner)})`);
  }
  if (inner?.type === 'declaration_pattern' && !negated && ctx.exprTree === 0) {
    // `x is Order o`: the statement declared `o` (statements.ts); it holds x when x is an Order.
    const type = field(inner, 'type');
    const name = field(inner, 'name');
    if (type && name && type.type !== 'predefined_type' && ctx.lookup(name.text)) {
      ctx.write(`${RT}.is((${jsName(name.text)} = `);
      expr(ctx, subject);
      return ctx.write(`), ${typeRef(ctx, type)})`);
    }
  }
  if (inner && /_literal$/.test(inner.type)) {
    expr(ctx, subject);
    ctx.write(negated ? ' !== ' : ' === ');
    return expr(ctx, inner);
  }
  ctx.unsupported(
    pattern ?? node,
    `The pattern \`${pattern?.text ?? ''}\``,
    'Use `is null`, `is not null`, `is T`, or compare with `==`.',
  );
}

/** Lambdas: parameters lose their types; a block body keeps its lines. */
export function lambda(ctx: LowerContext, node: Node): void {
  const isAsync = kids(node).some((k) => k.type === 'modifier' && k.text === 'async');
  const params = field(node, 'parameters');
  const names: string[] = [];
  if (params?.type === 'implicit_parameter' || params?.type === 'identifier') names.push(params.text);
  else if (params) for (const p of named(params)) names.push(field(p, 'name')?.text ?? p.text);
  ctx.push();
  const kind = ctx.exprTree > 0 ? 'treeParam' : 'param';
  if (params?.type === 'parameter_list') {
    for (const p of named(params)) {
      const t = field(p, 'type');
      ctx.declare(field(p, 'name')?.text ?? '', {
        kind,
        type: t ? typeFromText(t.text, new Set(ctx.classes.keys())) : 'unknown',
      });
    }
  } else {
    for (const n of names) ctx.declare(n, { kind, type: 'unknown' });
  }
  ctx.write(`${isAsync ? 'async ' : ''}(${names.map(jsName).join(', ')}) => `);
  ctx.withAsync(isAsync, () => lambdaBody(ctx, field(node, 'body')));
  ctx.pop();
}

function lambdaBody(ctx: LowerContext, body: Node | null): void {
  if (body?.type === 'block') {
    const saved = ctx.exprTree;
    ctx.exprTree = 0;
    lowerBlockBody(ctx, body);
    ctx.exprTree = saved;
  } else if (
    body?.type === 'object_creation_expression' ||
    body?.type === 'anonymous_object_creation_expression'
  ) {
    ctx.write('(');
    expr(ctx, body);
    ctx.write(')');
  } else {
    expr(ctx, body);
  }
}
