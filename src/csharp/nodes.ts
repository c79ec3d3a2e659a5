/** Small accessors over tree-sitter nodes (its child arrays may hold nulls in the typings). */
import type { Node } from 'web-tree-sitter';

export function kids(node: Node): Node[] {
  return node.children.filter((c): c is Node => c !== null);
}

/** Named children, comments left out (tree-sitter keeps them in the tree as named nodes). */
export function named(node: Node): Node[] {
  return node.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment');
}

export function field(node: Node, name: string): Node | null {
  return node.childForFieldName(name);
}

/** Whether `node` has an anonymous child token `text` (`await`, `using`, `static`, …). */
export function hasToken(node: Node, text: string): boolean {
  return kids(node).some((c) => !c.isNamed && c.type === text);
}

/** Modifier keywords (`public`, `async`, `static`, …) of a declaration. */
export function modifiers(node: Node): Set<string> {
  return new Set(
    kids(node)
      .filter((c) => c.type === 'modifier')
      .map((c) => c.text),
  );
}

/** The bare name of a type or method name node: `List` for `List<int>`, `Foo` for `X.Foo`. */
export function headName(node: Node): string {
  if (node.type === 'generic_name') return named(node)[0]?.text ?? node.text;
  if (node.type === 'qualified_name') return headName(field(node, 'name') ?? named(node).at(-1) ?? node);
  if (node.type === 'nullable_type') return headName(named(node)[0] ?? node);
  return node.text;
}

/** Type arguments of a generic name (`<AppDb>` → [AppDb node]); empty otherwise. */
export function typeArgs(node: Node | null): Node[] {
  if (!node || node.type !== 'generic_name') return [];
  const list = named(node).find((c) => c.type === 'type_argument_list');
  return list ? named(list) : [];
}
