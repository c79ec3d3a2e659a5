/**
 * Makes a reference article's C# block a program the playground can run "as pasted", with only
 * mechanical wrapping (each step is listed in the block's notes, ARTICLES.md):
 * - the article's context type (`ApplicationDbContext`, `AppDbContext`) is the playground's `AppDb`;
 * - a method on its own goes into a class whose primary constructor receives the injected
 *   services it uses (`db`, `_dbContext` → the request's `db`; `factory`/`_factory`; `scopes`);
 * - a record the block uses but never declares (the article's DTO) is declared after it;
 * - one line before the block calls the block's first public method, arguments standing in by
 *   type (`int` → 1, a context → `db`, a factory → `factory`, `IEnumerable<int>` → `new[] { 1, 2, 3 }`…).
 * Anything else stays as the article wrote it, so what the front end refuses is the article's code.
 */
export interface ArticleProgram {
  /** The C# program; the block starts on line `offset + 1`. */
  code: string;
  offset: number;
  notes: string[];
}

/** Injected services a method may use without declaring, and what stands in for each. */
const INJECTED: Record<string, string> = {
  db: 'AppDb',
  _dbContext: 'AppDb',
  _db: 'AppDb',
  factory: 'IDbContextFactory<AppDb>',
  _factory: 'IDbContextFactory<AppDb>',
  scopes: 'IServiceScopeFactory',
};

/** What the call passes for a parameter of this type (null: nothing stands in for it). */
function standIn(type: string): string | null {
  const t = type.replace(/\s+/g, '');
  if (['int', 'long'].includes(t)) return '1';
  if (t === 'string') return '"text"';
  if (t === 'AppDb') return 'db';
  if (t === 'IDbContextFactory<AppDb>') return 'factory';
  if (t === 'IServiceScopeFactory') return 'scopes';
  if (/^(IEnumerable|List|IReadOnlyList)<int>$|^int\[\]$/.test(t)) return 'new[] { 1, 2, 3 }';
  if (t === 'Customer')
    return 'new Customer { Id = 1, Name = "Customer 1", Email = "customer1@example.com" }';
  return null;
}

/** Records the articles use as DTOs without declaring them, as they must be for the code to compile. */
const DTOS: Record<string, string> = {
  DashboardData: 'record DashboardData(List<Order> Orders, List<Invoice> Invoices, List<Ticket> Tickets);',
  CustomerDto: 'record CustomerDto(int Id, string Name, string Email);',
};

/** `(int id, CustomerDto dto)` → `[['int', 'id'], ['CustomerDto', 'dto']]`. */
function parameters(list: string): [string, string][] {
  const out: [string, string][] = [];
  let depth = 0;
  let current = '';
  for (const ch of list) {
    if (ch === '<' || ch === '(') depth++;
    if (ch === '>' || ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      out.push(split(current));
      current = '';
    } else current += ch;
  }
  if (current.trim()) out.push(split(current));
  return out;
}

function split(param: string): [string, string] {
  const m = /^(.*\S)\s+(\w+)$/.exec(param.trim());
  return m ? [m[1]!, m[2]!] : [param.trim(), ''];
}

const METHOD =
  /^\s*(?:public|private|protected|internal)?\s*(?:static\s+)?(async\s+)?([\w<>(),\s]+?)\s+(\w+)\s*\(([^)]*)\)\s*$/m;

export function articleProgram(block: string): ArticleProgram | { notRun: string } {
  const notes: string[] = [];
  let code = block;
  if (/\b(ApplicationDbContext|AppDbContext)\b/.test(code)) {
    code = code.replace(/\b(ApplicationDbContext|AppDbContext)\b/g, 'AppDb');
    notes.push('context type → AppDb');
  }
  const lines = code.split('\n');
  // The first line of code: not a comment, not an attribute (`[HttpPost]` stays where it is).
  const firstCode = lines.findIndex(
    (l) => l.trim() && !l.trim().startsWith('//') && !/^\s*\[.*\]\s*$/.test(l),
  );
  const head = lines[firstCode] ?? '';
  const isType = (l: string) => /^\s*(public\s+|internal\s+)?(sealed\s+)?(class|record)\s+\w+/.test(l);
  // The class to call: the block's first class (a record before it is a DTO).
  const classLine = lines.find((l) => /^\s*(public\s+|internal\s+)?(sealed\s+)?class\s+\w+/.test(l)) ?? '';
  const typeDecl = /^\s*(public\s+|internal\s+)?(sealed\s+)?(class)\s+(\w+)/.exec(classLine);
  const method = isType(head) ? null : METHOD.exec(head);
  let target: { className: string; ctorParams: [string, string][]; method: RegExpExecArray } | null = null;
  if (method && lines[firstCode + 1]?.trim() === '{') {
    // A method on its own: the class around it receives the services it uses.
    const own = new Set(parameters(method[4]!).map(([, n]) => n));
    const used = Object.keys(INJECTED).filter((n) => !own.has(n) && new RegExp(`\\b${n}\\b`).test(code));
    const ctorParams = used.map((n) => [INJECTED[n]!, n] as [string, string]);
    notes.push(`method wrapped in \`class Article(${ctorParams.map(([t, n]) => `${t} ${n}`).join(', ')})\``);
    code = `${code}\nclass Article(${ctorParams.map(([t, n]) => `${t} ${n}`).join(', ')}) { }`;
    // The class must enclose the method: open it on the block's first line, close it after.
    const open = `class Article(${ctorParams.map(([t, n]) => `${t} ${n}`).join(', ')}) { `;
    const body = code.split('\n');
    body.pop();
    body[firstCode] = open + body[firstCode];
    body[body.length - 1] += ' }';
    code = body.join('\n');
    target = { className: 'Article', ctorParams, method };
  } else if (typeDecl) {
    const className = typeDecl[4]!;
    const after = classLine.slice(classLine.indexOf(className) + className.length);
    const primary = after.trimStart().startsWith('(') ? /\(([^)]*)\)/.exec(after) : null;
    const rest = lines.slice(lines.indexOf(classLine) + 1).join('\n');
    const ctor = new RegExp(`\\b${className}\\s*\\(([^)]*)\\)\\s*$`, 'm').exec(rest);
    const ctorParams = parameters(primary?.[1] ?? ctor?.[1] ?? '');
    const first = rest
      .split('\n')
      .map((l) => METHOD.exec(l))
      .find((m) => m && /^\s*public\b/.test(m.input) && m[3] !== className);
    if (first) target = { className, ctorParams, method: first };
  }
  for (const [name, decl] of Object.entries(DTOS)) {
    if (new RegExp(`\\b${name}\\b`).test(code) && !new RegExp(`(record|class)\\s+${name}\\b`).test(code)) {
      code += `\n${decl}`;
      notes.push(`\`${name}\` declared as a record`);
    }
  }
  if (!target && (isType(head) || METHOD.test(head)))
    return { notRun: 'declares a type or method but nothing the wrapper can call with stand-ins' };
  if (!target) return { code, offset: 0, notes };
  const args = (params: [string, string][]) => {
    const values = params.map(([t]) => standIn(t) ?? (DTOS[t] ? dtoValue(t) : null));
    const missing = params.find((_, i) => values[i] === null);
    return missing ? { missing: missing[0] } : { list: values.join(', ') };
  };
  const ctorArgs = args(target.ctorParams);
  const callArgs = args(parameters(target.method[4]!));
  if ('missing' in ctorArgs || 'missing' in callArgs)
    return {
      notRun: `nothing stands in for a \`${'missing' in ctorArgs ? ctorArgs.missing : (callArgs as { missing: string }).missing}\``,
    };
  const isAsync = Boolean(target.method[1]) || /^Task\b/.test(target.method[2]!.trim());
  const call = `var article = new ${target.className}(${ctorArgs.list}); ${isAsync ? 'await ' : ''}article.${target.method[3]}(${callArgs.list});`;
  notes.push(`called as \`${target.method[3]}(${callArgs.list})\``);
  return { code: `${call}\n${code}`, offset: 1, notes };
}

function dtoValue(type: string): string | null {
  return type === 'CustomerDto' ? 'new CustomerDto(1, "Renamed", "renamed@example.com")' : null;
}
