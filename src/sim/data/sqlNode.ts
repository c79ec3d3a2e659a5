/**
 * SQL fragments with operator precedence, and EF Core's SQLite parenthesization and literals.
 *
 * Parentheses follow EF Core's QuerySqlGenerator: a child is wrapped when it binds looser than its
 * parent, or equally loose unless both are the same associative operator (baseline:
 * `(instr(…) - 1) + 2`); AND inside OR is always wrapped (`a OR (b AND c)`); NOT always prints
 * `NOT (x)`. SQLite's `||` binds tighter than arithmetic.
 */
import type { PropertyDef, PropertyType } from './modelTypes.ts';
import { toDbValue } from './sqlValue.ts';

export const PREC = {
  primary: 1100,
  concat: 1000,
  unary: 950,
  multiplicative: 900,
  additive: 800,
  comparison: 500,
  not: 300,
  and: 200,
  or: 100,
} as const;

const ASSOCIATIVE = new Set(['+', '*', '||', 'AND', 'OR']);

/** A translated SQL expression. */
export interface SqlNode {
  sql: string;
  prec: number;
  /** The operator at the top (`AND`, `=`, `+`…), or '' for primary expressions. */
  op: string;
  /** Value type, or 'bool' for predicates. */
  type: PropertyType | null;
  /** Could be NULL at run time (drives C# null-semantics compensation for `<>`). */
  nullable: boolean;
  /** Set when the node is exactly a mapped column. */
  column?: PropertyDef;
  /** The SQL NULL literal (a null constant or a captured variable that is null). */
  isNull?: boolean;
  /** A predicate folded to a constant (EF's SqlNullabilityProcessor: `"c"."Name" = NULL` on a required column is false). */
  truth?: boolean;
  /** `column = constant` / `column <> constant`, or an IN list built from them (merged by {@link logical}). */
  inList?: { column: string; negated: boolean; values: string[] };
  /** The node's own negation when SQL has one (`NOT LIKE`, `NOT IN`); otherwise `NOT (…)`. */
  negate?: () => SqlNode;
}

/** Wraps `child` in parentheses if it binds looser than `parentOp` at `parentPrec` requires. */
export function operand(child: SqlNode, parentPrec: number, parentOp: string): string {
  const needs =
    child.prec < parentPrec ||
    (child.prec === parentPrec && !(ASSOCIATIVE.has(parentOp) && child.op === parentOp)) ||
    (parentOp === 'OR' && child.op === 'AND');
  return needs ? `(${child.sql})` : child.sql;
}

/** A binary SQL expression. */
export function binary(
  op: string,
  prec: number,
  left: SqlNode,
  right: SqlNode,
  type: PropertyType | null,
  nullable: boolean,
): SqlNode {
  return { sql: `${operand(left, prec, op)} ${op} ${operand(right, prec, op)}`, prec, op, type, nullable };
}

/** A predicate that is constantly true or false: EF prints `1` / `0` (a WHERE that is true disappears). */
export function truthNode(value: boolean): SqlNode {
  return { sql: value ? '1' : '0', prec: PREC.primary, op: '', type: 'bool', nullable: false, truth: value };
}

/**
 * `column IN (values)` / `column NOT IN (values)`: EF Core's SqlExpressionSimplifyingExpressionVisitor
 * turns `a = 1 OR a = 2` into `a IN (1, 2)` and `a <> 1 AND a <> 2` into `a NOT IN (1, 2)` when the
 * compared values are constants (parameters are left alone: `a = @p OR a = @p1`).
 */
export function inNode(column: string, negated: boolean, values: string[], mergeable = true): SqlNode {
  return {
    sql: `${column} ${negated ? 'NOT IN' : 'IN'} (${values.join(', ')})`,
    prec: PREC.comparison,
    op: 'IN',
    type: 'bool',
    nullable: false,
    ...(mergeable ? { inList: { column, negated, values } } : {}),
    negate: () => inNode(column, !negated, values, mergeable),
  };
}

/** `a AND b` / `a OR b`, folding constant predicates and merging equalities on one column into IN. */
export function logical(op: 'AND' | 'OR', left: SqlNode, right: SqlNode): SqlNode {
  const absorbing = op === 'OR';
  if (left.truth !== undefined) return left.truth === absorbing ? left : right;
  if (right.truth !== undefined) return right.truth === absorbing ? right : left;
  const a = left.inList;
  const b = right.inList;
  if (a && b && a.column === b.column && a.negated === b.negated && a.negated === (op === 'AND')) {
    return inNode(a.column, a.negated, [...a.values, ...b.values]);
  }
  return binary(op, op === 'AND' ? PREC.and : PREC.or, left, right, 'bool', false);
}

/** `NOT (x)`, as EF Core prints it for SQLite (or the node's own negation: `NOT LIKE`, `NOT IN`, a flipped constant). */
export function not(node: SqlNode): SqlNode {
  if (node.truth !== undefined) return truthNode(!node.truth);
  if (node.negate) return node.negate();
  return { sql: `NOT (${node.sql})`, prec: PREC.not, op: 'NOT', type: 'bool', nullable: node.nullable };
}

/** A primary expression (column, parameter, literal, function call). */
export function primary(
  sql: string,
  type: PropertyType | null,
  nullable: boolean,
  extra: Partial<SqlNode> = {},
): SqlNode {
  return { sql, prec: PREC.primary, op: '', type, nullable, ...extra };
}

/** A string literal with single quotes doubled. */
export function stringLiteral(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/**
 * EF Core's SQLite literal for a constant: strings quoted, bools 1/0 (SqliteBoolTypeMapping),
 * doubles always with a decimal point (`100.0`, baseline `> 100.0`), ints bare, null `NULL`.
 */
export function literal(value: unknown, type: PropertyType): string {
  if (value === null || value === undefined) return 'NULL';
  switch (type) {
    case 'bool':
      return value ? '1' : '0';
    case 'double': {
      // DoubleTypeMapping: ToString("G17"), plus `.0` when that has no point or exponent
      // (`0.1` → `0.10000000000000001`, `100` → `100.0`; conformance q-literals).
      const text = formatG17(Number(value));
      return /[.E]|NaN|Infinity/.test(text) ? text : `${text}.0`;
    }
    case 'int':
      return String(Number(value));
    case 'datetime':
      return stringLiteral(String(toDbValue(value, 'datetime')));
    case 'string':
      return stringLiteral(String(value));
  }
}

/** .NET's `double.ToString("G17", InvariantCulture)`: 17 significant digits, trailing zeros dropped. */
export function formatG17(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '-∞';
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  const [mantissa, e] = x.toExponential(16).split('e');
  const exponent = Number(e);
  const sign = mantissa.startsWith('-') ? '-' : '';
  const digits = mantissa.replace('-', '').replace('.', '').replace(/0+$/, '');
  if (exponent >= 17 || exponent < -5) {
    const rest = digits.slice(1);
    const exp = String(Math.abs(exponent)).padStart(2, '0');
    return `${sign}${digits[0]}${rest ? `.${rest}` : ''}E${exponent < 0 ? '-' : '+'}${exp}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
  const frac = digits.slice(exponent + 1);
  return `${sign}${whole}${frac ? `.${frac}` : ''}`;
}

/** Escapes LIKE wildcards the way EF Core does (`\` as the escape character). */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
