/**
 * Lesson content as the app, the CLI and the tests see it. Parsed from `lessons/NN-slug/` by
 * {@link parseLesson}; nothing here touches the DOM or the file system.
 */
import type { Goal } from './goals.ts';
import type { Provider } from '../sim/provider.ts';
import type { Symptoms } from './symptoms.ts';

export type { Goal, GoalResult, GoalMatcher, ExceptionSpec } from './goals.ts';

/** Run settings a lesson (or one expectation case) may fix. Same fields as the runner's RunSettings. */
export interface LessonSettings {
  latencyMs?: number;
  jitterMs?: number;
  seed?: number;
  /** The database provider (`sqlserver`, `sqlserver-mars`, `sqlite`); default `sqlserver`. */
  provider?: Provider;
}

/** The question shown before the first run ("Will this throw? Where?"); the run reveals the answer. */
export interface Predict {
  question: string;
  options: string[];
  /** Index into `options` (0-based). */
  answer: number;
  explanation?: string;
}

/**
 * What one shipped file must do on one run (or on several seeds), checked by
 * `src/lessons/lessons.test.ts`.
 */
export interface ExpectationCase {
  /** Overrides the lesson's settings for this case. */
  settings?: LessonSettings;
  /** Goal ids that must be met. */
  meets: string[];
  /** Goal ids that must NOT be met. */
  fails: string[];
  /** Extra goals (same vocabulary) that must be met; `exception:` in YAML is sugar for one of these. */
  checks: Goal[];
  /**
   * Run seeds 1..N instead of once. `meets`, `fails` and `checks` must then hold on every seed;
   * each goal in `flaky` must be met on at least one seed and missed on at least one.
   */
  seeds?: number;
  flaky: string[];
}

export interface FileExpectation {
  /** Title shown for a solution (e.g. "Fix 1: await one query at a time"). */
  title?: string;
  /**
   * A solution-*.ts file that is not a fix: the starter's bug written another way (lesson 02's
   * Promise.all). It is checked like the starter (it must not meet the required goals).
   */
  variant?: boolean;
  cases: ExpectationCase[];
}

/** A solution file: `solution-*.ts`. */
export interface Solution {
  /** File stem, e.g. `solution-factory`. */
  name: string;
  title: string;
  code: string;
}

/**
 * Changes a lesson makes to the default model (DESIGN.md §3 allows a lesson its own model).
 * Only additions of properties are supported: the simulator adds the column, fills it with
 * `default` in every seed row, and maps it like any other property.
 */
export interface ModelPatch {
  addProperties: {
    entity: string;
    name: string;
    type: 'int' | 'string' | 'double' | 'bool' | 'datetime';
    /** Value given to every seeded row. */
    default: string | number | boolean | null;
    /** EF Core's `IsConcurrencyToken()` / `[ConcurrencyCheck]`: part of the WHERE of UPDATE and DELETE. */
    concurrencyToken?: boolean;
  }[];
}

export interface Lesson {
  /** Folder name, `NN-slug`. */
  id: string;
  /** 1-based place on the learning path (path.ts): the number the UI shows; not the folder number. */
  order: number;
  title: string;
  summary: string;
  /** The explanation (lesson.md without its front matter), Markdown. */
  markdown: string;
  predict?: Predict;
  goals: Goal[];
  hints: string[];
  /** What a learner may paste from a log that this lesson explains (symptoms.ts). */
  symptoms?: Symptoms;
  /**
   * The race lab offers "Under load" (the code as K concurrent requests) only here: where the
   * failure rate really changes with K (loadOffer.test.ts runs K = 1 and 16 to check it).
   */
  load?: boolean;
  settings?: LessonSettings;
  model?: ModelPatch;
  starter: string;
  solutions: Solution[];
  /** Runnable C# twins keyed by file stem (`starter`, `solution-…`): the same program in C#. */
  csharp: Record<string, string>;
  /** ASP.NET Core wiring shown beside the twins, not run (`Program.cs`). */
  programCs?: string;
  /** Keyed by file stem: `starter`, `solution-…`. */
  expectations: Record<string, FileExpectation>;
}

/**
 * A lesson as the page receives it (`virtual:lessons`, src/lessons/bundle.ts): without its
 * markdown source (the page gets the HTML rendered at build time) and its expectations (only the
 * tests read them). Both would be a third of the lesson data in the first chunk.
 */
export type PageLesson = Omit<Lesson, 'markdown' | 'expectations'>;
