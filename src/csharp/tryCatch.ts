/**
 * `try { } catch (T ex) when (filter) { } … finally { }`. JavaScript has one untyped catch, so
 * the clauses become an if/else chain inside it, each on its own C# line; an exception no clause
 * takes is rethrown as it is.
 */
import type { Node } from 'web-tree-sitter';
import { typeRef } from './calls.ts';
import type { LowerContext } from './context.ts';
import { typeFromText } from './csTypes.ts';
import { expr } from './expressions.ts';
import { jsName, RT } from './names.ts';
import { field, named } from './nodes.ts';
import { lowerBlockBody } from './statements.ts';

export function lowerTry(ctx: LowerContext, node: Node): void {
  ctx.write('try ');
  lowerBlockBody(ctx, field(node, 'body') ?? named(node)[0]);
  const clauses = named(node).filter((c) => c.type === 'catch_clause');
  const fin = named(node).find((c) => c.type === 'finally_clause');
  if (clauses.length) {
    const plain =
      clauses.length === 1 &&
      !named(clauses[0]).some((c) => c.type === 'catch_declaration' || c.type === 'catch_filter_clause');
    if (plain) {
      ctx.sync(clauses[0]);
      ctx.write(' catch ');
      lowerBlockBody(
        ctx,
        named(clauses[0]).find((c) => c.type === 'block')!,
      );
    } else {
      const caught = ctx.nextCatchName();
      clauses.forEach((clause, i) => {
        ctx.sync(clause);
        ctx.write(i === 0 ? ` catch (${caught}) { if (` : ' else if (');
        catchClause(ctx, clause, caught);
      });
      ctx.write(` else throw ${caught}; }`);
    }
  }
  if (fin) {
    ctx.sync(fin);
    ctx.write(' finally ');
    lowerBlockBody(
      ctx,
      named(fin).find((c) => c.type === 'block')!,
    );
  }
}

function catchClause(ctx: LowerContext, clause: Node, caught: string): void {
  const decl = named(clause).find((c) => c.type === 'catch_declaration');
  const filter = named(clause).find((c) => c.type === 'catch_filter_clause');
  const block = named(clause).find((c) => c.type === 'block')!;
  const typeNode = decl ? field(decl, 'type') : null;
  const nameNode = decl ? field(decl, 'name') : null;
  const catchesAll = !typeNode || typeNode.text === 'Exception' || typeNode.text === 'System.Exception';
  ctx.write(catchesAll ? 'true' : `${RT}.is(${caught}, ${typeRef(ctx, typeNode)})`);
  ctx.push();
  if (nameNode)
    ctx.declare(nameNode.text, {
      kind: 'local',
      type: typeFromText(typeNode?.text ?? 'Exception', new Set()),
    });
  if (filter) {
    // The filter sees the exception under its C# name.
    ctx.write(` && ((${nameNode ? jsName(nameNode.text) : '_'}) => (`);
    expr(ctx, named(filter)[0] ?? null);
    ctx.write(`))(${caught})`);
  }
  ctx.write(') ');
  ctx.catches.push(caught);
  ctx.write('{');
  if (nameNode) ctx.write(` const ${jsName(nameNode.text)} = ${caught};`);
  ctx.write(' ');
  lowerBlockBody(ctx, block);
  ctx.write(' }');
  ctx.catches.pop();
  ctx.pop();
}
