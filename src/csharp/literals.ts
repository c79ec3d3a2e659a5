/**
 * Literals and interpolated strings. Every string comes out on one line (escaped), so the
 * output stays line-aligned. Interpolation holes print the C# way through `__cs.str` (null as
 * "", true as "True"); `{x:F2}` formats through `__cs.fmt`.
 */
import type { Node } from 'web-tree-sitter';
import type { LowerContext } from './context.ts';
import { expr } from './expressions.ts';
import { RT } from './names.ts';
import { kids, named } from './nodes.ts';
import { typeOf } from './typing.ts';

export function lowerLiteral(ctx: LowerContext, node: Node): void {
  const text = node.text;
  switch (node.type) {
    case 'integer_literal':
      return ctx.write(text.replace(/(?:[uU][lL]?|[lL][uU]?)$/, ''));
    case 'real_literal':
      return ctx.write(text.replace(/[fFdDmM]$/, ''));
    case 'boolean_literal':
    case 'null_literal':
      return ctx.write(text);
    case 'character_literal':
      return ctx.write(`'${text.slice(1, -1)}'`);
    case 'string_literal':
      // C# and JavaScript share the common escapes (\n, \t, \", \\, \u…).
      return ctx.write(
        JSON.stringify(
          decodeRegular(
            kids(node)
              .filter((k) => k.isNamed)
              .map((k) => k.text)
              .join(''),
          ),
        ),
      );
    case 'verbatim_string_literal':
      return ctx.write(JSON.stringify(text.slice(2, -1).replace(/""/g, '"')));
    case 'raw_string_literal':
      return ctx.write(JSON.stringify(rawContent(text)));
  }
}

/** The value of a regular string literal's source text between the quotes. */
function decodeRegular(source: string): string {
  try {
    return JSON.parse(`"${source.replace(/\\'/g, "'").replace(/\\0/g, '\\u0000')}"`) as string;
  } catch {
    return source;
  }
}

function rawContent(text: string): string {
  const quotes = /^"+/.exec(text)?.[0].length ?? 3;
  const inner = text.slice(quotes, -quotes);
  if (!inner.includes('\n')) return inner;
  const lines = inner.split('\n').slice(1);
  const indent = /^[ \t]*/.exec(lines.at(-1) ?? '')?.[0].length ?? 0;
  return lines
    .slice(0, -1)
    .map((l) => l.slice(indent))
    .join('\n');
}

function escapeTemplate(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${').replace(/\r?\n/g, '\\n');
}

export function lowerInterpolated(ctx: LowerContext, node: Node): void {
  const start = kids(node).find((k) => k.type === 'interpolation_start')?.text ?? '$';
  const verbatim = start.includes('@');
  const raw = !verbatim && kids(node).some((k) => k.type === 'raw_string_start' || /^"""/.test(k.text));
  if (raw) return ctx.unsupported(node, 'A raw interpolated string', 'Use a regular `$"…"` string.');
  ctx.write('`');
  for (const part of kids(node)) {
    if (part.type === 'string_content' || part.type === 'escape_sequence') {
      let text = part.text.replace(/\{\{/g, '{').replace(/\}\}/g, '}');
      if (verbatim) text = escapeTemplate(text.replace(/""/g, '"'));
      else text = escapeTemplate(decodeRegular(text));
      ctx.write(text);
    } else if (part.type === 'interpolation') {
      hole(ctx, part);
    }
  }
  ctx.write('`');
}

function hole(ctx: LowerContext, part: Node): void {
  const inner = named(part).filter((k) => k.type !== 'interpolation_brace');
  const value =
    inner.find(
      (k) => k.type !== 'interpolation_format_clause' && k.type !== 'interpolation_alignment_clause',
    ) ?? null;
  const format = inner.find((k) => k.type === 'interpolation_format_clause');
  if (inner.some((k) => k.type === 'interpolation_alignment_clause')) {
    return ctx.unsupported(
      part,
      'Alignment in an interpolation (`{x,10}`)',
      'Write `{x}` and pad with `PadLeft`.',
    );
  }
  ctx.write('${');
  if (format) {
    ctx.write(`${RT}.fmt(`);
    expr(ctx, value);
    ctx.write(`, ${JSON.stringify(format.text.replace(/^:/, ''))})`);
  } else if (
    typeOf(ctx, value) === 'int' ||
    (typeOf(ctx, value) === 'string' && value?.type !== 'identifier')
  ) {
    expr(ctx, value);
  } else {
    ctx.write(`${RT}.str(`);
    expr(ctx, value);
    ctx.write(')');
  }
  ctx.write('}');
}
