/**
 * C# → the TypeScript snippet dialect the runner executes, line for line (see emitter.ts).
 * Input: a C# script (TWINS.md): top-level statements, local functions, then classes and
 * records. Output: TypeScript whose line N is C# line N, plus diagnostics for syntax errors
 * and for constructs outside the subset (the snippet must not run when there is one).
 */
import type { Node, Tree } from 'web-tree-sitter';
import { collectClass, collectFunction, collectMembers, lowerClass, TYPE_DECLARATIONS } from './classes.ts';
import { LowerContext, type CsDiagnostic } from './context.ts';
import { field, named } from './nodes.ts';
import type { CSharpParser } from './parser.ts';
import { statement } from './statements.ts';

export interface LoweredCSharp {
  /** The TypeScript snippet (same line count as the C#). */
  code: string;
  /** Errors mean: do not run. 1-based, on the C# lines. */
  diagnostics: CsDiagnostic[];
}

export function lowerCSharp(parser: CSharpParser, source: string): LoweredCSharp {
  const tree: Tree = parser.parse(source);
  try {
    return lowerTree(tree.rootNode, source);
  } finally {
    tree.delete();
  }
}

function syntaxErrors(ctx: LowerContext, node: Node): void {
  if (node.isError || node.isMissing) {
    const what = node.isMissing
      ? `missing \`${node.type}\``
      : `unexpected \`${node.text.split('\n')[0].slice(0, 30)}\``;
    ctx.error(node, `C# syntax error: ${what}.`);
    return;
  }
  if (!node.hasError) return;
  for (const child of node.children) if (child) syntaxErrors(ctx, child);
}

const SKIPPED = new Set(['using_directive', 'interface_declaration', 'comment', 'extern_alias_directive']);
const REFUSED: Record<string, string> = {
  namespace_declaration: 'Declare the types at the top level of the script.',
  file_scoped_namespace_declaration: 'Declare the types at the top level of the script.',
  struct_declaration: 'Declare a `class` or a `record`.',
  enum_declaration: 'Use string constants, e.g. `const string Pending = "Pending";`.',
  delegate_declaration: 'Use `Func<…>`/`Action<…>` parameters and lambdas.',
};

function lowerTree(root: Node, source: string): LoweredCSharp {
  const ctx = new LowerContext();
  syntaxErrors(ctx, root);
  if (ctx.diagnostics.length) return { code: '', diagnostics: ctx.diagnostics.slice(0, 10) };
  const top = named(root);
  for (const node of top) if (TYPE_DECLARATIONS.has(node.type)) collectClass(ctx, node);
  for (const node of top) if (TYPE_DECLARATIONS.has(node.type)) collectMembers(ctx, node);
  for (const node of top) {
    const fn = node.type === 'global_statement' ? named(node)[0] : null;
    if (fn?.type === 'local_function_statement') collectFunction(ctx, fn);
  }
  // C# may name a local function before its declaration (in its block), e.g. as a method group.
  for (const fn of root.descendantsOfType('local_function_statement')) {
    const name = fn && field(fn, 'name')?.text;
    if (name) ctx.localFunctions.add(name);
  }
  for (const node of top) {
    if (node.type === 'global_statement') {
      const inner = named(node)[0];
      if (inner) statement(ctx, inner);
    } else if (TYPE_DECLARATIONS.has(node.type)) {
      ctx.sync(node);
      lowerClass(ctx, node);
    } else if (REFUSED[node.type]) {
      ctx.unsupported(
        node,
        `A ${node.type.replace(/_/g, ' ').replace(' declaration', '')}`,
        REFUSED[node.type],
      );
    } else if (!SKIPPED.has(node.type)) {
      ctx.unsupported(
        node,
        `\`${node.text.split('\n')[0].slice(0, 40)}\``,
        'Write top-level statements, local functions, classes and records.',
      );
    }
  }
  // Same line count as the C#: the runner clamps diagnostics to the snippet's lines.
  ctx.out.sync(source.split('\n').length - 1);
  return { code: ctx.out.toString(), diagnostics: ctx.diagnostics };
}
