/**
 * Keeps the address bar and the store in step: one history entry per lesson (so Back and Forward
 * move between lessons), the solution diff shown and the language (`.cs`) recorded in place. Reading a route
 * (start-up, Back/Forward, an edited URL) selects what it names. Share links (`#v1/…`) stay
 * shareActions.ts's business: a route is only written over one when the lesson changes.
 */
import { useApp, type AppState } from '../../state/store.ts';
import { findLesson } from '../../state/lessons.ts';
import { formatRoute, parseRoute, type LessonRoute } from '../../state/lessonRoute.ts';
import { SHARE_PREFIX } from '../../state/shareLink.ts';

type RouteState = Pick<AppState, 'lessonId' | 'diffSolution' | 'language'>;

function routeOf(s: RouteState): LessonRoute | null {
  if (!s.lessonId) return null;
  return { lesson: s.lessonId, solution: s.diffSolution, csharp: s.language === 'csharp' };
}

/** Set while a route is being applied, so the store changes it makes do not write history. */
let applying = false;

function applyRoute(route: LessonRoute): void {
  const lesson = findLesson(route.lesson);
  if (!lesson) return;
  applying = true;
  try {
    const s = useApp.getState();
    s.selectLesson(lesson.id);
    const solution = lesson.solutions.some((x) => x.name === route.solution) ? route.solution : null;
    if (useApp.getState().diffSolution !== solution) s.showDiff(solution);
    // A `.cs` route opens in C#; a route without it keeps the learner's language (older links
    // and TypeScript learners' links carry no language, which is no reason to switch).
    if (route.csharp) s.setLanguage('csharp');
  } finally {
    applying = false;
  }
}

function writeRoute(s: RouteState, mode: 'push' | 'replace', prev?: RouteState): void {
  const route = routeOf(s);
  if (!route) return;
  const hash = formatRoute(route);
  if (location.hash === hash) return;
  const onShareLink = location.hash.startsWith(SHARE_PREFIX);
  // A share link in the address bar stays until the lesson changes (its own code watches edits).
  if (onShareLink && mode === 'replace') return;
  if (mode === 'push') {
    // The entry being left keeps a route to the lesson, not a share link that would reopen it.
    const back = prev && routeOf(prev);
    if (onShareLink && back) history.replaceState(null, '', formatRoute(back));
    history.pushState(null, '', hash);
  } else {
    history.replaceState(null, '', hash);
  }
}

function onLocationChange(): void {
  const route = parseRoute(location.hash);
  if (route) applyRoute(route);
}

/** Applies a route in the URL, writes the current one, and keeps both in step. Returns a cleanup. */
export function startLessonRouting(): () => void {
  onLocationChange();
  writeRoute(useApp.getState(), 'replace');
  const unsubscribe = useApp.subscribe((s, prev) => {
    if (applying) return;
    const same =
      s.lessonId === prev.lessonId && s.diffSolution === prev.diffSolution && s.language === prev.language;
    // A share link dropped from the address bar (opened, broken or stale) leaves no hash: put the route back.
    if (same && location.hash.length <= 1) writeRoute(s, 'replace');
    if (same) return;
    writeRoute(s, s.lessonId !== prev.lessonId ? 'push' : 'replace', prev);
  });
  window.addEventListener('popstate', onLocationChange);
  window.addEventListener('hashchange', onLocationChange);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onLocationChange);
    window.removeEventListener('hashchange', onLocationChange);
  };
}
