/**
 * Lambda bodies → SQLite SQL, the way EF Core 10's SQLite provider translates them.
 * The supported shapes are listed in translate.ts; anything else throws {@link Untranslatable},
 * which the caller turns into EF Core's "could not be translated" error.
 */
import type { Expr, Lambda } from '../expression.ts';
import { ClientEvaluationError, type ClientValue, type Funcletized } from './funcletizer.ts';
import type { EntityTypeDef, PropertyType } from './modelTypes.ts';
import type { ParameterSet } from './parameterSet.ts';
import { quoteIdentifier } from './schema.ts';
import {
  binary,
  escapeLike,
  inNode,
  literal,
  logical,
  not,
  primary,
  PREC,
  stringLiteral,
  truthNode,
  type SqlNode,
} from './sqlNode.ts';
import { inferType } from './sqlValue.ts';

/** Internal: the lambda has a shape we (like EF Core) cannot translate. */
export class Untranslatable extends Error {}

/** Where a lambda is translated: its entity type, table alias and the query's parameters. */
export interface LambdaScope {
  lambda: Lambda;
  entityType: EntityTypeDef;
  alias: string;
  params: ParameterSet;
  /** Receives the names of the columns the lambda reads (for projection pruning). */
  usedColumns?: Set<string>;
}

type Operand = { kind: 'sql'; node: SqlNode } | ClientValue;

const COMPARISONS: Record<string, string> = {
  '==': '=',
  '===': '=',
  '!=': '<>',
  '!==': '<>',
  '<': '<',
  '<=': '<=',
  '>': '>',
  '>=': '>=',
};
const INVERSE: Record<string, string> = { '=': '<>', '<>': '=', '<': '>=', '>=': '<', '>': '<=', '<=': '>' };

/** Translates a predicate lambda (Where, First(pred), Count(pred)…) to a search condition. */
export function translatePredicate(scope: LambdaScope): SqlNode {
  return predicate(scope, funcletized(scope).body, false);
}

/** Translates a key selector (OrderBy) to a value expression. */
export function translateValue(scope: LambdaScope): SqlNode {
  return toSql(scope, operandOf(scope, funcletized(scope).body), null);
}

function predicate(scope: LambdaScope, e: Expr, negated: boolean): SqlNode {
  const client = clientValue(scope, e);
  if (client) {
    // Evaluated on the client: a constant condition folds (`WHERE 0`, or no WHERE); a captured one is a bool parameter.
    if (client.name === null && typeof client.value === 'boolean') return truthNode(client.value !== negated);
    const node = toSql(scope, client, 'bool');
    return negated ? not(node) : node;
  }
  if (e.kind === 'unary' && e.op === '!') return predicate(scope, e.operand, !negated);
  if (e.kind === 'binary' && (e.op === '&&' || e.op === '||')) {
    // De Morgan when negated, as EF's SqlNullabilityProcessor rewrites NOT over AND/OR.
    const isAnd = (e.op === '&&') !== negated;
    return logical(
      isAnd ? 'AND' : 'OR',
      predicate(scope, e.left, negated),
      predicate(scope, e.right, negated),
    );
  }
  if (e.kind === 'binary' && e.op in COMPARISONS)
    return comparison(scope, e.left, e.right, COMPARISONS[e.op], negated);
  if (e.kind === 'call') {
    const list = listContains(scope, e, negated);
    if (list) return list;
    const node = stringMethod(scope, e, negated);
    if (node) return node;
  }
  // A boolean value used as a condition: `t => t.IsOpen` → WHERE "t"."IsOpen".
  const node = toSql(scope, operandOf(scope, e), 'bool');
  if (node.type !== 'bool') throw new Untranslatable('not a condition');
  return negated ? not(node) : node;
}

function comparison(scope: LambdaScope, l: Expr, r: Expr, op: string, negated: boolean): SqlNode {
  let left = operandOf(scope, l);
  let right = operandOf(scope, r);
  if (negated) op = INVERSE[op];
  // Put the column side on the left for the special cases below; EF keeps written order otherwise.
  let swapped = false;
  if (left.kind === 'client' && right.kind === 'sql') {
    [left, right] = [right, left];
    swapped = true;
  }
  if (right.kind === 'client' && left.kind === 'sql') {
    // x == null / x != null (a captured variable that is null counts: EF 10 sniffs parameter nullability).
    if (right.value === null || right.value === undefined) {
      if (op !== '=' && op !== '<>') throw new Untranslatable('ordering comparison with null');
      // A column that cannot be NULL: `= NULL` is false, `<> NULL` true (EF prints `WHERE 0` / no WHERE).
      if (!left.node.nullable) return truthNode(op === '<>');
      return {
        ...primary('', 'bool', false),
        sql: `${left.node.sql} IS ${op === '=' ? '' : 'NOT '}NULL`,
        prec: PREC.comparison,
        op: 'IS',
      };
    }
    // Comparing a bool column with true/false simplifies to the column or NOT (column).
    if (
      left.node.type === 'bool' &&
      typeof right.value === 'boolean' &&
      right.name === null &&
      (op === '=' || op === '<>')
    ) {
      const positive = (op === '=') === right.value;
      return positive ? left.node : not(left.node);
    }
  }
  const a = toSql(
    scope,
    left,
    right.kind === 'sql' ? right.node.type : null,
    right.kind === 'sql' ? right.node : null,
  );
  const b = toSql(scope, right, a.type, a);
  if (a.type === 'bool' && a.prec !== PREC.primary) throw new Untranslatable('comparing conditions');
  // Back in written order, with the written operator (`@n < "o"."CustomerId"`, conformance q-capture-more).
  const [x, y] = swapped ? [b, a] : [a, b];
  const finalOp = op;
  const cmp = binary(finalOp, PREC.comparison, x, y, 'bool', false);
  // `column = constant`: a candidate for IN (`a = 1 OR a = 2` → `a IN (1, 2)`).
  const constantSide = swapped ? left : right;
  if (
    (finalOp === '=' || finalOp === '<>') &&
    x.column &&
    !x.nullable &&
    constantSide.kind === 'client' &&
    constantSide.name === null
  ) {
    cmp.inList = { column: x.sql, negated: finalOp === '<>', values: [y.sql] };
  }
  // C# null semantics: `col != value` is also true when the nullable column is NULL.
  if (finalOp === '<>' && x.nullable !== y.nullable && (x.column || y.column)) {
    const nullableSide = x.nullable ? x : y;
    return logical('OR', cmp, {
      ...primary('', 'bool', false),
      sql: `${nullableSide.sql} IS NULL`,
      prec: PREC.comparison,
      op: 'IS',
    });
  }
  return cmp;
}

/**
 * `list.includes(x)` (C# `list.Contains(x)`) → `x IN (…)`: an inline array's elements as they are
 * (constants inline), a captured array expanded into one parameter per element, named after it
 * from 1 (`@ids1, @ids2, @ids3`: EF Core 10's default for parameterized collections); an empty
 * list is false (conformance q-contains-list).
 */
function listContains(
  scope: LambdaScope,
  e: Extract<Expr, { kind: 'call' }>,
  negated: boolean,
): SqlNode | null {
  if (e.method !== 'includes' || e.args.length !== 1) return null;
  const client = clientValue(scope, e.object);
  if (client ? !Array.isArray(client.value) : e.object.kind !== 'array') return null;
  const item = operandOf(scope, e.args[0]);
  if (item.kind !== 'sql') throw new Untranslatable('Contains of a client value');
  const type = item.node.type;
  let values: SqlNode[];
  if (client && client.name !== null) {
    // Padded with the last value to a bucket size (10 above 5 elements…), so few SQL shapes are cached.
    const list = client.value as unknown[];
    const padded =
      list.length === 0
        ? []
        : [...list, ...Array<unknown>(paddingFor(list.length)).fill(list[list.length - 1])];
    values = padded.map((v, i) => {
      if (v === null || v === undefined) return primary('NULL', type, true, { isNull: true });
      const p = scope.params.bind(`${client.name}${i + 1}`, `${client.key}[${i}]`, v, type ?? inferType(v));
      return primary(`@${p.name}`, type, false);
    });
  } else if (client) {
    values = (client.value as unknown[]).map((v) =>
      toSql(scope, { kind: 'client', value: v, name: null, key: '' }, type),
    );
  } else {
    values = (e.object as Extract<Expr, { kind: 'array' }>).elements.map((el) =>
      toSql(scope, operandOf(scope, el), type),
    );
  }
  if (values.length === 0) return truthNode(negated);
  const constants = values.every((v) => !v.sql.startsWith('@'));
  if (values.length === 1) {
    // One value is a comparison: `"c"."Id" = @one1`, `"c"."Id" = 7`.
    const op = negated ? '<>' : '=';
    const cmp = binary(op, PREC.comparison, item.node, values[0], 'bool', false);
    if (constants) cmp.inList = { column: item.node.sql, negated, values: [values[0].sql] };
    return cmp;
  }
  return inNode(
    item.node.sql,
    negated,
    values.map((v) => v.sql),
    constants,
  );
}

/**
 * How many parameters EF Core 10 adds to a parameterized collection of `count` values (repeating
 * the last): none up to 5, then up to a multiple of 10 (6 → 10, 11 → 20, 12 → 20: conformance
 * q-contains-padding, q-contains-list-edge). The larger buckets (50 up to 750, then 100) follow
 * EF's CalculateParameterBucketSize and are not checked by a scenario.
 */
function paddingFor(count: number): number {
  const bucket = count <= 5 ? 1 : count <= 150 ? 10 : count <= 750 ? 50 : 100;
  return (bucket - (count % bucket)) % bucket;
}

/** `includes` / `startsWith` / `endsWith` → instr / LIKE, as EF Core 10's SqliteStringMethodTranslator. */
function stringMethod(
  scope: LambdaScope,
  e: Extract<Expr, { kind: 'call' }>,
  negated: boolean,
): SqlNode | null {
  if (!['includes', 'startsWith', 'endsWith'].includes(e.method)) return null;
  if (e.args.length !== 1) throw new Untranslatable('string method arity');
  const target = toSql(scope, operandOf(scope, e.object), 'string');
  if (target.type !== 'string') throw new Untranslatable('string method on a non-string');
  const arg = operandOf(scope, e.args[0]);
  if (e.method === 'includes') {
    // Baselines: `instr("b"."String", 'eattl') > 0`, `instr(…, @pattern) > 0`, negated `<= 0`.
    const pattern = toSql(scope, arg, 'string');
    const call = primary(`instr(${target.sql}, ${pattern.sql})`, 'int', target.nullable);
    return binary(negated ? '<=' : '>', PREC.comparison, call, primary('0', 'int', false), 'bool', false);
  }
  const starts = e.method === 'startsWith';
  let like: SqlNode;
  if (arg.kind === 'client' && arg.name === null) {
    // A constant pattern is inlined: `LIKE 'Se%'`; wildcards in it are escaped with ESCAPE '\'.
    const text = String(arg.value ?? '');
    // An empty constant pattern is always true: no condition at all (conformance q-string-edge).
    if (text === '') return truthNode(!negated);
    const escaped = escapeLike(text);
    const pattern = starts ? `${escaped}%` : `%${escaped}`;
    const escapeClause = escaped !== text ? " ESCAPE '\\'" : '';
    like = likeNode(target.sql, stringLiteral(pattern) + escapeClause);
  } else if (arg.kind === 'client') {
    // A captured pattern becomes `@pattern_startswith='Se%'`, always with ESCAPE '\'.
    if (typeof arg.value !== 'string') throw new Untranslatable('non-string pattern');
    const suffix = starts ? 'startswith' : 'endswith';
    const escaped = escapeLike(arg.value);
    const p = scope.params.bind(
      `${arg.name}_${suffix}`,
      `${arg.key}:${suffix}`,
      starts ? `${escaped}%` : `%${escaped}`,
      'string',
    );
    like = likeNode(target.sql, `@${p.name} ESCAPE '\\'`);
  } else {
    // A pattern from the row: `substr(x, 1, length(p)) = p OR p = ''` (EndsWith: `substr(x, -length(p))`),
    // negated by De Morgan (conformance q-string-edge).
    const pattern = toSql(scope, arg, 'string');
    if (pattern.type !== 'string') throw new Untranslatable('non-string pattern');
    const start = starts ? `1, length(${pattern.sql})` : `-length(${pattern.sql})`;
    const head = primary(`substr(${target.sql}, ${start})`, 'string', target.nullable);
    const eq = negated ? '<>' : '=';
    const matches = binary(eq, PREC.comparison, head, pattern, 'bool', false);
    const empty = binary(eq, PREC.comparison, pattern, primary("''", 'string', false), 'bool', false);
    return logical(negated ? 'AND' : 'OR', matches, empty);
  }
  return negated ? not(like) : like;
}

/** `x LIKE pattern`, negated as `x NOT LIKE pattern` (EF Core's LikeExpression under NOT). */
function likeNode(target: string, pattern: string): SqlNode {
  const node = (negated: boolean): SqlNode => ({
    ...primary('', 'bool', false),
    sql: `${target} ${negated ? 'NOT LIKE' : 'LIKE'} ${pattern}`,
    prec: PREC.comparison,
    op: 'LIKE',
    negate: () => node(!negated),
  });
  return node(false);
}

/** Classifies an expression: SQL (touches the row) or a client value (constant / captured). */
function operandOf(scope: LambdaScope, e: Expr): Operand {
  const client = clientValue(scope, e);
  if (client) return client;
  return { kind: 'sql', node: sqlValue(scope, e) };
}

/** The lambda after EF's funcletizer (funcletizer.ts): its simplified body and client-evaluated roots. */
function funcletized(scope: LambdaScope): Funcletized {
  try {
    return scope.params.rootsOf(scope.lambda);
  } catch (err) {
    if (err instanceof ClientEvaluationError) throw new Untranslatable(err.message);
    throw err;
  }
}

/** A client-evaluated root (constants, captured values and expressions on them), or null. */
function clientValue(scope: LambdaScope, e: Expr): ClientValue | null {
  return funcletized(scope).roots.get(e) ?? null;
}

/** A client value as SQL: constants inline, captured values as parameters typed by the other side. */
/**
 * `other`: the SQL the value meets. Against a nullable value-type column (`DateTime?`), C# converts
 * the captured value to `Nullable<T>`, and EF logs the parameter with `(Nullable = true)`
 * (conformance q-where-dates); strings are reference types and never get it.
 */
function toSql(
  scope: LambdaScope,
  o: Operand,
  hint: PropertyType | null,
  other: SqlNode | null = null,
): SqlNode {
  if (o.kind === 'sql') return o.node;
  const v = o.value;
  if (v === null || v === undefined) return primary('NULL', hint, true, { isNull: true });
  const ok = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date;
  if (!ok) throw new Untranslatable('a captured object used as a value');
  const type = hint ?? inferType(v);
  if (o.name === null) return primary(literal(v, type), type, false);
  const nullable = other !== null && other.nullable && other.type !== 'string';
  const p = scope.params.bind(o.name, o.key, v, type, nullable ? { nullable } : {});
  return primary(`@${p.name}`, type, false);
}

/** Expressions that read the row: columns, arithmetic, string functions. */
function sqlValue(scope: LambdaScope, e: Expr): SqlNode {
  switch (e.kind) {
    case 'member': {
      if (e.object.kind === 'param' && e.object.name === scope.lambda.params[0]) {
        const prop = scope.entityType.properties.find((p) => p.name === e.name);
        if (!prop) throw new Untranslatable(`no mapped property ${e.name}`);
        scope.usedColumns?.add(prop.name);
        return primary(
          `${quoteIdentifier(scope.alias)}.${quoteIdentifier(prop.name)}`,
          prop.type,
          prop.nullable,
          { column: prop },
        );
      }
      if (e.name === 'length') {
        const target = sqlValue(scope, e.object);
        if (target.type === 'string') return primary(`length(${target.sql})`, 'int', target.nullable);
      }
      throw new Untranslatable('member access');
    }
    case 'binary': {
      if (!['+', '-', '*', '/', '%'].includes(e.op)) return predicate(scope, e, false);
      const l = operandOf(scope, e.left);
      const r = operandOf(scope, e.right);
      const a = toSql(scope, l, r.kind === 'sql' ? r.node.type : null);
      const b = toSql(scope, r, a.type);
      if (a.type === 'bool' || b.type === 'bool') throw new Untranslatable('arithmetic on booleans');
      if (e.op === '+' && (a.type === 'string' || b.type === 'string')) {
        return binary('||', PREC.concat, a, b, 'string', a.nullable || b.nullable);
      }
      const prec = e.op === '+' || e.op === '-' ? PREC.additive : PREC.multiplicative;
      const type = a.type === 'double' || b.type === 'double' ? 'double' : a.type;
      return binary(e.op, prec, a, b, type, a.nullable || b.nullable);
    }
    case 'unary': {
      if (e.op === '!') return predicate(scope, e, false);
      const inner = sqlValue(scope, e.operand);
      const text = inner.prec < PREC.unary ? `(${inner.sql})` : inner.sql;
      return { sql: `-${text}`, prec: PREC.unary, op: 'NEG', type: inner.type, nullable: inner.nullable };
    }
    case 'call': {
      const method = { toLowerCase: 'lower', toUpperCase: 'upper', trim: 'trim' }[e.method];
      if (method && e.args.length === 0) {
        const target = sqlValue(scope, e.object);
        if (target.type === 'string') return primary(`${method}(${target.sql})`, 'string', target.nullable);
      }
      const node = stringMethod(scope, e, false);
      if (node) return node;
      throw new Untranslatable(`method ${e.method}`);
    }
    default:
      // The entity itself, a conditional, or an unsupported node: EF Core cannot translate these here.
      throw new Untranslatable(e.kind);
  }
}
