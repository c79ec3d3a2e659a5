/**
 * From a symptom to the lessons that explain it: text pasted from a real .NET log (an exception
 * message, a whole stack trace) is searched for the messages each lesson's front matter lists
 * under `symptoms:`. Pure, no DOM.
 *
 * A lesson's `messages` are what identifies it (an exception's message or type name); its
 * `clues` (stack frames, API names) only rank it among lessons whose message matched, so a stack
 * trace through `Parallel.ForEachAsync` puts that lesson first without a stray `Task.WhenAll`
 * frame ever pulling in a lesson on its own. In a pattern, `…` stands for any short run of text
 * (an entity or key name); case and whitespace (a message wrapped over lines) do not matter.
 */

export interface Symptoms {
  messages: string[];
  clues: string[];
}

export interface SymptomHit {
  /** Offsets into the searched text: `text.slice(start, end)` is what matched. */
  start: number;
  end: number;
  pattern: string;
  clue: boolean;
}

export interface SymptomMatch {
  lessonId: string;
  /** Characters matched, messages and clues together: longer, more specific matches rank first. */
  score: number;
  hits: SymptomHit[];
}

/** Longest stretch a `…` may stand for (a type name, a key's value), in characters. */
const GAP = 200;

export function compileSymptom(pattern: string): RegExp {
  const parts = pattern
    .trim()
    .split('…')
    .map((part) =>
      part
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('\\s+'),
    );
  return new RegExp(parts.join(`[\\s\\S]{0,${GAP}}?`), 'gi');
}

function hitsOf(text: string, patterns: string[], clue: boolean): SymptomHit[] {
  const hits: SymptomHit[] = [];
  for (const pattern of patterns) {
    for (const m of text.matchAll(compileSymptom(pattern))) {
      if (m[0].length > 0) hits.push({ start: m.index, end: m.index + m[0].length, pattern, clue });
    }
  }
  return hits;
}

/**
 * The lessons whose messages occur in `text`, best first (score, then lesson order); empty when
 * nothing matches.
 */
export function findLessonsForSymptom(
  text: string,
  lessons: { id: string; symptoms?: Symptoms }[],
): SymptomMatch[] {
  if (text.trim() === '') return [];
  const matches: SymptomMatch[] = [];
  for (const lesson of lessons) {
    if (!lesson.symptoms) continue;
    const messages = hitsOf(text, lesson.symptoms.messages, false);
    if (messages.length === 0) continue;
    const hits = [...messages, ...hitsOf(text, lesson.symptoms.clues, true)].sort(
      (a, b) => a.start - b.start,
    );
    // Each stretch of text counts once, however many patterns cover it.
    const score = mergeRanges(hits).reduce((n, r) => n + (r.end - r.start), 0);
    matches.push({ lessonId: lesson.id, score, hits });
  }
  const order = new Map(lessons.map((l, i) => [l.id, i]));
  return matches.sort((a, b) => b.score - a.score || order.get(a.lessonId)! - order.get(b.lessonId)!);
}

/** Overlapping or touching ranges merged; sorted by start. */
export function mergeRanges(ranges: { start: number; end: number }[]): { start: number; end: number }[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: { start: number; end: number }[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/**
 * The lines of `text` that hold a hit, with the matched parts marked, for showing what matched
 * in a long stack trace. Lines between two shown ones are dropped; a line is cut to `maxLine`
 * characters around its first mark.
 */
export function excerpt(
  text: string,
  hits: { start: number; end: number }[],
  maxLine = 240,
): ExcerptPart[][] {
  const ranges = mergeRanges(hits);
  const lines: ExcerptPart[][] = [];
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const lineEnd = (n: number) => (n + 1 < lineStarts.length ? lineStarts[n + 1] - 1 : text.length);
  const lineOf = (offset: number) => {
    let n = 0;
    while (n + 1 < lineStarts.length && lineStarts[n + 1] <= offset) n++;
    return n;
  };
  const shown = new Set<number>();
  for (const r of ranges)
    for (let n = lineOf(r.start); n <= lineOf(Math.max(r.start, r.end - 1)); n++) shown.add(n);
  for (const n of [...shown].sort((a, b) => a - b)) {
    const from = lineStarts[n];
    const to = lineEnd(n);
    const inLine = ranges
      .filter((r) => r.start < to && r.end > from)
      .map((r) => ({ start: Math.max(r.start, from), end: Math.min(r.end, to) }));
    // Cut a long line to a window that starts a little before its first mark.
    const windowStart = Math.max(from, Math.min(inLine[0].start - 40, to - maxLine));
    const windowEnd = Math.min(to, windowStart + maxLine);
    const parts: ExcerptPart[] = [];
    let at = windowStart;
    const push = (end: number, marked: boolean) => {
      if (end > at) parts.push({ text: text.slice(at, end), marked });
      at = Math.max(at, end);
    };
    if (windowStart > from) parts.push({ text: '…', marked: false });
    for (const r of inLine) {
      if (r.start >= windowEnd) break;
      push(Math.max(at, r.start), false);
      push(Math.min(r.end, windowEnd), true);
    }
    push(windowEnd, false);
    if (windowEnd < to) parts.push({ text: '…', marked: false });
    lines.push(parts.map((p) => ({ ...p, text: p.text.replace(/\r$/, '') })));
  }
  return lines;
}
