/**
 * Classes and records declared in the snippet. A C# script declares its types after the
 * top-level statements that use them, and a JavaScript class is not hoisted, so each type
 * becomes a hoisted function that builds the class once, on first use:
 *
 *   function Svc$() { return Svc$.c ??= class Svc extends __cs.Obj { constructor(db) { super({ db }); } …
 *
 * References to the type read `Svc$()`. Primary-constructor parameters go through the base
 * class (`__cs.Obj`), so field initializers can read them, as in C#. Records extend
 * `__cs.Record` (value-style ToString). Every member keeps its C# line.
 */
import type { Node } from 'web-tree-sitter';
import type { ClassInfo, LowerContext } from './context.ts';
import { typeFromText, type CsType } from './csTypes.ts';
import { expr } from './expressions.ts';
import { awaitedType, functionBody, parameters, withReturnType } from './functions.ts';
import { jsName, RT, SIM_CLASSES } from './names.ts';
import { field, kids, modifiers, named } from './nodes.ts';

export const TYPE_DECLARATIONS = new Set(['class_declaration', 'record_declaration']);

function primaryParams(node: Node): Node[] {
  const list = named(node).find((c) => c.type === 'parameter_list');
  return list ? named(list).filter((p) => p.type === 'parameter') : [];
}

function members(node: Node): Node[] {
  const body = field(node, 'body');
  return body ? named(body) : [];
}

/** First pass: every declared class, its members and their types (uses may come before the declaration). */
export function collectClass(ctx: LowerContext, node: Node): void {
  const name = field(node, 'name')?.text ?? '';
  const info: ClassInfo = { name, isRecord: node.type === 'record_declaration', members: new Map() };
  ctx.classes.set(name, info);
}

export function collectMembers(ctx: LowerContext, node: Node): void {
  const info = ctx.classes.get(field(node, 'name')?.text ?? '');
  if (!info) return;
  const classes = new Set(ctx.classes.keys());
  const add = (name: string, type: CsType, isStatic: boolean) => info.members.set(name, { type, isStatic });
  for (const p of primaryParams(node))
    add(field(p, 'name')?.text ?? '', typeFromText(field(p, 'type')?.text ?? '', classes), false);
  for (const m of members(node)) {
    const isStatic = modifiers(m).has('static') || modifiers(m).has('const');
    if (m.type === 'field_declaration') {
      const decl = named(m).find((c) => c.type === 'variable_declaration');
      const type = typeFromText(field(decl ?? m, 'type')?.text ?? '', classes);
      for (const d of decl ? named(decl).filter((c) => c.type === 'variable_declarator') : [])
        add(field(d, 'name')?.text ?? '', type, isStatic);
    } else if (m.type === 'property_declaration') {
      add(field(m, 'name')?.text ?? '', typeFromText(field(m, 'type')?.text ?? '', classes), isStatic);
    } else if (m.type === 'method_declaration') {
      add(field(m, 'name')?.text ?? '', 'unknown', isStatic);
    }
  }
}

export function lowerClass(ctx: LowerContext, node: Node): void {
  const name = field(node, 'name')?.text ?? '';
  if (SIM_CLASSES.has(name)) {
    return ctx.error(
      node,
      `\`${name}\` is part of the playground's model (generated from the simulator); a snippet cannot declare it. Use the given \`${name}\`.`,
    );
  }
  if (named(node).some((c) => c.type === 'type_parameter_list')) {
    return ctx.error(
      node,
      "A generic class is not supported yet in the playground's C#. Declare a class for the one type you need.",
    );
  }
  const info = ctx.classes.get(name)!;
  const outer = ctx.currentClass;
  ctx.currentClass = info;
  ctx.push();
  const params = primaryParams(node);
  const paramNames = params.map((p) => jsName(field(p, 'name')?.text ?? ''));
  const base = info.isRecord ? `${RT}.Record` : `${RT}.Obj`;
  ctx.write(`function ${name}$() { return ${name}$.c ??= class ${name} extends ${base} {`);
  const hasExplicitCtor = members(node).some((m) => m.type === 'constructor_declaration');
  if (params.length && hasExplicitCtor)
    ctx.error(
      node,
      'A primary constructor together with another constructor is not supported yet. Keep the primary constructor.',
    );
  if (!hasExplicitCtor)
    ctx.write(` constructor(${paramNames.join(', ')}) { super({ ${paramNames.join(', ')} }); }`);
  for (const member of members(node)) {
    ctx.sync(member);
    ctx.write(' ');
    lowerMember(ctx, member);
  }
  const close = kids(field(node, 'body') ?? node).at(-1);
  if (close) ctx.sync(close);
  ctx.write(' }; }');
  ctx.pop();
  ctx.currentClass = outer;
}

function lowerMember(ctx: LowerContext, m: Node): void {
  const mods = modifiers(m);
  const prefix = mods.has('static') || mods.has('const') ? 'static ' : '';
  switch (m.type) {
    case 'field_declaration': {
      const decl = named(m).find((c) => c.type === 'variable_declaration');
      for (const d of decl ? named(decl).filter((c) => c.type === 'variable_declarator') : []) {
        const nameNode = field(d, 'name');
        const value = named(d).find((c) => c.startIndex !== nameNode?.startIndex) ?? null;
        ctx.write(`${prefix}${jsName(nameNode?.text ?? '')} = `);
        if (value) expr(ctx, value);
        else ctx.write(defaultOf(field(decl!, 'type')?.text ?? ''));
        ctx.write('; ');
      }
      return;
    }
    case 'property_declaration':
      return property(ctx, m, prefix);
    case 'method_declaration':
    case 'constructor_declaration': {
      const isCtor = m.type === 'constructor_declaration';
      const name = isCtor
        ? 'constructor'
        : field(m, 'name')?.text === 'ToString'
          ? 'toString'
          : jsName(field(m, 'name')?.text ?? '');
      ctx.write(`${isCtor ? '' : prefix}${mods.has('async') ? 'async ' : ''}${name}`);
      ctx.push();
      ctx.write(parameters(ctx, field(m, 'parameters')));
      ctx.write(isCtor ? ' { super({}); ' : ' ');
      ctx.withAsync(mods.has('async'), () =>
        withReturnType(ctx, field(m, 'returns'), () => functionBody(ctx, field(m, 'body'))),
      );
      if (isCtor) ctx.write(' }');
      ctx.pop();
      return;
    }
    default:
      ctx.unsupported(
        m,
        `The member \`${m.text.split('\n')[0].slice(0, 40)}\` (${m.type})`,
        'Classes may hold fields, auto-properties, `=>` properties, constructors and methods.',
      );
  }
}

function property(ctx: LowerContext, m: Node, prefix: string): void {
  const name = jsName(field(m, 'name')?.text ?? '');
  const value = field(m, 'value');
  if (value?.type === 'arrow_expression_clause') {
    ctx.write(`${prefix}get ${name}() { return `);
    expr(ctx, named(value)[0] ?? null);
    return ctx.write('; }');
  }
  const accessors = field(m, 'accessors');
  if (
    accessors &&
    named(accessors).some((a) =>
      named(a).some((c) => c.type === 'block' || c.type === 'arrow_expression_clause'),
    )
  ) {
    return ctx.unsupported(
      m,
      'A property with accessor bodies',
      'Use an auto-property (`{ get; set; }`) or `=> expression`.',
    );
  }
  ctx.write(`${prefix}${name} = `);
  if (value) expr(ctx, value);
  else ctx.write(defaultOf(field(m, 'type')?.text ?? ''));
  ctx.write(';');
}

/** C#'s default value of a type: 0 for numbers, false for bool, null otherwise. */
function defaultOf(typeText: string): string {
  const t = typeFromText(typeText, new Set());
  if (typeText.endsWith('?')) return 'null';
  return t === 'int' || t === 'double' ? '0' : t === 'bool' ? 'false' : 'null';
}

/** Functions' awaited result types, for `var x = await F()` (first pass). */
export function collectFunction(ctx: LowerContext, node: Node): void {
  const name = field(node, 'name')?.text;
  if (name) ctx.functionResults.set(name, awaitedType(ctx, field(node, 'type') ?? field(node, 'returns')));
}
