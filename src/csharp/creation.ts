/**
 * `new`: entity initializers become the constructor's init object (`new Customer({ Id: 1 })`),
 * lists and arrays become array literals, declared classes go through their hoisted builder
 * (`new (Svc$())(…)`), and .NET exceptions the simulator does not define are made by name.
 */
import type { Node } from 'web-tree-sitter';
import type { LowerContext } from './context.ts';
import { args, expr } from './expressions.ts';
import { jsName, RT, SIM_CLASSES } from './names.ts';
import { field, headName, kids, named } from './nodes.ts';
import { typeFromText } from './csTypes.ts';
import { typeOf } from './typing.ts';

/** Pairs of an initializer (`{ A = 1, B = x }`) as an object literal. */
function objectInit(ctx: LowerContext, init: Node): void {
  ctx.write('{ ');
  named(init).forEach((a, i) => {
    if (i > 0) ctx.write(', ');
    const left = field(a, 'left');
    if (a.type !== 'assignment_expression' || left?.type !== 'identifier') {
      return ctx.unsupported(a, 'This initializer entry', 'Use `Name = value` entries.');
    }
    ctx.sync(a);
    ctx.write(`${jsName(left.text)}: `);
    const right = field(a, 'right');
    // `Orders = { new Order { … } }` adds to the new object's (empty) collection: a list literal.
    if (right?.type === 'initializer_expression') elements(ctx, right);
    else expr(ctx, right);
  });
  ctx.write(' }');
}

function elements(ctx: LowerContext, init: Node | null): void {
  ctx.write('[');
  if (init) args(ctx, named(init));
  ctx.write(']');
}

/** `new T(args) { … }`. */
export function lowerCreation(ctx: LowerContext, node: Node): void {
  const typeNode = field(node, 'type');
  const init = field(node, 'initializer');
  const argNodes = field(node, 'arguments') ? named(field(node, 'arguments')!) : [];
  const name = typeNode ? headName(typeNode) : '';
  const isObjectInit = init !== null && named(init).every((a) => a.type === 'assignment_expression');
  if (['List', 'HashSet', 'Collection'].includes(name)) {
    if (init) return elements(ctx, init);
    if (argNodes.length && typeOf(ctx, named(argNodes[0])[0] ?? null) !== 'int') {
      ctx.write('[...');
      args(ctx, argNodes);
      return ctx.write(']');
    }
    return ctx.write('[]');
  }
  if (name === 'ParallelOptions') return init ? objectInit(ctx, init) : ctx.write('{}');
  if (name === 'DateTime') {
    ctx.write(`${RT}.dateTime(`);
    args(ctx, argNodes);
    return ctx.write(')');
  }
  const entity =
    SIM_CLASSES.has(name) &&
    !/Exception$/.test(name) &&
    name !== 'AppDb' &&
    name !== 'DbContextOptionsBuilder';
  if (entity && argNodes.length) {
    return ctx.unsupported(
      node,
      `\`new ${name}(…)\` with arguments`,
      `The model's entities have no such constructor: use an initializer, \`new ${name} { Id = 1, … }\`.`,
    );
  }
  if (name === 'DbContextOptionsBuilder' || (SIM_CLASSES.has(name) && !/Exception$/.test(name))) {
    ctx.write(`new ${name}(`);
    if (isObjectInit && init && named(init).length) objectInit(ctx, init);
    else args(ctx, argNodes);
    return ctx.write(')');
  }
  if (/Exception$/.test(name) && !ctx.classes.has(name)) {
    if (SIM_CLASSES.has(name)) ctx.write(`new ${name}(`);
    else ctx.write(`${RT}.exception(${JSON.stringify(name)}${argNodes.length ? ', ' : ''}`);
    args(ctx, argNodes);
    return ctx.write(')');
  }
  if (ctx.classes.has(name)) {
    if (init) ctx.write(`${RT}.init(`);
    ctx.write(`new (${name}$())(`);
    args(ctx, argNodes);
    ctx.write(')');
    if (init) {
      ctx.write(', ');
      objectInit(ctx, init);
      ctx.write(')');
    }
    return;
  }
  const what = name === 'Dictionary' ? 'Dictionary<K, V>' : `The type \`${typeNode?.text ?? '?'}\``;
  ctx.unsupported(
    node,
    `${what}`,
    'The playground knows its model classes, List<T>, arrays, anonymous objects and the classes and records you declare.',
  );
}

/** `new { Id = 7, c.Name }` → `{ Id: 7, Name: c.Name }`. */
export function lowerAnonymousObject(ctx: LowerContext, node: Node): void {
  ctx.write('{ ');
  const parts = kids(node).filter((k) => k.type !== 'new' && k.type !== '{' && k.type !== '}');
  let first = true;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part.type === ',') continue;
    if (!first) ctx.write(', ');
    first = false;
    if (parts[i + 1]?.type === '=') {
      ctx.write(`${jsName(part.text)}: `);
      expr(ctx, parts[i + 2] ?? null);
      i += 2;
    } else {
      const key = part.type === 'member_access_expression' ? (field(part, 'name')?.text ?? '') : part.text;
      ctx.write(`${jsName(key)}: `);
      expr(ctx, part);
    }
  }
  ctx.write(' }');
}

/** `new[] { … }`, `new int[] { … }`, `[a, b]`. */
export function lowerArrayLiteral(ctx: LowerContext, node: Node): void {
  if (node.type === 'collection_expression') {
    ctx.write('[');
    args(ctx, named(node));
    return ctx.write(']');
  }
  const init = named(node).find((c) => c.type === 'initializer_expression') ?? null;
  const arrayType = field(node, 'type');
  const rank = arrayType ? named(arrayType).filter((c) => c.type === 'array_rank_specifier') : [];
  const size = rank.length === 1 ? named(rank[0]) : [];
  if (!init && size.length === 1 && arrayType) {
    // `new int[n]`: n default values (0 for numbers, false for bool, null for references).
    const element = typeFromText(field(arrayType, 'type')?.text ?? '', new Set());
    const fill = element === 'int' || element === 'double' ? '0' : element === 'bool' ? 'false' : 'null';
    ctx.write('Array.from({ length: ');
    expr(ctx, size[0]);
    return ctx.write(` }, () => ${fill})`);
  }
  if (!init)
    return ctx.unsupported(
      node,
      'An array created by size',
      'List its elements: `new[] { 1, 2, 3 }`, or use `new List<T>()`.',
    );
  elements(ctx, init);
}
