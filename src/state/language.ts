/**
 * The language the learner writes in: TypeScript or C#. Each lesson has both (the C# files are
 * the runnable twins, same lines, same outcomes: src/csharp/twins.test.ts), so the starter, the
 * solutions and the learner's buffer all come in the language chosen.
 */
import type { Lesson } from './lessonTypes.ts';

export type Language = 'typescript' | 'csharp';

export const isLanguage = (v: unknown): v is Language => v === 'typescript' || v === 'csharp';

/** The parts of a lesson that differ by language. */
export type LessonFiles = Pick<Lesson, 'starter' | 'solutions' | 'csharp'>;

/** The lesson's starter in `language` (a lesson without its C# twin falls back to TypeScript's). */
export function starterIn(lesson: LessonFiles, language: Language): string {
  return language === 'csharp' ? (lesson.csharp.starter ?? lesson.starter) : lesson.starter;
}

/** A solution's code in `language`. */
export function solutionIn(lesson: LessonFiles, name: string, language: Language): string | undefined {
  const ts = lesson.solutions.find((s) => s.name === name)?.code;
  return language === 'csharp' ? (lesson.csharp[name] ?? ts) : ts;
}

/** The file name the editor's tab shows. */
export const fileNameOf = (language: Language) => (language === 'csharp' ? 'Snippet.cs' : 'snippet.ts');
