/**
 * Comment-only edits hidden from a solution diff. A solution often rewords or adds comments
 * ("// Fix: …") around the line that matters; shown as changes, they come first and push the real
 * fix out of view. Here the learner's side gets the solution's version of every hunk whose code
 * (comments and blank lines aside) is the same on both sides, so the diff shows only real changes.
 * Pure: lines in, lines out; the diff view decides what to render.
 */

/** The code with every `//` and block comment blanked out (line breaks kept); strings respected. */
export function stripComments(code: string): string {
  let out = '';
  let i = 0;
  while (i < code.length) {
    const c = code[i];
    const next = code[i + 1];
    if (c === '/' && next === '/') {
      while (i < code.length && code[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      i += 2;
      while (i < code.length && !(code[i] === '*' && code[i + 1] === '/')) {
        if (code[i] === '\n') out += '\n';
        i++;
      }
      i += 2;
    } else if (c === '"' || c === "'" || c === '`') {
      // A string or template: copied as is, escapes honoured, up to its closing quote.
      out += c;
      i++;
      while (i < code.length && code[i] !== c && !(c !== '`' && code[i] === '\n')) {
        if (code[i] === '\\') out += code[i++];
        if (i < code.length) out += code[i++];
      }
      if (i < code.length && code[i] === c) out += code[i++];
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** A run of changed lines: `a[aStart, aEnd)` replaced by `b[bStart, bEnd)`. */
export interface Hunk {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

/** Line diff by longest common subsequence (lesson files are short). */
export function lineDiff(a: string[], b: string[]): Hunk[] {
  const n = a.length;
  const m = b.length;
  // lcs[i][j]: length of the LCS of a[i..] and b[j..].
  const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const hunks: Hunk[] = [];
  let i = 0;
  let j = 0;
  let open: Hunk | null = null;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      if (open) hunks.push(open);
      open = null;
      i++;
      j++;
      continue;
    }
    open ??= { aStart: i, aEnd: i, bStart: j, bEnd: j };
    if (j < m && (i === n || lcs[i][j + 1] >= lcs[i + 1][j])) open.bEnd = ++j;
    else open.aEnd = ++i;
  }
  if (open) hunks.push(open);
  return hunks;
}

/** A line's code, comments aside, whitespace runs made one space; '' for comment or blank lines. */
function codeKeys(code: string): string[] {
  return stripComments(code)
    .split('\n')
    .map((l) => l.trim().replace(/\s+/g, ' '));
}

export interface CommentFreeDiff {
  /** The learner's code with comments (and blank lines) as in the solution, its code unchanged. */
  original: string;
  /** How many changed lines this hides: differences in comments, blank lines, spacing. */
  hidden: number;
  /** 1-based line of the solution where the first real change is, or null when there is none. */
  firstChange: number | null;
}

/**
 * Aligns the two files by their code lines only; then builds the learner's side from the
 * solution's comment lines and matched lines (same code), plus the learner's own unmatched code
 * lines where they stand. Diffed against the solution, only real code changes remain.
 */
export function hideCommentOnlyChanges(mine: string, solution: string): CommentFreeDiff {
  const a = mine.split('\n');
  const b = solution.split('\n');
  const aKeys = codeKeys(mine);
  const bKeys = codeKeys(solution);
  const aCode = a.map((_, i) => i).filter((i) => aKeys[i] !== '');
  const bCode = b.map((_, i) => i).filter((i) => bKeys[i] !== '');
  const codeHunks = lineDiff(
    aCode.map((i) => aKeys[i]),
    bCode.map((i) => bKeys[i]),
  );
  // Which code lines of each side are matched with the other (not in any hunk).
  const aUnmatched = new Set<number>();
  const bUnmatched = new Set<number>();
  for (const h of codeHunks) {
    for (let k = h.aStart; k < h.aEnd; k++) aUnmatched.add(aCode[k]);
    for (let k = h.bStart; k < h.bEnd; k++) bUnmatched.add(bCode[k]);
  }
  const out: string[] = [];
  let ai = 0;
  const flushMine = (untilCodeIndex: number) => {
    // The learner's unmatched code lines that come before the next matched one.
    for (; ai < a.length && (aKeys[ai] === '' || aUnmatched.has(ai)) && ai !== untilCodeIndex; ai++) {
      if (aUnmatched.has(ai)) out.push(a[ai]);
    }
  };
  const matchedA = aCode.filter((i) => !aUnmatched.has(i));
  let m = 0;
  for (let bi = 0; bi < b.length; bi++) {
    if (bKeys[bi] === '') {
      out.push(b[bi]);
    } else if (!bUnmatched.has(bi)) {
      const partner = matchedA[m++];
      flushMine(partner);
      out.push(b[bi]);
      ai = partner + 1;
    }
  }
  flushMine(-1);
  const original = out.join('\n');
  const remaining = lineDiff(original.split('\n'), b);
  const first = remaining[0];
  return {
    original,
    hidden: Math.max(0, changedLines(lineDiff(a, b)) - changedLines(remaining)),
    // A pure deletion has no solution line of its own: the line where it was (or the last line).
    firstChange: first ? Math.min(first.bStart, b.length - 1) + 1 : null,
  };
}

function changedLines(hunks: Hunk[]): number {
  return hunks.reduce((n, h) => n + Math.max(h.aEnd - h.aStart, h.bEnd - h.bStart), 0);
}
