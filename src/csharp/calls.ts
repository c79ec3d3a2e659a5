/**
 * Member access, calls and `new`: where C# and the snippet API differ most. Generic arguments
 * become values (`GetRequiredService<AppDb>()` → `GetRequiredService(AppDb)`), LINQ on lists goes
 * to the runtime's list wrapper while LINQ on queries stays a query (its lambdas become
 * expression trees), blocking waits go to `__cs.result/wait/getResult`, and a member read on a
 * value that may be null goes through `__cs.nn`, which throws NullReferenceException.
 */
import type { Node } from 'web-tree-sitter';
import type { LowerContext } from './context.ts';
import { args, expr } from './expressions.ts';
import { isKnownName, jsName, QUERY_METHODS, RT, SEQ_METHODS, SIM_CLASSES, STRING_METHODS } from './names.ts';
import { field, headName, named, typeArgs } from './nodes.ts';
import { typeOf } from './typing.ts';
import { EXPRESSION_METHODS } from '../sim/expression.ts';
import { lowerStaticCall, lowerStaticMember } from './statics.ts';

const TREE_METHODS = new Set(EXPRESSION_METHODS);

/** A type used as a value (`is T`, `catch (T)`, `GetRequiredService<T>`): a class or a name string. */
export function typeRef(ctx: LowerContext, node: Node | null): string {
  if (!node) return 'undefined';
  const name = headName(node);
  if (ctx.classes.has(name)) return `${name}$()`;
  if (SIM_CLASSES.has(name)) return name;
  if (name === 'IDbContextFactory') return "'IDbContextFactory'";
  return JSON.stringify(name);
}

/** Whether reading a member of `recv` needs the null check (C# throws NullReferenceException). */
function mayBeNull(ctx: LowerContext, recv: Node): boolean {
  if (ctx.exprTree > 0) return false;
  // `x!` asserts non-null to the compiler only: at run time it throws like `x`.
  if (recv.type === 'postfix_unary_expression' && recv.child(recv.childCount - 1)?.text === '!') return true;
  if (recv.type === 'identifier') {
    const symbol = ctx.lookup(recv.text);
    if (!symbol || (symbol.kind !== 'local' && symbol.kind !== 'param')) return false;
    return !['int', 'double', 'bool', 'query', 'exception'].includes(symbol.type);
  }
  if (recv.type === 'parenthesized_expression')
    return !['int', 'double', 'bool', 'seq', 'query'].includes(typeOf(ctx, recv));
  if (recv.type === 'invocation_expression') {
    const fn = field(recv, 'function');
    const name = fn?.type === 'member_access_expression' ? headName(field(fn, 'name') ?? fn) : '';
    return name.endsWith('OrDefault') || name === 'Find';
  }
  return false;
}

function receiver(ctx: LowerContext, recv: Node): void {
  if (mayBeNull(ctx, recv)) {
    ctx.write(`${RT}.nn(`);
    expr(ctx, recv);
    ctx.write(')');
  } else {
    expr(ctx, recv);
  }
}

/** `a.B` (not called). */
export function lowerMemberAccess(ctx: LowerContext, node: Node, _called: boolean): void {
  const recv = field(node, 'expression');
  const nameNode = field(node, 'name');
  const name = nameNode ? headName(nameNode) : '';
  if (!recv) return;
  if (
    recv.type === 'predefined_type' ||
    (recv.type === 'identifier' && !ctx.lookup(recv.text) && !ctx.classes.has(recv.text))
  ) {
    if (lowerStaticMember(ctx, node, recv.text, name)) return;
  }
  if (recv.type === 'base')
    return ctx.unsupported(recv, '`base`', 'Call the member on `this`, or copy what the base class does.');
  const recvType = typeOf(ctx, recv);
  if (name === 'Result' && ctx.exprTree === 0 && !recvType.startsWith('class:')) {
    return blocking(ctx, recv, 'result');
  }
  receiver(ctx, recv);
  if ((name === 'Count' || name === 'Length') && !recvType.startsWith('class:')) return ctx.write('.length');
  if (recvType === 'exception' && ctx.exprTree === 0) {
    const map: Record<string, string> = { Message: 'message', InnerException: 'inner', StackTrace: 'stack' };
    if (map[name]) return ctx.write(`.${map[name]}`);
  }
  ctx.write(`.${jsName(name)}`);
}

/** `f(…)`, `a.M(…)`, `a.M<T>(…)`. */
export function lowerCall(ctx: LowerContext, node: Node): void {
  const fn = field(node, 'function');
  const argList = field(node, 'arguments');
  const argNodes = argList ? named(argList) : [];
  if (!fn) return;
  if (fn.type === 'identifier' && fn.text === 'nameof')
    return ctx.write(JSON.stringify(argNodes[0]?.text.split('.').at(-1) ?? ''));
  if (fn.type !== 'member_access_expression') {
    if (fn.type === 'generic_name' || fn.type === 'identifier') identifierCall(ctx, fn);
    else expr(ctx, fn);
    return callArgs(ctx, argNodes, false);
  }
  const recv = field(fn, 'expression')!;
  const nameNode = field(fn, 'name')!;
  const name = headName(nameNode);
  const targs = typeArgs(nameNode);
  const staticRecv =
    recv.type === 'predefined_type' ||
    (recv.type === 'identifier' && !ctx.lookup(recv.text) && !ctx.classes.has(recv.text)) ||
    (recv.type === 'member_access_expression' && /^System\.[\w.]+$/.test(recv.text) && !ctx.lookup('System'));
  if (staticRecv && lowerStaticCall(ctx, node, recv.text, name, argNodes)) return;
  if (recv.type === 'predefined_type')
    return ctx.unsupported(
      node,
      `\`${recv.text}.${name}\``,
      'The playground has int.Parse, double.Parse, string.Join/Format/IsNullOrEmpty.',
    );
  if (ctx.exprTree === 0 && blockingWait(ctx, recv, name, argNodes)) return;
  if (name === 'ToString' && argNodes.length <= 1 && ctx.exprTree === 0) {
    ctx.write(`${RT}.${argNodes.length ? 'fmt' : 'str'}(`);
    expr(ctx, recv);
    if (argNodes.length) {
      ctx.write(', ');
      args(ctx, argNodes);
    }
    return ctx.write(')');
  }
  const recvType = typeOf(ctx, recv);
  const stringName = STRING_METHODS.get(name);
  if (
    stringName &&
    ctx.exprTree === 0 &&
    (recvType === 'string' || (recvType === 'unknown' && !SEQ_METHODS.has(name)))
  ) {
    receiver(ctx, recv);
    ctx.write(`.${stringName}`);
    return callArgs(ctx, argNodes, false);
  }
  if (stringName && ctx.exprTree > 0 && !recvType.startsWith('class:')) {
    // Inside an expression tree the translator reads JavaScript's names (src/sim/data/lambdaSql.ts):
    // `c.Name.StartsWith(p)` → `startsWith`, and `ids.Contains(c.Id)` → `includes` (both are IN/LIKE).
    receiver(ctx, recv);
    ctx.write(`.${stringName}`);
    return callArgs(ctx, argNodes, false);
  }
  if (name === 'GetType' && argNodes.length === 0 && ctx.exprTree === 0) {
    // Only `.Name` is read from it in the subset: the runtime class's own name.
    ctx.write('({ Name: ');
    receiver(ctx, recv);
    return ctx.write('.constructor.name })');
  }
  const seqName = SEQ_METHODS.get(name);
  const isQuery = recvType === 'query' || (recvType !== 'seq' && QUERY_METHODS.has(name));
  if (seqName && !isQuery && ctx.exprTree === 0 && !recvType.startsWith('class:') && recvType !== 'api') {
    ctx.write(`${RT}.seq(`); // seq() throws NullReferenceException itself
    expr(ctx, recv);
    ctx.write(`).${seqName}`);
    return callArgs(ctx, argNodes, false);
  }
  if (name === 'Entries' && targs.length === 1) {
    ctx.write(`${RT}.entriesOf(`);
    receiver(ctx, recv);
    return ctx.write(`.Entries(), ${typeRef(ctx, targs[0])})`);
  }
  if (name === 'HandleRequests') {
    // HandledRequest's fields are camelCase in the TypeScript API; C# reads Id, Status, Start, End.
    ctx.write(`${RT}.handled(`);
    receiver(ctx, recv);
    ctx.write('.HandleRequests(');
    // Its options are C# named arguments (`staggerMs: 10`), one options object in TypeScript.
    const isNamed = (a: Node) => a.type === 'argument' && field(a, 'name') !== null;
    args(
      ctx,
      argNodes.filter((a) => !isNamed(a)),
    );
    const options = argNodes.filter(isNamed);
    options.forEach((a, i) => {
      ctx.write(i === 0 ? ', { ' : ', ');
      ctx.write(`${jsName(field(a, 'name')!.text)}: `);
      expr(ctx, named(a).at(-1) ?? null);
    });
    return ctx.write(options.length ? ' }))' : '))');
  }
  receiver(ctx, recv);
  ctx.write(ownMethod(name, recvType.startsWith('class:')));
  // Generic arguments that the TypeScript API takes as values.
  const typeValued = [
    'GetRequiredService',
    'GetService',
    'AddDbContext',
    'AddDbContextFactory',
    'Set',
  ].includes(name);
  if (typeValued && targs.length === 1) {
    ctx.write(`(${typeRef(ctx, targs[0])}${argNodes.length ? ', ' : ''}`);
    args(ctx, argNodes);
    return ctx.write(')');
  }
  callArgs(ctx, argNodes, isQuery && TREE_METHODS.has(name));
}

function identifierCall(ctx: LowerContext, fn: Node): void {
  const name = headName(fn);
  const symbol = ctx.lookup(name);
  if (symbol?.kind === 'member') ctx.write(`this${ownMethod(name, true)}`);
  else if (symbol?.kind === 'staticMember') ctx.write(`${ctx.currentClass!.name}$()${ownMethod(name, true)}`);
  else if (!symbol && !ctx.localFunctions.has(name) && !ctx.functionResults.has(name) && !isKnownName(name)) {
    // Never a JavaScript ReferenceError at run time (an ASP.NET helper such as `NoContent()`).
    ctx.error(
      fn,
      `\`${name}()\` is not declared in the snippet, and the playground has no such function. Declare it as a local function or a method of your class.`,
    );
    ctx.write('undefined');
  } else ctx.write(jsName(name));
}

/**
 * `.Name`, or `["Name"]` for a snippet class's own method named like a query operator
 * (`CountAsync`, `Where`…): the runner turns lambdas passed to `x.CountAsync(…)` into expression
 * trees, which the class's method could not call.
 */
function ownMethod(name: string, declared: boolean): string {
  return declared && TREE_METHODS.has(name) ? `[${JSON.stringify(name)}]` : `.${jsName(name)}`;
}

/** `(a, b)`; lambdas passed to a query operator become expression trees (no runtime helpers inside). */
function callArgs(ctx: LowerContext, argNodes: Node[], tree: boolean): void {
  ctx.write('(');
  if (tree) ctx.exprTree++;
  args(ctx, argNodes);
  if (tree) ctx.exprTree--;
  ctx.write(')');
}

/**
 * A blocking wait, never a plain `await` (src/csharp/README.md, "Blocking waits"). In an async flow
 * the flow is held until the task completes: `__cs.unblock(await __cs.blocked(t), 'result')`, which
 * gives .NET's outcome (AggregateException for `.Result`/`.Wait()`) on the wait's line. In a
 * synchronous method the runtime can only read a task that has completed (`__cs.result(t)`).
 */
function blocking(ctx: LowerContext, task: Node | null, how: 'result' | 'wait' | 'getResult'): void {
  if (ctx.inAsync) {
    ctx.write(`${RT}.unblock(await ${RT}.blocked(`);
    expr(ctx, task);
    return ctx.write(`), '${how}')`);
  }
  ctx.write(`${RT}.${how}(`);
  expr(ctx, task);
  ctx.write(')');
}

/** `.Wait()` and `.GetAwaiter().GetResult()`: blocking waits, never turned into `await`. */
function blockingWait(ctx: LowerContext, recv: Node, name: string, argNodes: Node[]): boolean {
  if (name === 'Wait' && argNodes.length === 0) {
    blocking(ctx, recv, 'wait');
    return true;
  }
  if (name === 'GetResult' && argNodes.length === 0 && recv.type === 'invocation_expression') {
    const inner = field(recv, 'function');
    if (inner?.type === 'member_access_expression' && field(inner, 'name')?.text === 'GetAwaiter') {
      blocking(ctx, field(inner, 'expression'), 'getResult');
      return true;
    }
  }
  return false;
}
