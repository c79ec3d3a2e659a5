/**
 * The state of one lowering: output, diagnostics, scopes (what each name is and its static
 * type, as far as the lowering needs it), the classes the snippet declares, and where we are
 * (inside a class, inside a lambda that becomes an expression tree, inside which catch).
 */
import type { Node } from 'web-tree-sitter';
import { Emitter } from './emitter.ts';
import type { CsType } from './csTypes.ts';

/** Same shape as the runner's Diagnostic (1-based lines and columns). */
export interface CsDiagnostic {
  severity: 'error' | 'warning';
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export type SymbolKind = 'local' | 'param' | 'treeParam' | 'function' | 'member' | 'staticMember';

export interface CsSymbol {
  kind: SymbolKind;
  type: CsType;
}

export interface ClassInfo {
  name: string;
  isRecord: boolean;
  /** Fields, properties, methods and primary-constructor parameters, by name. */
  members: Map<string, { type: CsType; isStatic: boolean }>;
}

export class LowerContext {
  readonly out = new Emitter();
  readonly diagnostics: CsDiagnostic[] = [];
  private readonly scopes: Map<string, CsSymbol>[] = [new Map()];
  readonly classes = new Map<string, ClassInfo>();
  currentClass: ClassInfo | null = null;
  /** What each snippet-declared function returns (awaited): `LoadOrdersAsync` → seq. */
  readonly functionResults = new Map<string, CsType>();
  /** Every local function's name, wherever it is declared (an identifier naming one is known). */
  readonly localFunctions = new Set<string>();
  /** Element names of the enclosing function's tuple return type (`Task<(int a, int b)>`), if any. */
  returnTuple: string[] | null = null;
  /** > 0 inside a lambda passed to a query operator (an expression tree: no runtime helpers). */
  exprTree = 0;
  /**
   * Whether the code being lowered runs in an async flow (top-level statements, an `async`
   * function, method or lambda): there a blocking wait can hold the flow (calls.ts).
   */
  inAsync = true;

  /** Lowers a function body with its own async-ness. */
  withAsync(isAsync: boolean, body: () => void): void {
    const outer = this.inAsync;
    this.inAsync = isAsync;
    body();
    this.inAsync = outer;
  }
  /** The JavaScript names of the enclosing catch clauses' exceptions, innermost last (`throw;`). */
  readonly catches: string[] = [];
  private catchCount = 0;

  push(): void {
    this.scopes.push(new Map());
  }

  pop(): void {
    this.scopes.pop();
  }

  declare(name: string, symbol: CsSymbol): void {
    this.scopes[this.scopes.length - 1].set(name, symbol);
  }

  lookup(name: string): CsSymbol | null {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const hit = this.scopes[i].get(name);
      if (hit) return hit;
    }
    const member = this.currentClass?.members.get(name);
    if (member) return { kind: member.isStatic ? 'staticMember' : 'member', type: member.type };
    return null;
  }

  nextCatchName(): string {
    return `$e${++this.catchCount}`;
  }

  sync(node: Node): void {
    this.out.sync(node.startPosition.row);
  }

  write(text: string): void {
    this.out.write(text);
  }

  error(node: Node, message: string): void {
    this.diagnostics.push({
      severity: 'error',
      message,
      line: node.startPosition.row + 1,
      column: node.startPosition.column + 1,
      endLine: node.endPosition.row + 1,
      endColumn: node.endPosition.column + 1,
    });
  }

  /**
   * Refuses a construct outside the subset: what it is, that it is not supported yet, and the
   * nearest supported form. Writes a placeholder so lowering can go on and report every one.
   */
  unsupported(node: Node, what: string, nearest: string): void {
    this.error(node, `${what} is not supported yet in the playground's C#. ${nearest}`);
    this.write('undefined');
  }
}
