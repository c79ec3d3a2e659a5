/**
 * The C# code blocks of the reference articles (/work/shared/seeds, or SEEDS_DIR): fenced
 * ```csharp blocks, and, where the stored text lost its fences, runs of lines that read as code
 * (indented, braces, `//` comments, declarations, statements ending in `;` `{` `}`), blank lines
 * inside a run kept. Prose lines never look like that, so a block starts and ends where prose does.
 */
export interface ArticleBlock {
  /** Seed file name. */
  file: string;
  /** 1-based index of the block in its file. */
  index: number;
  /** 1-based line of the block's first line in the file. */
  line: number;
  code: string;
}

const CODE_START =
  /^(\s|\/\/|[{}[]|#|(public|private|protected|internal|static|sealed|var|await|using|return|class|record|if|else|foreach|for|while|try|catch|finally|throw|builder|services|app|_)\b)/;
const CODE_END = /[;{}(),]\s*(\/\/.*)?$/;

/** Stack traces (`   at …`), bullets and list items are prose however they are indented. */
const NOT_CODE = /^\s*(at |•|- )/;

function looksLikeCode(line: string): boolean {
  if (!line.trim() || NOT_CODE.test(line)) return false;
  return CODE_START.test(line) || CODE_END.test(line.trimEnd());
}

export function extractBlocks(file: string, text: string): ArticleBlock[] {
  const lines = text.split('\n');
  const blocks: ArticleBlock[] = [];
  const push = (start: number, body: string[]) => {
    while (body.length && !body.at(-1)!.trim()) body.pop();
    // A line of prose that happens to start like code ("await using cleans up") is no block.
    if (body.some((l) => /[;{}]/.test(l)))
      blocks.push({ file, index: blocks.length + 1, line: start + 1, code: body.join('\n') });
  };
  let i = 0;
  // Front matter (`---` … `---`) is not code.
  if (lines[0]?.trim() === '---') {
    i = lines.indexOf('---', 1) + 1;
  }
  while (i < lines.length) {
    const fence = /^```(\w*)/.exec(lines[i]!);
    if (fence) {
      const end = lines.findIndex((l, j) => j > i && l.startsWith('```'));
      const stop = end < 0 ? lines.length : end;
      if (['csharp', 'cs', 'c#', ''].includes(fence[1]!.toLowerCase())) push(i + 1, lines.slice(i + 1, stop));
      i = stop + 1;
      continue;
    }
    if (!looksLikeCode(lines[i]!)) {
      i++;
      continue;
    }
    const start = i;
    const body: string[] = [];
    while (i < lines.length && !lines[i]!.startsWith('```')) {
      const line = lines[i]!;
      if (looksLikeCode(line)) body.push(line);
      else if (!line.trim() && looksLikeCode(lines[i + 1] ?? '')) body.push(line);
      else break;
      i++;
    }
    push(start, body);
  }
  return blocks;
}
