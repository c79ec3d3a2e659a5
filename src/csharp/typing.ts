/**
 * `typeOf`: the static type of a C# expression, as far as the lowering needs it (csTypes.ts).
 * Unknown is a fine answer: it only means no int division and no list-specific rewriting.
 */
import type { Node } from 'web-tree-sitter';
import type { LowerContext } from './context.ts';
import {
  DBSET_NAMES,
  INT_RESULTS,
  isIntMemberName,
  LIST_RESULTS,
  QUERY_CHAIN,
  typeFromText,
  type CsType,
} from './csTypes.ts';
import { ENTITY_CLASSES } from './names.ts';
import { field, headName, named } from './nodes.ts';

/** Operators that give one entity of a query (awaited when async). */
const ENTITY_RESULTS: ReadonlySet<string> = new Set(
  ['First', 'FirstOrDefault', 'Single', 'SingleOrDefault', 'Find'].flatMap((n) => [n, `${n}Async`]),
);
/** Members and calls that give an object of EF Core's API, whose `Clear`, `Add`… are not LINQ. */
const API_MEMBERS: ReadonlySet<string> = new Set([
  'ChangeTracker',
  'Database',
  'CurrentValues',
  'OriginalValues',
  'DebugView',
]);
const API_RESULTS: ReadonlySet<string> = new Set(['Entry', 'Property', 'Reference', 'Collection']);

export function classNames(ctx: LowerContext): ReadonlySet<string> {
  return new Set(ctx.classes.keys());
}

/** The type a method of this name returns once awaited (or directly when sync). */
function resultOf(ctx: LowerContext, call: Node): CsType {
  const fn = field(call, 'function');
  if (!fn) return 'unknown';
  if (fn.type === 'identifier' || fn.type === 'generic_name') {
    return ctx.functionResults.get(headName(fn)) ?? 'unknown';
  }
  if (fn.type !== 'member_access_expression') return 'unknown';
  const name = headName(field(fn, 'name') ?? fn);
  if (LIST_RESULTS.has(name)) return 'seq';
  if (INT_RESULTS.has(name)) return 'int';
  if (ENTITY_RESULTS.has(name) && typeOf(ctx, field(fn, 'expression')) === 'query') return 'entity';
  if (name === 'WhenAny') return 'taskref';
  return 'unknown';
}

export function typeOf(ctx: LowerContext, node: Node | null): CsType {
  if (!node) return 'unknown';
  switch (node.type) {
    case 'integer_literal':
      return 'int';
    case 'real_literal':
      return 'double';
    case 'string_literal':
    case 'verbatim_string_literal':
    case 'raw_string_literal':
    case 'interpolated_string_expression':
    case 'character_literal':
      return 'string';
    case 'boolean_literal':
      return 'bool';
    case 'identifier':
      return ctx.lookup(node.text)?.type ?? 'unknown';
    case 'parenthesized_expression':
      return typeOf(ctx, named(node)[0] ?? null);
    case 'await_expression': {
      const inner = named(node)[0];
      return inner?.type === 'invocation_expression' ? resultOf(ctx, inner) : 'unknown';
    }
    case 'invocation_expression':
      return invocationType(ctx, node);
    case 'member_access_expression':
      return memberType(ctx, node);
    case 'object_creation_expression': {
      const t = field(node, 'type');
      if (t && ENTITY_CLASSES.has(t.text)) return 'entity';
      return t ? typeFromText(t.text, classNames(ctx)) : 'unknown';
    }
    case 'array_creation_expression':
    case 'implicit_array_creation_expression':
    case 'collection_expression':
      return 'seq';
    case 'cast_expression':
      return typeFromText(field(node, 'type')?.text ?? '', classNames(ctx));
    case 'prefix_unary_expression': {
      const op = node.child(0)?.text;
      return op === '!' ? 'bool' : typeOf(ctx, named(node)[0] ?? null);
    }
    case 'postfix_unary_expression':
      return typeOf(ctx, named(node)[0] ?? null);
    case 'conditional_expression': {
      const a = typeOf(ctx, field(node, 'consequence'));
      return a === typeOf(ctx, field(node, 'alternative')) ? a : 'unknown';
    }
    case 'binary_expression':
      return binaryType(ctx, node);
    case 'is_pattern_expression':
    case 'is_expression':
      return 'bool';
    default:
      return 'unknown';
  }
}

function invocationType(ctx: LowerContext, node: Node): CsType {
  const fn = field(node, 'function');
  if (fn?.type !== 'member_access_expression') return fn ? 'task' : 'unknown';
  const name = headName(field(fn, 'name') ?? fn);
  const recv = typeOf(ctx, field(fn, 'expression'));
  if (name.endsWith('Async')) return name === 'AsAsyncEnumerable' ? 'unknown' : 'task';
  if (LIST_RESULTS.has(name) || name === 'Entries') return 'seq';
  if (API_RESULTS.has(name)) return 'api';
  if (ENTITY_RESULTS.has(name) && recv === 'query') return 'entity';
  if (name === 'Count' || name === 'IndexOf') return 'int';
  if (name === 'Any' || name === 'All' || name === 'Contains') return 'bool';
  if (recv === 'query' && QUERY_CHAIN.has(name)) return 'query';
  if (name === 'Set') return 'query';
  if (
    recv === 'seq' &&
    ['Where', 'Select', 'OrderBy', 'OrderByDescending', 'Take', 'Skip', 'Distinct'].includes(name)
  )
    return 'seq';
  if (fn.child(0)?.text === 'Task') return 'task';
  return 'unknown';
}

function memberType(ctx: LowerContext, node: Node): CsType {
  const name = field(node, 'name')?.text ?? '';
  const recvNode = field(node, 'expression');
  const recv = typeOf(ctx, recvNode);
  // `c.Orders` on an entity is its collection navigation (a list); on anything else, a DbSet.
  if (DBSET_NAMES.has(name)) return recv === 'entity' ? 'seq' : 'query';
  if (name === 'Count' || name === 'Length') return 'int';
  if (name === 'Message') return 'string';
  if (API_MEMBERS.has(name)) return 'api';
  if (recv.startsWith('class:')) {
    const member = ctx.classes.get(recv.slice(6))?.members.get(name);
    if (member) return member.type;
  }
  return isIntMemberName(name) ? 'int' : 'unknown';
}

function binaryType(ctx: LowerContext, node: Node): CsType {
  const op = field(node, 'operator')?.text ?? '';
  if (['==', '!=', '<', '<=', '>', '>=', '&&', '||'].includes(op)) return 'bool';
  const left = typeOf(ctx, field(node, 'left'));
  const right = typeOf(ctx, field(node, 'right'));
  if (op === '??') return left === right ? left : 'unknown';
  if (op === '+' && (left === 'string' || right === 'string')) return 'string';
  if (['+', '-', '*', '/', '%'].includes(op)) {
    if (left === 'int' && right === 'int') return 'int';
    if ((left === 'double' || left === 'int') && (right === 'double' || right === 'int')) return 'double';
  }
  return 'unknown';
}
