/**
 * EF Core's ExpressionTreeFuncletizer (src/EFCore/Query/Internal/ExpressionTreeFuncletizer.cs),
 * as real EF Core 10.0.15 behaves (checked by conformance/scenarios/q-capture-*):
 *
 * - A subtree that does not touch the lambda's parameter is *evaluatable*. The largest such
 *   subtrees ("roots": an evaluatable node whose parent is not) are evaluated on the client, once.
 * - A root containing a captured variable becomes ONE parameter: `c.Id == id + 1` sends `@p='5'`,
 *   `c.Name == term.Trim()` sends `@Trim`, `c.Id == ids[1]` sends `@p`. A root without captured
 *   variables becomes a constant inlined in the SQL (`"CUSTOMER 8".ToLower()` → `'customer 8'`).
 * - The parameter's name comes from the root (EvaluateCore): a captured variable's name, member
 *   chains joined with `_` (`customer_Id`), a method call's .NET name (`Trim`, `ToLower`), and `p`
 *   for anything else (arithmetic, negation, array elements).
 * - Roots are named in visiting order (children left to right, a root when its parent turns out
 *   not evaluatable). Every occurrence reserves a unique name (`p`, `p1`, `p2`…), even when a
 *   structurally equal root already has a parameter and is reused: `ids[0]`, `ids[0]`, `ids[1]`
 *   log `@p` and `@p2`.
 */
import type { Expr, Lambda } from '../expression.ts';
import type { ParameterSet } from './parameterSet.ts';

/** A client-side value not yet typed: becomes a literal or a parameter once the other side is known. */
export interface ClientValue {
  kind: 'client';
  value: unknown;
  /** The parameter name reserved for it, or null for a constant (inlined). */
  name: string | null;
  /** Structural identity of the root (equal roots share one parameter). */
  key: string;
}

/** Internal: the client could not evaluate the subtree in a way we model. */
export class ClientEvaluationError extends Error {}

/** JavaScript method names as the .NET methods a C# twin calls (EF names parameters after them). */
const NET_METHODS: Record<string, string> = {
  trim: 'Trim',
  trimStart: 'TrimStart',
  trimEnd: 'TrimEnd',
  toLowerCase: 'ToLower',
  toUpperCase: 'ToUpper',
  toLocaleLowerCase: 'ToLower',
  toLocaleUpperCase: 'ToUpper',
  includes: 'Contains',
  startsWith: 'StartsWith',
  endsWith: 'EndsWith',
  indexOf: 'IndexOf',
  substring: 'Substring',
  replace: 'Replace',
  replaceAll: 'Replace',
  padStart: 'PadLeft',
  padEnd: 'PadRight',
  toString: 'ToString',
};

function netMethod(name: string): string {
  return NET_METHODS[name] ?? name.charAt(0).toUpperCase() + name.slice(1);
}

function children(e: Expr): Expr[] {
  switch (e.kind) {
    case 'member':
      return [e.object];
    case 'index':
      return [e.object, e.index];
    case 'unary':
      return [e.operand];
    case 'binary':
      return [e.left, e.right];
    case 'call':
      return [e.object, ...e.args];
    case 'conditional':
      return [e.test, e.whenTrue, e.whenFalse];
    case 'array':
      return e.elements;
    default:
      return [];
  }
}

/** Structural identity (EF's ExpressionEqualityComparer): captured variables by name. */
export function exprKey(e: Expr): string {
  switch (e.kind) {
    case 'const':
      return JSON.stringify(e.value);
    case 'capture':
      return `$${e.name}`;
    case 'param':
      return `#${e.name}`;
    case 'member':
      return `${exprKey(e.object)}.${e.name}`;
    case 'index':
      return `${exprKey(e.object)}[${exprKey(e.index)}]`;
    case 'unary':
      return `${e.op}(${exprKey(e.operand)})`;
    case 'binary':
      return `(${exprKey(e.left)} ${e.op} ${exprKey(e.right)})`;
    case 'call':
      return `${exprKey(e.object)}.${e.method}(${e.args.map(exprKey).join(', ')})`;
    case 'conditional':
      return `(${exprKey(e.test)} ? ${exprKey(e.whenTrue)} : ${exprKey(e.whenFalse)})`;
    case 'array':
      return `[${e.elements.map(exprKey).join(', ')}]`;
    case 'unsupported':
      return `?${e.text}`;
  }
}

const ARITHMETIC: Record<string, (x: number, y: number) => number> = {
  '+': (x, y) => x + y,
  '-': (x, y) => x - y,
  '*': (x, y) => x * y,
  // C# integer division truncates.
  '/': (x, y) => (Number.isInteger(x) && Number.isInteger(y) ? Math.trunc(x / y) : x / y),
  '%': (x, y) => x % y,
};

/** Evaluates an evaluatable subtree on the client, with JavaScript's semantics (C#'s for int division). */
export function evaluateClient(e: Expr): unknown {
  switch (e.kind) {
    case 'const':
      return e.value;
    case 'capture':
      return e.get();
    case 'member': {
      const obj = evaluateClient(e.object);
      if (obj === null || obj === undefined)
        throw new TypeError(`Cannot read properties of ${obj} (reading '${e.name}')`);
      return (obj as Record<string, unknown>)[e.name];
    }
    case 'index': {
      const obj = evaluateClient(e.object);
      const index = evaluateClient(e.index);
      if (obj === null || obj === undefined)
        throw new TypeError(`Cannot read properties of ${obj} (reading '${String(index)}')`);
      return (obj as Record<string, unknown>)[String(index)];
    }
    case 'unary': {
      const v = evaluateClient(e.operand);
      return e.op === '!' ? !v : -(v as number);
    }
    case 'binary': {
      const l = evaluateClient(e.left);
      if (e.op === '&&') return l && evaluateClient(e.right);
      if (e.op === '||') return l || evaluateClient(e.right);
      const r = evaluateClient(e.right);
      switch (e.op) {
        case '==':
        case '===':
          return l === r;
        case '!=':
        case '!==':
          return l !== r;
        case '<':
          return (l as number) < (r as number);
        case '<=':
          return (l as number) <= (r as number);
        case '>':
          return (l as number) > (r as number);
        case '>=':
          return (l as number) >= (r as number);
        case '+':
          if (typeof l === 'number' && typeof r === 'number') return l + r;
          return String(l ?? '') + String(r ?? '');
        default:
          return ARITHMETIC[e.op](Number(l), Number(r));
      }
    }
    case 'call': {
      const obj = evaluateClient(e.object);
      const fn = (obj as Record<string, unknown> | null | undefined)?.[e.method];
      if (typeof fn !== 'function') throw new ClientEvaluationError(`${e.method} is not a method`);
      return (fn as (...args: unknown[]) => unknown).apply(obj, e.args.map(evaluateClient));
    }
    case 'conditional':
      return evaluateClient(e.test) ? evaluateClient(e.whenTrue) : evaluateClient(e.whenFalse);
    case 'array':
      return e.elements.map(evaluateClient);
    default:
      throw new ClientEvaluationError(e.kind);
  }
}

/**
 * Marks an array a query returned (ToList/ToListAsync): a `List<T>` in C#, whose indexer is the
 * method `get_Item` and whose `.length` is the property `Count` — names EF gives parameters
 * (`top[1].Id` → `@get_Item_Id`, `top.length` → `@top_Count`; conformance q-capture-list).
 * Other arrays stand for C# arrays (`ids[1]` → `@p`, `ids.length` → `@p`).
 */
export function markClrList<T extends unknown[]>(list: T): T {
  Object.defineProperty(list, CLR_LIST, { value: true, enumerable: false });
  return list;
}

const CLR_LIST = Symbol('List<T>');

function isClrList(value: unknown): boolean {
  return Array.isArray(value) && (value as unknown as Record<symbol, unknown>)[CLR_LIST] === true;
}

/** EvaluateCore's parameter name for a root, or null (then `p`). */
function nameOf(e: Expr): string | null {
  switch (e.kind) {
    case 'capture':
      return e.name;
    case 'member': {
      let member = e.name;
      if (e.name === 'length') {
        const target = evaluateClient(e.object);
        // An array's length is C#'s ArrayLength node (unnamed); a List's is `Count`, a string's `Length`.
        if (Array.isArray(target) && !isClrList(target)) return null;
        member = isClrList(target) ? 'Count' : 'Length';
      }
      const inner = nameOf(e.object);
      return inner === null ? member : `${inner}_${member}`;
    }
    case 'index':
      return isClrList(evaluateClient(e.object)) ? 'get_Item' : null;
    case 'call':
      return netMethod(e.method);
    default:
      return null;
  }
}

interface State {
  evaluatable: boolean;
  captured: boolean;
}

interface Visited {
  expr: Expr;
  state: State;
}

/** A lambda body after funcletization: short-circuits applied, client-evaluated roots found. */
export interface Funcletized {
  body: Expr;
  roots: Map<Expr, ClientValue>;
}

const NONE: State = { evaluatable: false, captured: false };
const CONSTANT: State = { evaluatable: true, captured: false };

function withChildren(e: Expr, kids: Expr[]): Expr {
  switch (e.kind) {
    case 'member':
      return { ...e, object: kids[0] };
    case 'index':
      return { ...e, object: kids[0], index: kids[1] };
    case 'unary':
      return { ...e, operand: kids[0] };
    case 'binary':
      return { ...e, left: kids[0], right: kids[1] };
    case 'call':
      return { ...e, object: kids[0], args: kids.slice(1) };
    case 'conditional':
      return { ...e, test: kids[0], whenTrue: kids[1], whenFalse: kids[2] };
    case 'array':
      return { ...e, elements: kids };
    default:
      return e;
  }
}

/**
 * Finds and evaluates the lambda's evaluatable roots, reserving parameter names in `params`
 * in EF's order, after EF's simplifications: `&&`/`||` with a client-evaluated bool side
 * short-circuit (`term == null || c.Name.Contains(term)` keeps only the right side when `term`
 * is set; VisitBinary), and a conditional whose test is client-evaluated becomes the chosen
 * branch (`c.Id == (flag ? 1 : 2)` → `"c"."Id" = 1`; VisitConditional).
 */
export function funcletize(lambda: Lambda, params: ParameterSet): Funcletized {
  const roots = new Map<Expr, ClientValue>();
  const lambdaParams = new Set(lambda.params);

  const processRoot = (e: Expr, state: State): void => {
    // An array literal with captured elements is not one parameter: its elements are (VisitNewArray,
    // so `new[] { a, b }.Contains(x)` becomes `x IN (@a, @b)`).
    if (e.kind === 'array' && state.captured) {
      for (const element of e.elements) processRoot(element, visit(element).state);
      return;
    }
    const key = exprKey(e);
    if (!state.captured) {
      roots.set(e, { kind: 'client', value: evaluateClient(e), name: null, key });
      return;
    }
    const value = evaluateClient(e);
    const name = params.reserve(nameOf(e) ?? 'p', key);
    roots.set(e, { kind: 'client', value, name, key });
  };

  const visit = (e: Expr): Visited => {
    switch (e.kind) {
      case 'const':
        return { expr: e, state: CONSTANT };
      case 'capture':
        return { expr: e, state: { evaluatable: !lambdaParams.has(e.name), captured: true } };
      case 'param':
      case 'unsupported':
        return { expr: e, state: NONE };
      case 'binary':
        if (e.op === '&&' || e.op === '||') return visitLogical(e);
        break;
      case 'conditional': {
        const test = visit(e.test);
        if (test.state.evaluatable) {
          const v = evaluateClient(test.expr);
          if (typeof v === 'boolean') return visit(v ? e.whenTrue : e.whenFalse);
        }
        return combine(e, [test, visit(e.whenTrue), visit(e.whenFalse)]);
      }
    }
    return combine(e, children(e).map(visit));
  };

  /** A node from its visited children: evaluatable when all are, else their evaluatable ones are roots. */
  const combine = (e: Expr, kids: Visited[]): Visited => {
    const original = children(e);
    const expr = kids.some((k, i) => k.expr !== original[i])
      ? withChildren(
          e,
          kids.map((k) => k.expr),
        )
      : e;
    if (kids.every((k) => k.state.evaluatable))
      return { expr, state: { evaluatable: true, captured: kids.some((k) => k.state.captured) } };
    for (const k of kids) if (k.state.evaluatable) processRoot(k.expr, k.state);
    return { expr, state: NONE };
  };

  const visitLogical = (e: Extract<Expr, { kind: 'binary' }>): Visited => {
    const or = e.op === '||';
    const left = visit(e.left);
    if (left.state.evaluatable) {
      const v = evaluateClient(left.expr);
      if (typeof v === 'boolean') {
        // `true || x` and `false && x` are constants; `false || x` and `true && x` are x.
        if (v === or) return { expr: { kind: 'const', value: v }, state: CONSTANT };
        return visit(e.right);
      }
    }
    const right = visit(e.right);
    if (right.state.evaluatable) {
      const v = evaluateClient(right.expr);
      if (typeof v === 'boolean') {
        if (v === or) return { expr: { kind: 'const', value: v }, state: CONSTANT };
        return left;
      }
    }
    return combine(e, [left, right]);
  };

  const top = visit(lambda.body);
  if (top.state.evaluatable) processRoot(top.expr, top.state);
  return { body: top.expr, roots };
}
