/**
 * Calls and reads on static types: Console, string, Math, int/double parsing, the clock
 * (`DateTime.UtcNow`, read from the run's virtual clock, so a run still replays), and the .NET
 * statics the playground refuses because they would break replay (randomness, threads).
 * Returns false to let the caller lower the call as an ordinary one (Task, Parallel, EntityState…).
 */
import type { Node } from 'web-tree-sitter';
import type { LowerContext } from './context.ts';
import { args, expr } from './expressions.ts';
import { MATH_METHODS, RT } from './names.ts';
import { named } from './nodes.ts';

const REFUSED: Record<string, [string, string]> = {
  'Guid.NewGuid': ['`Guid.NewGuid()`', 'Runs replay exactly: use a fixed id or a counter.'],
  'Thread.Sleep': ['`Thread.Sleep` (a blocked thread)', 'Use `await Task.Delay(ms)`.'],
  'Task.Factory': ['`Task.Factory`', 'Use `Task.Run(async () => …)`.'],
  'Console.ReadLine': ['`Console.ReadLine`', 'A run has no input: put the value in a variable.'],
  'Environment.ProcessorCount': [
    '`Environment.ProcessorCount`',
    'Write the number (the simulator models 4).',
  ],
};

function refuse(ctx: LowerContext, node: Node, key: string): boolean {
  const refused = REFUSED[key];
  if (!refused) return false;
  ctx.unsupported(node, refused[0], refused[1]);
  return true;
}

function helper(ctx: LowerContext, name: string, argNodes: Node[]): true {
  ctx.write(`${RT}.${name}(`);
  args(ctx, argNodes);
  ctx.write(')');
  return true;
}

export function lowerStaticCall(
  ctx: LowerContext,
  node: Node,
  type: string,
  name: string,
  argNodes: Node[],
): boolean {
  if (refuse(ctx, node, `${type}.${name}`)) return true;
  switch (type) {
    case 'Task':
      // WhenAny resolves to the task that finished (a JavaScript promise cannot resolve to a promise: a reference).
      return name === 'WhenAny' ? helper(ctx, 'whenAny', argNodes) : false;
    case 'Console':
      if (name !== 'WriteLine' && name !== 'Write') return false;
      ctx.write('console.log(');
      if (argNodes.length > 1) helper(ctx, 'format', argNodes);
      else if (
        argNodes.length === 1 &&
        ['string_literal', 'interpolated_string_expression'].includes(named(argNodes[0])[0]?.type ?? '')
      )
        args(ctx, argNodes);
      else if (argNodes.length === 1) helper(ctx, 'str', argNodes);
      else ctx.write("''");
      ctx.write(')');
      return true;
    case 'string':
    case 'String':
      if (['Join', 'IsNullOrEmpty', 'IsNullOrWhiteSpace', 'Format', 'Concat'].includes(name)) {
        return helper(ctx, name[0].toLowerCase() + name.slice(1), argNodes);
      }
      return false;
    case 'Math': {
      if (name === 'Round') return helper(ctx, 'round', argNodes);
      const js = MATH_METHODS.get(name);
      if (!js) return false;
      ctx.write(`Math.${js}(`);
      args(ctx, argNodes);
      ctx.write(')');
      return true;
    }
    case 'Regex':
    case 'System.Text.RegularExpressions.Regex':
      return regex(ctx, node, name, argNodes);
    case 'int':
    case 'Int32':
    case 'long':
      return name === 'Parse' ? helper(ctx, 'parseInt', argNodes) : false;
    case 'double':
    case 'decimal':
    case 'Double':
      return name === 'Parse' ? helper(ctx, 'parseDouble', argNodes) : false;
    default:
      return false;
  }
}

export function lowerStaticMember(ctx: LowerContext, node: Node, type: string, name: string): boolean {
  if (refuse(ctx, node, `${type}.${name}`)) return true;
  const key = `${type}.${name}`;
  const constants: Record<string, string> = {
    'string.Empty': "''",
    'String.Empty': "''",
    'int.MaxValue': '2147483647',
    'int.MinValue': '-2147483648',
  };
  // The snippet's `Date` reads the virtual clock (src/sim/deterministicGlobals.ts); the
  // playground's time zone is UTC, so Now and UtcNow agree.
  const clock: Record<string, string> = {
    'DateTime.UtcNow': `${RT}.dateTimeAt(Date.now())`,
    'DateTime.Now': `${RT}.dateTimeAt(Date.now())`,
    'DateTime.Today': `${RT}.dateTimeAt(Date.now(), true)`,
  };
  if (clock[key] !== undefined) {
    ctx.write(clock[key]);
    return true;
  }
  if (constants[key] === undefined) return false;
  ctx.write(constants[key]);
  return true;
}

/**
 * `Regex.Replace(input, pattern, replacement)` and `Regex.IsMatch(input, pattern)`: JavaScript's
 * RegExp, which reads the patterns the corpus uses (classes, quantifiers, groups) as .NET does.
 */
function regex(ctx: LowerContext, node: Node, name: string, argNodes: Node[]): boolean {
  const [input, pattern, replacement] = argNodes.map((a) => named(a)[0] ?? a);
  const wanted = name === 'Replace' ? 3 : name === 'IsMatch' ? 2 : -1;
  if (argNodes.length !== wanted || !input || !pattern) {
    ctx.unsupported(
      node,
      `\`Regex.${name}\` with these arguments`,
      'Use `Regex.Replace(input, pattern, replacement)` or `Regex.IsMatch(input, pattern)`.',
    );
    return true;
  }
  if (name === 'IsMatch') {
    ctx.write('new RegExp(');
    expr(ctx, pattern);
    ctx.write(').test(');
    expr(ctx, input);
    ctx.write(')');
    return true;
  }
  ctx.write(`${RT}.nn(`);
  expr(ctx, input);
  ctx.write(').replace(new RegExp(');
  expr(ctx, pattern);
  ctx.write(", 'g'), ");
  expr(ctx, replacement!);
  ctx.write(')');
  return true;
}
