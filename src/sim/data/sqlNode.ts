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
export function binary(op: string, prec: number, left: SqlNode, right: SqlNode, type: PropertyType | null, nullable: boolean): SqlNode {
  return { sql: `${operand(left, prec, op)} ${op} ${operand(right, prec, op)}`, prec, op, type, nullable };
}

/** `a AND b` / `a OR b`. */
export function logical(op: 'AND' | 'OR', left: SqlNode, right: SqlNode): SqlNode {
  return binary(op, op === 'AND' ? PREC.and : PREC.or, left, right, 'bool', false);
}

/** `NOT (x)`, as EF Core prints it for SQLite. */
export function not(node: SqlNode): SqlNode {
  return { sql: `NOT (${node.sql})`, prec: PREC.not, op: 'NOT', type: 'bool', nullable: node.nullable };
}

/** A primary expression (column, parameter, literal, function call). */
export function primary(sql: string, type: PropertyType | null, nullable: boolean, extra: Partial<SqlNode> = {}): SqlNode {
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
      const n = Number(value);
      return Number.isInteger(n) ? `${n}.0` : String(n);
    }
    case 'int':
      return String(Number(value));
    case 'datetime':
      return stringLiteral(String(toDbValue(value, 'datetime')));
    case 'string':
      return stringLiteral(String(value));
  }
}

/** Escapes LIKE wildcards the way EF Core does (`\` as the escape character). */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
