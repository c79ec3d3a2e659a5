/**
 * Expression trees: how a snippet's lambdas reach the simulator.
 *
 * EF Core translates a lambda to SQL because the C# compiler hands it an expression tree,
 * not compiled code. JavaScript has no such thing, so the runner's transpiler does what the
 * C# compiler does: every arrow function passed inline to a query operator (`Where`, `OrderBy`,
 * `FirstOrDefaultAsync`, …) is rewritten into a {@link Lambda} — a plain tree plus its source
 * text. Identifiers that are not the lambda's parameter are *captured*: the tree holds a getter,
 * read when the query executes (C# closures capture variables, not values), and becomes a SQL
 * parameter named after the variable (EF Core 10: `@id`).
 *
 * Shapes the transpiler cannot represent become `unsupported` nodes; the translator then fails
 * with EF Core's "could not be translated" error, as EF Core does for a method it cannot map.
 */

export type BinaryOperator =
  '==' | '===' | '!=' | '!==' | '<' | '<=' | '>' | '>=' | '&&' | '||' | '+' | '-' | '*' | '/' | '%';

export type Expr =
  /** The lambda's own parameter, e.g. `o` in `o => o.Total > 10`. */
  | { kind: 'param'; name: string }
  /** Member access: `o.CustomerId`, or `order.Id` on a captured object. */
  | { kind: 'member'; object: Expr; name: string }
  /** A literal written in the lambda: inlined into SQL, as EF Core inlines constants. */
  | { kind: 'const'; value: string | number | boolean | null }
  /** A captured local; `get` reads its current value when the query runs. */
  | { kind: 'capture'; name: string; get: () => unknown }
  | { kind: 'binary'; op: BinaryOperator; left: Expr; right: Expr }
  | { kind: 'unary'; op: '!' | '-'; operand: Expr }
  /** An array literal, e.g. `['Pending', 'Shipped']` (C#: `new[] { … }`). */
  | { kind: 'array'; elements: Expr[] }
  /** An element of a captured array, e.g. `ids[1]` (C#: ArrayIndex, evaluated on the client). */
  | { kind: 'index'; object: Expr; index: Expr }
  /** A method call on a value, e.g. `c.Name.includes(term)`, `c.Email.startsWith('a')`. */
  | { kind: 'call'; object: Expr; method: string; args: Expr[] }
  | { kind: 'conditional'; test: Expr; whenTrue: Expr; whenFalse: Expr }
  /** Anything else (a call to a snippet function, `new`, a template literal…): not translatable. */
  | { kind: 'unsupported'; text: string };

/** A lambda rewritten by the transpiler. `source` is the lambda's text as the learner wrote it. */
export interface Lambda {
  readonly __lambda: true;
  params: string[];
  body: Expr;
  source: string;
}

export function isLambda(value: unknown): value is Lambda {
  return typeof value === 'object' && value !== null && (value as { __lambda?: unknown }).__lambda === true;
}

/**
 * The query operators whose inline arrow-function arguments the transpiler turns into
 * {@link Lambda}s. The runner imports this list; keep it in step with DbSet/query methods.
 */
export const EXPRESSION_METHODS: readonly string[] = [
  'Where',
  'OrderBy',
  'OrderByDescending',
  'ThenBy',
  'ThenByDescending',
  'First',
  'FirstAsync',
  'FirstOrDefault',
  'FirstOrDefaultAsync',
  'Single',
  'SingleAsync',
  'SingleOrDefault',
  'SingleOrDefaultAsync',
  'Count',
  'CountAsync',
  'Any',
  'AnyAsync',
  'Include',
];
