/**
 * The learning path: every lesson folder, in the order a learner meets them. The folder number
 * is only a stable id (it is in URLs, share links, saved progress and conformance pair ids), so
 * a lesson moves on the path here and keeps its folder. The number the UI shows is the position
 * on this path (`Lesson.order`). `lessonsFromPaths` refuses a folder missing from this list and
 * an id listed twice or without a folder.
 *
 * Symptoms first: what the exception means (01), then what people hit in their own code (the
 * missing await, "passes locally"), parallel queries on purpose and their Blazor twin (components
 * loading at once), work that outlives its caller (discarded tasks, fire-and-forget, a
 * BackgroundService), retries, loops and streams; then tracking and identity (10, 11 and the graph
 * of 17); the singleton context, which shows both exceptions at once, after both are known; lost
 * updates across contexts; the open playground last.
 */
export const LESSON_PATH: readonly string[] = [
  '01-one-at-a-time',
  '03-missing-await',
  '07-works-on-my-machine',
  '02-parallel-dashboard',
  '15-blazor-server',
  '04-sync-async-mix',
  '05-fire-and-forget',
  '16-background-service',
  '09-overlapping-retries',
  '06-parallel-foreach',
  '08-streaming',
  '10-identity-conflict',
  '11-sensitive-data-logging',
  '17-graph-attach',
  '12-singleton-context',
  '13-across-contexts',
  '14-playground',
];

/** A lesson's number as the learner sees it: its 1-based position on `path`, or 0 if not on it. */
export function pathNumber(id: string, path: readonly string[] = LESSON_PATH): number {
  return path.indexOf(id) + 1;
}
