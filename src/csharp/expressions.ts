/**
 * C# expressions → TypeScript, written straight into the line-keeping emitter. Calls, member
 * access in calls.ts, `new` in creation.ts, casts/patterns/lambdas in patterns.ts, literals and
 * interpolation in literals.ts.
 */
import type { Node } from 'web-tree-sitter';
import { lowerCall, lowerMemberAccess, typeRef } from './calls.ts';
import type { LowerContext } from './context.ts';
import { lowerAnonymousObject, lowerArrayLiteral, lowerCreation } from './creation.ts';
import { lowerInterpolated, lowerLiteral } from './literals.ts';
import { field, kids, named } from './nodes.ts';
import { isKnownName, jsName, RT } from './names.ts';
import { cast, isPattern, lambda } from './patterns.ts';
import { typeOf } from './typing.ts';

export function expr(ctx: LowerContext, node: Node | null): void {
  if (!node) return;
  ctx.sync(node);
  switch (node.type) {
    case 'identifier':
      return identifier(ctx, node);
    case 'this_expression':
    case 'this':
      return ctx.write('this');
    case 'integer_literal':
    case 'real_literal':
    case 'string_literal':
    case 'verbatim_string_literal':
    case 'raw_string_literal':
    case 'character_literal':
    case 'boolean_literal':
    case 'null_literal':
      return lowerLiteral(ctx, node);
    case 'interpolated_string_expression':
      return lowerInterpolated(ctx, node);
    case 'parenthesized_expression':
      ctx.write('(');
      expr(ctx, named(node)[0] ?? null);
      return ctx.write(')');
    case 'member_access_expression':
      return lowerMemberAccess(ctx, node, false);
    case 'invocation_expression':
      return lowerCall(ctx, node);
    case 'object_creation_expression':
      return lowerCreation(ctx, node);
    case 'anonymous_object_creation_expression':
      return lowerAnonymousObject(ctx, node);
    case 'array_creation_expression':
    case 'implicit_array_creation_expression':
    case 'collection_expression':
      return lowerArrayLiteral(ctx, node);
    case 'conditional_access_expression':
      return conditionalAccess(ctx, node);
    case 'element_access_expression':
      return elementAccess(ctx, node);
    case 'await_expression': {
      const awaited = named(node)[0] ?? null;
      if (typeOf(ctx, awaited) !== 'taskref') ctx.write('await ');
      else ctx.write(`await ${RT}.task(`);
      expr(ctx, awaited);
      return typeOf(ctx, awaited) === 'taskref' ? ctx.write(')') : undefined;
    }
    case 'assignment_expression':
      return assignment(ctx, node);
    case 'binary_expression':
      return binary(ctx, node);
    case 'prefix_unary_expression':
      ctx.write(node.child(0)?.text ?? '');
      return expr(ctx, named(node)[0] ?? null);
    case 'postfix_unary_expression':
      return postfix(ctx, node);
    case 'conditional_expression':
      expr(ctx, field(node, 'condition'));
      ctx.write(' ? ');
      expr(ctx, field(node, 'consequence'));
      ctx.write(' : ');
      return expr(ctx, field(node, 'alternative'));
    case 'lambda_expression':
      return lambda(ctx, node);
    case 'is_pattern_expression':
      return isPattern(ctx, node);
    case 'is_expression':
      // `e is T` where T could also read as a constant (the grammar's choice before `?`).
      ctx.write(`${RT}.is(`);
      expr(ctx, field(node, 'left'));
      return ctx.write(`, ${typeRef(ctx, field(node, 'right'))})`);
    case 'as_expression':
      ctx.write(`${RT}.as(`);
      expr(ctx, field(node, 'left'));
      return ctx.write(`, ${typeRef(ctx, field(node, 'right'))})`);
    case 'cast_expression':
      return cast(ctx, node);
    case 'throw_expression':
      ctx.write(`${RT}.throw(`);
      expr(ctx, named(node)[0] ?? null);
      return ctx.write(')');
    case 'default_expression':
      return ctx.write('null');
    case 'tuple_expression':
      return tuple(ctx, node);
    case 'generic_name':
      return ctx.write(jsName(named(node)[0]?.text ?? node.text));
    case 'predefined_type':
      return ctx.unsupported(
        node,
        `The type name \`${node.text}\` used as a value`,
        'Call one of its methods, e.g. `int.Parse(s)`.',
      );
    default:
      return unsupportedExpression(ctx, node);
  }
}

const NEAREST: Record<string, [string, string]> = {
  switch_expression: ['A switch expression', 'Use a `switch` statement or `?:`.'],
  with_expression: ['A `with` expression', 'Create the new object with `new T { … }`.'],
  query_expression: ['LINQ query syntax (`from … select`)', 'Use method syntax: `db.Orders.Where(o => …)`.'],
  anonymous_method_expression: ['An anonymous method (`delegate { }`)', 'Use a lambda: `x => …`.'],
  typeof_expression: ['`typeof`', 'Compare with `is T` instead.'],
  declaration_expression: [
    'An `out var` declaration',
    'Declare the variable first and return the value instead.',
  ],
  range_expression: ['A range (`..`)', 'Use `Skip`/`Take`.'],
  checked_expression: ['`checked`/`unchecked`', 'Write the arithmetic without it.'],
};

function unsupportedExpression(ctx: LowerContext, node: Node): void {
  const [what, nearest] = NEAREST[node.type] ?? [
    `The expression \`${node.text.slice(0, 40)}\` (${node.type})`,
    'Rewrite it with the subset in the C# guide.',
  ];
  ctx.unsupported(node, what, nearest);
}

function identifier(ctx: LowerContext, node: Node): void {
  const name = node.text;
  const symbol = ctx.lookup(name);
  if (symbol?.kind === 'member') return ctx.write(`this.${jsName(name)}`);
  if (symbol?.kind === 'staticMember') return ctx.write(`${ctx.currentClass!.name}$().${jsName(name)}`);
  if (!symbol && ctx.classes.has(name)) return ctx.write(`${name}$()`);
  if (!symbol && !isKnownName(name) && !ctx.localFunctions.has(name)) {
    // Never a JavaScript ReferenceError at run time: an unknown name is refused on its line.
    ctx.error(
      node,
      `\`${name}\` is not declared, and the playground has no global of that name. Declare it first; the injected services are \`db\`, \`factory\`, \`scopes\` and \`app\` (\`app.Services\` stands for \`builder.Services\`).`,
    );
    return ctx.write('undefined');
  }
  ctx.write(jsName(name));
}

function conditionalAccess(ctx: LowerContext, node: Node): void {
  expr(ctx, field(node, 'condition'));
  const binding = named(node).at(-1);
  if (binding?.type === 'member_binding_expression') {
    const name = field(binding, 'name')?.text ?? '';
    ctx.write(`?.${name === 'Count' || name === 'Length' ? 'length' : jsName(name)}`);
  } else if (binding?.type === 'element_binding_expression') {
    ctx.write('?.[');
    args(ctx, named(named(binding)[0] ?? binding));
    ctx.write(']');
  } else if (binding) {
    unsupportedExpression(ctx, binding);
  }
}

function elementAccess(ctx: LowerContext, node: Node): void {
  expr(ctx, field(node, 'expression'));
  ctx.write('[');
  const sub = field(node, 'subscript');
  args(ctx, sub ? named(sub) : []);
  ctx.write(']');
}

/** Comma-separated `argument` nodes (or bare expressions). */
export function args(ctx: LowerContext, nodes: Node[]): void {
  nodes.forEach((a, i) => {
    if (i > 0) ctx.write(', ');
    if (a.type !== 'argument') return expr(ctx, a);
    const parts = named(a);
    const byRef = kids(a).some((k) => k.text === 'out' || k.text === 'ref');
    const declared = parts[0]?.type === 'declaration_expression' ? field(parts[0], 'type') : null;
    if (!byRef && parts.length === 1 && declared?.type === 'pointer_type') {
      // `Skip(page * size)`: the grammar reads `page* size` as a pointer declaration; without
      // `out` C# has only the multiplication.
      expr(ctx, named(declared)[0] ?? null);
      ctx.write(' * ');
      return expr(ctx, field(parts[0], 'name'));
    }
    if (parts.length !== 1 || byRef) {
      return ctx.unsupported(a, 'A named, `ref` or `out` argument', 'Pass the value by position.');
    }
    expr(ctx, parts[0]);
  });
}

function assignment(ctx: LowerContext, node: Node): void {
  const left = field(node, 'left');
  const op = field(node, 'operator')?.text ?? '=';
  if (left?.type === 'identifier' && left.text === '_' && op === '=' && !ctx.lookup('_')) {
    ctx.write('void (');
    expr(ctx, field(node, 'right'));
    return ctx.write(')');
  }
  if ((op === '/=' || op === '%=') && typeOf(ctx, left) === 'int' && ctx.exprTree === 0) {
    expr(ctx, left);
    ctx.write(` = ${RT}.${op === '/=' ? 'idiv' : 'irem'}(`);
    expr(ctx, left);
    ctx.write(', ');
    expr(ctx, field(node, 'right'));
    return ctx.write(')');
  }
  expr(ctx, left);
  ctx.write(` ${op} `);
  expr(ctx, field(node, 'right'));
}

function binary(ctx: LowerContext, node: Node): void {
  const op = field(node, 'operator')?.text ?? '';
  const left = field(node, 'left');
  const right = field(node, 'right');
  if (
    (op === '/' || op === '%') &&
    ctx.exprTree === 0 &&
    typeOf(ctx, left) === 'int' &&
    typeOf(ctx, right) === 'int'
  ) {
    // C#: integer division truncates, and dividing by zero throws DivideByZeroException.
    ctx.write(`${RT}.${op === '/' ? 'idiv' : 'irem'}(`);
    expr(ctx, left);
    ctx.write(', ');
    expr(ctx, right);
    return ctx.write(')');
  }
  if ((op === '==' || op === '!=') && (typeOf(ctx, left) === 'taskref' || typeOf(ctx, right) === 'taskref')) {
    // Which task WhenAny returned: compare the tasks, not the references.
    ctx.write(`${op === '!=' ? '!' : ''}${RT}.same(`);
    expr(ctx, left);
    ctx.write(', ');
    expr(ctx, right);
    return ctx.write(')');
  }
  if (
    op === '+' &&
    ctx.exprTree === 0 &&
    (typeOf(ctx, left) === 'string' || typeOf(ctx, right) === 'string')
  ) {
    // C# concatenation prints null as "" and true as "True".
    stringOperand(ctx, left);
    ctx.write(' + ');
    return stringOperand(ctx, right);
  }
  expr(ctx, left);
  ctx.write(` ${op} `);
  expr(ctx, right);
}

function stringOperand(ctx: LowerContext, node: Node | null): void {
  const t = typeOf(ctx, node);
  if (
    t === 'int' ||
    node?.type === 'string_literal' ||
    node?.type === 'interpolated_string_expression' ||
    node?.type === 'binary_expression'
  ) {
    return expr(ctx, node);
  }
  ctx.write(`${RT}.str(`);
  expr(ctx, node);
  ctx.write(')');
}

function postfix(ctx: LowerContext, node: Node): void {
  const op = node.child(node.childCount - 1)?.text ?? '';
  expr(ctx, named(node)[0] ?? null);
  // `x!` (null-forgiving) is a compile-time assertion only.
  if (op !== '!') ctx.write(op);
}

/**
 * `(a, b)` and `(x: a, y: b)`: a tuple (an array with Item1…, element names, and C#'s `(a, b)`
 * ToString). Names come from the literal, else from the enclosing function's return type.
 */
function tuple(ctx: LowerContext, node: Node): void {
  const elements = named(node).filter((a) => a.type === 'argument');
  const names = elements.map((a, i) => field(a, 'name')?.text ?? ctx.returnTuple?.[i] ?? null);
  ctx.write(`${RT}.tuple(${JSON.stringify(names.some((n) => n) ? names : null)}`);
  for (const a of elements) {
    ctx.write(', ');
    expr(ctx, named(a).at(-1) ?? null);
  }
  ctx.write(')');
}

/** Element names of a tuple type, looking inside `Task<…>`: `Task<(int c, int o)>` → [c, o]. */
export function tupleNames(type: Node | null): string[] | null {
  if (!type) return null;
  if (type.type === 'tuple_type') return named(type).map((e) => field(e, 'name')?.text ?? '');
  if (type.type === 'generic_name') {
    const list = named(type).find((c) => c.type === 'type_argument_list');
    return list ? tupleNames(named(list)[0] ?? null) : null;
  }
  return null;
}
