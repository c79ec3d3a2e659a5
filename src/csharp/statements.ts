/** C# statements → TypeScript statements, each on the C# line it came from. */
import type { Node } from 'web-tree-sitter';
import type { LowerContext } from './context.ts';
import { typeFromText } from './csTypes.ts';
import { expr } from './expressions.ts';
import { lowerLocalFunction } from './functions.ts';
import { jsName } from './names.ts';
import { field, hasToken, kids, named } from './nodes.ts';
import { lowerTry } from './tryCatch.ts';
import { typeOf } from './typing.ts';

export function statement(ctx: LowerContext, node: Node): void {
  ctx.sync(node);
  if (ctx.out.midLine && node.type !== 'block') ctx.write(' ');
  const names = node.type === 'block' ? [] : patternVariables(node);
  if (names.length === 0) return statementItself(ctx, node);
  // `x is Order o`: `o` is declared for the statement (a declaration's own scope, or a block
  // around any other statement), on the statement's line.
  const declaration = node.type === 'local_declaration_statement';
  ctx.write(`${declaration ? '' : '{ '}let ${names.map(jsName).join(', ')}; `);
  if (!declaration) ctx.push();
  for (const n of names) ctx.declare(n, { kind: 'local', type: 'unknown' });
  statementItself(ctx, node);
  if (!declaration) {
    ctx.pop();
    ctx.write(' }');
  }
}

const OWNERS = /_statement$|^block$|^lambda_expression$|^local_function_statement$/;

/** The names declared by declaration patterns (`is T name`) in this statement's own expressions. */
function patternVariables(node: Node): string[] {
  return node
    .descendantsOfType('declaration_pattern')
    .filter((p): p is Node => {
      let up = p?.parent ?? null;
      while (up && up.id !== node.id && !OWNERS.test(up.type)) up = up.parent;
      return up?.id === node.id;
    })
    .map((p) => field(p, 'name')?.text ?? '')
    .filter((n) => n && n !== '_');
}

function statementItself(ctx: LowerContext, node: Node): void {
  switch (node.type) {
    case 'block':
      return lowerBlockBody(ctx, node);
    case 'local_declaration_statement':
      return localDeclaration(ctx, node);
    case 'expression_statement':
      expr(ctx, named(node)[0] ?? null);
      return ctx.write(';');
    case 'return_statement': {
      const value = named(node)[0];
      ctx.write(value ? 'return ' : 'return');
      if (value) expr(ctx, value);
      return ctx.write(';');
    }
    case 'if_statement':
      return ifStatement(ctx, node);
    case 'while_statement':
      ctx.write('while (');
      expr(ctx, field(node, 'condition'));
      ctx.write(') ');
      return body(ctx, field(node, 'body'));
    case 'do_statement':
      ctx.write('do ');
      body(ctx, field(node, 'body'));
      ctx.write(' while (');
      expr(ctx, field(node, 'condition'));
      return ctx.write(');');
    case 'for_statement':
      return forStatement(ctx, node);
    case 'foreach_statement':
      return foreachStatement(ctx, node);
    case 'break_statement':
      return ctx.write('break;');
    case 'continue_statement':
      return ctx.write('continue;');
    case 'throw_statement':
      return throwStatement(ctx, node);
    case 'try_statement':
      return lowerTry(ctx, node);
    case 'switch_statement':
      return switchStatement(ctx, node);
    case 'local_function_statement':
      return lowerLocalFunction(ctx, node);
    case 'using_statement':
      return usingStatement(ctx, node);
    case 'empty_statement':
      return ctx.write(';');
    case 'lock_statement':
      return ctx.unsupported(
        node,
        '`lock`',
        'A flow here never runs on two threads at once: remove the lock; to limit concurrency, use `Parallel.ForEachAsync` with `MaxDegreeOfParallelism`.',
      );
    case 'yield_statement':
      return ctx.unsupported(node, 'An iterator (`yield`)', 'Build a `List<T>` and return it.');
    default:
      return ctx.unsupported(
        node,
        `The statement \`${node.text.split('\n')[0].slice(0, 40)}\` (${node.type})`,
        'Rewrite it with the subset in the C# guide.',
      );
  }
}

/** `{ … }` with its own scope; the closing brace stays on its line. */
export function lowerBlockBody(ctx: LowerContext, block: Node): void {
  ctx.write('{');
  ctx.push();
  for (const child of named(block)) statement(ctx, child);
  ctx.pop();
  const close = kids(block).at(-1);
  if (close) ctx.sync(close);
  ctx.write('}');
}

function body(ctx: LowerContext, node: Node | null): void {
  if (!node) return;
  if (node.type === 'block') return lowerBlockBody(ctx, node);
  ctx.push();
  statement(ctx, node);
  ctx.pop();
}

/** `var x = …;`, `int a = 1, b;`, `using var …`, `await using var …`, `const …`. */
function localDeclaration(ctx: LowerContext, node: Node): void {
  const decl = named(node).find((c) => c.type === 'variable_declaration');
  if (!decl) return;
  const isUsing = hasToken(node, 'using');
  const keyword = isUsing ? (hasToken(node, 'await') ? 'await using' : 'using') : 'let';
  declarators(ctx, decl, keyword);
  ctx.write(';');
}

export function declarators(ctx: LowerContext, decl: Node, keyword: string): void {
  const typeNode = field(decl, 'type');
  const declared =
    typeNode && typeNode.type !== 'implicit_type'
      ? typeFromText(typeNode.text, new Set(ctx.classes.keys()))
      : null;
  ctx.write(`${keyword} `);
  named(decl)
    .filter((c) => c.type === 'variable_declarator')
    .forEach((d, i) => {
      if (i > 0) ctx.write(', ');
      const name = field(d, 'name') ?? named(d).find((c) => c.type === 'tuple_pattern') ?? null;
      const value =
        named(d).find((c) => c.startIndex !== name?.startIndex && c.type !== 'bracketed_argument_list') ??
        null;
      if (name?.type === 'tuple_pattern') {
        // `var (a, b) = tuple;` → `let [a, b] = tuple;` (a tuple is an array at run time).
        const parts = named(name).map((n) => n.text);
        ctx.write(`[${parts.map(jsName).join(', ')}] = `);
        expr(ctx, value);
        for (const part of parts) ctx.declare(part, { kind: 'local', type: 'unknown' });
        return;
      }
      if (name?.type !== 'identifier')
        return ctx.unsupported(d, 'This declaration', 'Declare each variable on its own.');
      ctx.write(jsName(name.text));
      if (value) {
        ctx.write(' = ');
        expr(ctx, value);
      }
      ctx.declare(name.text, { kind: 'local', type: declared ?? typeOf(ctx, value) });
    });
}

function ifStatement(ctx: LowerContext, node: Node): void {
  ctx.write('if (');
  expr(ctx, field(node, 'condition'));
  ctx.write(') ');
  body(ctx, field(node, 'consequence'));
  const alternative = field(node, 'alternative');
  if (alternative) {
    const elseToken = kids(node).find((k) => k.type === 'else');
    if (elseToken) ctx.sync(elseToken);
    ctx.write(' else ');
    body(ctx, alternative);
  }
}

function forStatement(ctx: LowerContext, node: Node): void {
  ctx.push();
  ctx.write('for (');
  const init = field(node, 'initializer');
  if (init?.type === 'variable_declaration') declarators(ctx, init, 'let');
  else if (init) expr(ctx, init);
  ctx.write('; ');
  expr(ctx, field(node, 'condition'));
  ctx.write('; ');
  const updates = node.childrenForFieldName('update').filter((u): u is Node => u !== null);
  updates.forEach((u, i) => {
    if (i > 0) ctx.write(', ');
    expr(ctx, u);
  });
  ctx.write(') ');
  body(ctx, field(node, 'body'));
  ctx.pop();
}

function foreachStatement(ctx: LowerContext, node: Node): void {
  const left = field(node, 'left');
  // `foreach (var (a, b) in pairs)`: tuples are arrays (Item1… as properties), so `[a, b]`.
  const names = left?.type === 'tuple_pattern' ? named(left) : [];
  const deconstructs = names.length > 0 && names.every((n) => n.type === 'identifier');
  if (left?.type !== 'identifier' && !deconstructs)
    return ctx.unsupported(
      node,
      'This deconstruction in `foreach`',
      'Loop over the items, `foreach (var item in items)`, or deconstruct into names: `foreach (var (a, b) in pairs)`.',
    );
  ctx.write(hasToken(node, 'await') ? 'for await (const ' : 'for (const ');
  ctx.write(
    deconstructs ? `[${names.map((n) => jsName(n.text)).join(', ')}] of ` : `${jsName(left!.text)} of `,
  );
  expr(ctx, field(node, 'right'));
  ctx.write(') ');
  ctx.push();
  for (const n of names) ctx.declare(n.text, { kind: 'local', type: 'unknown' });
  if (deconstructs) {
    body(ctx, field(node, 'body'));
    return ctx.pop();
  }
  const typeNode = field(node, 'type');
  const type =
    typeNode && typeNode.type !== 'implicit_type'
      ? typeFromText(typeNode.text, new Set(ctx.classes.keys()))
      : 'unknown';
  ctx.declare(left!.text, { kind: 'local', type });
  body(ctx, field(node, 'body'));
  ctx.pop();
}

function throwStatement(ctx: LowerContext, node: Node): void {
  const value = named(node)[0];
  if (value) {
    ctx.write('throw ');
    expr(ctx, value);
    return ctx.write(';');
  }
  const current = ctx.catches.at(-1);
  if (!current)
    return ctx.unsupported(
      node,
      '`throw;` outside a catch block',
      'Throw an exception: `throw new InvalidOperationException("…");`.',
    );
  ctx.write(`throw ${current};`);
}

function switchStatement(ctx: LowerContext, node: Node): void {
  ctx.write('switch (');
  expr(ctx, field(node, 'value'));
  ctx.write(') {');
  const sections = named(field(node, 'body') ?? node).filter((s) => s.type === 'switch_section');
  for (const section of sections) {
    ctx.push();
    for (const part of kids(section)) {
      ctx.sync(part);
      if (part.type === 'case') ctx.write(' case ');
      else if (part.type === 'default') ctx.write(' default');
      else if (part.type === ':') ctx.write(':');
      else if (part.type === 'constant_pattern') expr(ctx, named(part)[0] ?? null);
      else if (part.isNamed && /_statement$|^block$/.test(part.type)) statement(ctx, part);
      else if (part.isNamed)
        ctx.unsupported(
          part,
          `The case pattern \`${part.text}\``,
          'Use constant cases: `case 1:` or `case "x":`.',
        );
    }
    ctx.pop();
  }
  const close = kids(field(node, 'body') ?? node).at(-1);
  if (close) ctx.sync(close);
  ctx.write('}');
}

/** `using (var x = …) body` → `{ using x = …; body }`. */
function usingStatement(ctx: LowerContext, node: Node): void {
  const decl = named(node).find((c) => c.type === 'variable_declaration');
  if (!decl)
    return ctx.unsupported(node, '`using (expression)`', 'Declare the resource: `using var x = …;`.');
  ctx.push();
  ctx.write('{ ');
  declarators(ctx, decl, hasToken(node, 'await') ? 'await using' : 'using');
  ctx.write('; ');
  body(ctx, field(node, 'body'));
  ctx.write(' }');
  ctx.pop();
}
