/**
 * Locks down the realm snippets run in (the browser's run worker, the CLI's run thread), once,
 * before the first snippet: afterwards a snippet cannot change what the next run — or the next
 * seed of a batch — sees, and cannot reach the host.
 *
 * - Every ECMAScript intrinsic is frozen, transitively (Array.prototype, Promise, JSON, Math,
 *   the hidden iterator and async-function prototypes…). Assigning an inherited `name`,
 *   `message`, `toString` or `constructor` still works (it defines an own property), as in SES's
 *   "override mistake" taming; the properties V8 guards with protectors (Array/Promise species,
 *   `then`) are left alone, so the hot paths stay fast.
 * - The Function constructors (`Function`, and those reached through any function's
 *   `.constructor`: async, generator, async generator) and `eval` throw: no code from strings,
 *   so the global object is out of reach.
 * - `Error.prepareStackTrace` can only be set by the runner's own stack capture (a snippet's
 *   would see the frames, and the receivers, of everything on the stack); `Error.stackTraceLimit`
 *   is fixed.
 * - The host's network and thread APIs are removed from the global object, and every host
 *   global name (`self`, `postMessage`, `process`, `fetch`, …) is shadowed in snippet code
 *   ({@link shadowedGlobalNames}).
 *
 * The browser's main thread is never locked down (React and Monaco live there; no snippet does).
 */

/** The names a snippet may read from the realm: ECMAScript's own globals, no host API. */
// Laid out by kind (here and in the lists below): one name per line would hide that.
// prettier-ignore
const ECMASCRIPT_GLOBALS = [
  'Infinity', 'NaN', 'undefined',
  'isFinite', 'isNaN', 'parseFloat', 'parseInt',
  'decodeURI', 'decodeURIComponent', 'encodeURI', 'encodeURIComponent', 'escape', 'unescape',
  'AggregateError', 'Array', 'ArrayBuffer', 'BigInt', 'BigInt64Array', 'BigUint64Array', 'Boolean',
  'DataView', 'Date', 'Error', 'EvalError', 'Float16Array', 'Float32Array', 'Float64Array',
  'Int8Array', 'Int16Array', 'Int32Array', 'Iterator', 'Map', 'Number', 'Object', 'Promise', 'Proxy',
  'RangeError', 'ReferenceError', 'RegExp', 'Set', 'String', 'Symbol', 'SyntaxError', 'TypeError',
  'Uint8Array', 'Uint8ClampedArray', 'Uint16Array', 'Uint32Array', 'URIError', 'WeakMap', 'WeakSet',
  'SuppressedError', 'DisposableStack', 'AsyncDisposableStack',
  'Intl', 'JSON', 'Math', 'Reflect',
] as const;

/**
 * Host globals deleted from a locked realm once the host no longer needs them (sql.js has
 * fetched its WebAssembly by then): a snippet that somehow reached the global object would
 * still find no network, no threads and no storage.
 */
// prettier-ignore
const HOST_CAPABILITIES = [
  'fetch', 'XMLHttpRequest', 'WebSocket', 'WebSocketStream', 'WebTransport', 'EventSource',
  'importScripts', 'Worker', 'SharedWorker', 'BroadcastChannel', 'indexedDB', 'caches',
  'Request', 'Response', 'Headers', 'FormData', 'navigator', 'SharedArrayBuffer', 'Atomics',
  'WebAssembly',
] as const;

/** Names no parameter may have in strict code, or that the compiled wrapper needs. */
const NOT_SHADOWABLE = new Set(['eval', 'arguments', 'undefined', 'NaN', 'Infinity']);
// prettier-ignore
const RESERVED = new Set(
  ('break case catch class const continue debugger default delete do else enum export extends false ' +
    'finally for function if import in instanceof new null return super switch this throw true try ' +
    'typeof var void while with yield let static implements interface package private protected public await')
    .split(' '),
);

/** Always shadowed, whether or not this realm has them (Node's CommonJS names, browser names). */
// prettier-ignore
const ALWAYS_SHADOWED = [
  'globalThis', 'self', 'window', 'global', 'document', 'process', 'require', 'module', 'exports',
  '__dirname', '__filename', 'Buffer', 'setImmediate', 'clearImmediate', 'setTimeout', 'setInterval',
  'clearTimeout', 'clearInterval', 'queueMicrotask', 'requestAnimationFrame', 'fetch', 'XMLHttpRequest',
  'WebSocket', 'Worker', 'importScripts', 'postMessage', 'close', 'onmessage', 'addEventListener',
  'removeEventListener', 'performance', 'WebAssembly', 'Atomics', 'SharedArrayBuffer', 'structuredClone',
  'WeakRef', 'FinalizationRegistry', 'Function',
];

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Every global name of this realm that is not ECMAScript's own (and the usual host names even
 * where this realm lacks them): the compiled snippet binds each to `undefined`, so a snippet
 * finds no host API by name. Computed per realm: a worker and a Node thread differ.
 */
export function shadowedGlobalNames(realm: object = globalThis): string[] {
  const allowed = new Set<string>(ECMASCRIPT_GLOBALS);
  const names = new Set<string>(ALWAYS_SHADOWED);
  for (
    let o: object | null = realm;
    o && o !== Object.prototype;
    o = Object.getPrototypeOf(o) as object | null
  ) {
    for (const name of Object.getOwnPropertyNames(o)) names.add(name);
  }
  return [...names].filter(
    (name) => IDENTIFIER.test(name) && !allowed.has(name) && !NOT_SHADOWABLE.has(name) && !RESERVED.has(name),
  );
}

let locked = false;
/** The host capabilities the lockdown took off the global object, for {@link withHostCapabilities}. */
const removedCapabilities = new Map<string, PropertyDescriptor>();
/** True only while the runner's own stack capture runs (see {@link withPrepareStackTrace}). */
let privileged = false;
let prepareStackTrace: unknown = undefined;

/** Whether this realm has been locked down. */
export function isLockedDown(): boolean {
  return locked;
}

/** The value the tamed constructors and `eval` throw. */
function noCodeFromStrings(what: string): never {
  throw new EvalError(
    `${what} is not available in snippets: the playground runs only the code in the editor.`,
  );
}

/**
 * A replacement for one of the Function constructors: callable (it throws), with the original
 * prototype so `instanceof` keeps working.
 */
function tamedConstructor(name: string, prototype: object): () => never {
  const tamed = function () {
    return noCodeFromStrings(`The ${name} constructor`);
  };
  Object.defineProperty(tamed, 'name', { value: name });
  Object.defineProperty(tamed, 'prototype', { value: prototype, writable: false });
  return tamed;
}

/**
 * What snippets see under the name `Function`, locked realm or not: calling it throws;
 * `x instanceof Function` works.
 */
export const snippetFunction = tamedConstructor('Function', Function.prototype);

/** Turns `proto[key]` (a data property) into an accessor whose setter defines an own property on `this`. */
function enableOverride(proto: object, key: PropertyKey): void {
  const desc = Object.getOwnPropertyDescriptor(proto, key);
  if (!desc || !('value' in desc) || !desc.configurable) return;
  const value: unknown = desc.value;
  Object.defineProperty(proto, key, {
    configurable: false,
    enumerable: desc.enumerable,
    get() {
      return value;
    },
    set(this: object, next: unknown) {
      if (this === proto)
        throw new TypeError(`Cannot assign to read only property '${String(key)}' of a frozen intrinsic`);
      if (Object.prototype.hasOwnProperty.call(this, key)) {
        (this as Record<PropertyKey, unknown>)[key] = next;
      } else {
        Object.defineProperty(this, key, {
          value: next,
          writable: true,
          enumerable: true,
          configurable: true,
        });
      }
    },
  });
}

/** Freezes `root` and everything reachable from it through own properties and prototypes. */
export function harden<T>(root: T): T {
  const queue: unknown[] = [root];
  const seen = new Set<object>();
  while (queue.length) {
    const value = queue.pop();
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null) continue;
    const object = value as object;
    if (seen.has(object)) continue;
    seen.add(object);
    Object.freeze(object);
    queue.push(Object.getPrototypeOf(object));
    const descriptors = Object.getOwnPropertyDescriptors(object) as Record<PropertyKey, PropertyDescriptor>;
    for (const key of Reflect.ownKeys(descriptors)) {
      const d = descriptors[key as string];
      if ('value' in d) queue.push(d.value);
      else queue.push(d.get, d.set);
    }
  }
  return root;
}

/** Intrinsics no global name leads to. */
function hiddenIntrinsics(): object[] {
  const asyncFn = async function () {};
  const genFn = function* () {};
  const asyncGenFn = async function* () {};
  const protoOf = (o: object) => Object.getPrototypeOf(o) as object;
  return [
    protoOf(asyncFn),
    protoOf(genFn),
    protoOf(asyncGenFn),
    protoOf(genFn()),
    protoOf(asyncGenFn()),
    protoOf(protoOf(protoOf(asyncGenFn()))),
    protoOf([][Symbol.iterator]()),
    protoOf(new Map()[Symbol.iterator]()),
    protoOf(new Set()[Symbol.iterator]()),
    protoOf(''[Symbol.iterator]()),
    protoOf(/x/[Symbol.matchAll]('x')),
    protoOf(Uint8Array),
  ];
}

export interface LockdownOptions {
  /** The fixed `Error.stackTraceLimit` (the call-site locator needs frames below the simulator's). */
  stackTraceLimit: number;
}

/**
 * Locks down this realm (idempotent). Call it once the host has loaded what it needs (sql.js,
 * the transpiler, the lessons) and before the first snippet runs.
 */
export function lockdownRealm(options: LockdownOptions): void {
  if (locked) return;
  const g = globalThis as Record<string, unknown>;

  // Function constructors: every function's `.constructor` throws, and so does `eval`.
  const fnProto = Function.prototype;
  const asyncProto = Object.getPrototypeOf(async function () {}) as object;
  const genProto = Object.getPrototypeOf(function* () {}) as object;
  const asyncGenProto = Object.getPrototypeOf(async function* () {}) as object;
  for (const [proto, tamed] of [
    [fnProto, snippetFunction],
    [asyncProto, tamedConstructor('AsyncFunction', asyncProto)],
    [genProto, tamedConstructor('GeneratorFunction', genProto)],
    [asyncGenProto, tamedConstructor('AsyncGeneratorFunction', asyncGenProto)],
  ] as const) {
    Object.defineProperty(proto, 'constructor', { value: tamed, writable: false, configurable: false });
  }
  Object.defineProperty(g, 'eval', {
    value: function evalIsTamed() {
      return noCodeFromStrings('eval');
    },
    writable: false,
    configurable: false,
  });

  // Error: prepareStackTrace only for the runner; a fixed stack depth.
  prepareStackTrace = (Error as unknown as { prepareStackTrace?: unknown }).prepareStackTrace;
  Object.defineProperty(Error, 'prepareStackTrace', {
    configurable: false,
    enumerable: false,
    get: () => prepareStackTrace,
    set: (value: unknown) => {
      if (!privileged) throw new TypeError('Error.prepareStackTrace is read-only in the playground.');
      prepareStackTrace = value;
    },
  });
  Object.defineProperty(Error, 'stackTraceLimit', {
    value: options.stackTraceLimit,
    writable: false,
    configurable: false,
  });

  // Assignments that would otherwise trip over frozen prototypes (the "override mistake").
  for (const key of [
    'constructor',
    'toString',
    'valueOf',
    'hasOwnProperty',
    'isPrototypeOf',
    'propertyIsEnumerable',
    'toLocaleString',
  ])
    enableOverride(Object.prototype, key);
  enableOverride(fnProto, 'toString');
  for (const E of [
    Error,
    EvalError,
    RangeError,
    ReferenceError,
    SyntaxError,
    TypeError,
    URIError,
    AggregateError,
  ]) {
    for (const key of ['name', 'message', 'constructor', 'toString']) enableOverride(E.prototype, key);
  }

  for (const name of HOST_CAPABILITIES) {
    const descriptor = Object.getOwnPropertyDescriptor(g, name);
    try {
      if (descriptor && Reflect.deleteProperty(g, name)) removedCapabilities.set(name, descriptor);
    } catch {
      // Not configurable here: the shadowing still hides it from snippet code.
    }
  }

  for (const name of ECMASCRIPT_GLOBALS) if (name in g) harden(g[name]);
  for (const intrinsic of hiddenIntrinsics()) harden(intrinsic);
  harden(snippetFunction);
  locked = true;
}

/**
 * Runs `fn` with `Error.prepareStackTrace` set to `prepare` (the call-site locator's structured
 * capture), then restores it. Works in a locked realm and in an ordinary one.
 */
export function withPrepareStackTrace<T>(
  prepare: (error: Error, frames: unknown[]) => unknown,
  fn: () => T,
): T {
  const E = Error as unknown as { prepareStackTrace?: unknown };
  const saved = E.prepareStackTrace;
  privileged = true;
  try {
    E.prepareStackTrace = prepare;
    return fn();
  } finally {
    E.prepareStackTrace = saved;
    privileged = false;
  }
}

/**
 * Runs the host's own `load` with the capabilities the lockdown removed (fetch, WebAssembly…)
 * back on the global object, then removes them again. For what loads lazily after start-up —
 * the C# front end fetches and compiles tree-sitter's WebAssembly on first use — and only
 * between runs: the worker handles one request at a time, and snippet code cannot name the
 * global object anyway (every host name is shadowed, no code from strings), so this is a
 * second wall, not the first.
 */
export async function withHostCapabilities<T>(load: () => Promise<T>): Promise<T> {
  const g = globalThis as Record<string, unknown>;
  for (const [name, descriptor] of removedCapabilities) Object.defineProperty(g, name, descriptor);
  try {
    return await load();
  } finally {
    for (const name of removedCapabilities.keys()) Reflect.deleteProperty(g, name);
  }
}
