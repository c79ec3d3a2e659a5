/**
 * EF Core's "could not be translated" failure (CoreStrings.TranslationFailed), thrown as an
 * `InvalidOperationException` when a query uses a shape outside the documented subset.
 */
import { isLambda } from '../expression.ts';

/** One query operator as the snippet called it, for the message. */
export interface QueryCall {
  method: string;
  lambda: unknown;
  arg?: string;
}

/**
 * Source text of a lambda, or of a raw function passed where a lambda was expected. A single
 * parameter is printed bare (`(o: Order) => …` → `o => …`), as EF Core's ExpressionPrinter does.
 */
export function lambdaSource(lambda: unknown): string {
  if (isLambda(lambda)) {
    if (lambda.params.length !== 1) return lambda.source;
    return lambda.source.replace(/^\s*(?:async\s+)?\(\s*([A-Za-z_$][\w$]*)\s*(?::[^)]*)?\)\s*=>/, '$1 =>');
  }
  if (typeof lambda === 'function') return lambda.toString();
  return String(lambda);
}

/**
 * The query expression as EF Core prints it in the message: `DbSet<Order>()` then one operator per
 * line, indented by 4 spaces (ExpressionPrinter), up to the operator that failed.
 */
export function printQuery(entityName: string, calls: readonly QueryCall[]): string {
  const lines = calls.map((c) => {
    const inner = c.lambda !== null && c.lambda !== undefined ? lambdaSource(c.lambda) : (c.arg ?? '');
    return `\n    .${c.method}(${inner})`;
  });
  return `DbSet<${entityName}>()${lines.join('')}`;
}

/** EF Core's InvalidOperationException for an untranslatable LINQ query. */
export class TranslationError extends Error {
  /** The .NET exception type this stands for. */
  readonly dotnetType = 'InvalidOperationException';
  /** The printed query expression that failed. */
  readonly expression: string;

  constructor(expression: string) {
    super(
      `The LINQ expression '${expression}' could not be translated. Either rewrite the query in a form that can be translated, ` +
        `or switch to client evaluation explicitly by inserting a call to 'AsEnumerable', 'AsAsyncEnumerable', 'ToList', or 'ToListAsync'. ` +
        `See https://go.microsoft.com/fwlink/?linkid=2101038 for more information.`,
    );
    this.name = 'InvalidOperationException';
    this.expression = expression;
  }
}
