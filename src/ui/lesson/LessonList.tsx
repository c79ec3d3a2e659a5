/** The lessons, in order, with progress (done / in progress / not started). */
import { useApp } from '../../state/store.ts';
import { getLessons } from '../../state/lessons.ts';
import { Icon } from '../shell/Icon.tsx';
import { runVerdict } from '../../runner/verdict.ts';
import { useNavCollapsed } from '../shell/useNavCollapsed.ts';
import { SymptomFinder } from './SymptomFinder.tsx';

export function LessonList() {
  const lessonId = useApp((s) => s.lessonId);
  const progress = useApp((s) => s.progress);
  const collapsed = useNavCollapsed();
  const toggleNav = useApp((s) => s.toggleNav);
  const selectLesson = useApp((s) => s.selectLesson);
  // The current lesson's latest run, summarised by the one verdict (as the Exception tab does).
  const run = useApp((s) => s.run);
  const revealed = useApp((s) => s.revealed);
  const lastRun = run && revealed ? runVerdict(run) : null;
  const lessons = getLessons();
  const done = lessons.filter((l) => progress[l.id]?.status === 'done').length;
  return (
    <nav className={`lesson-nav${collapsed ? ' collapsed' : ''}`} aria-label="Lessons">
      <div className="lesson-nav-head">
        {!collapsed && (
          <span>
            Lessons{' '}
            <span className="muted">
              {done}/{lessons.length} done
            </span>
          </span>
        )}
        <button
          type="button"
          className="btn btn-ghost btn-sm btn-icon"
          aria-label={collapsed ? 'Expand lesson list' : 'Collapse lesson list'}
          aria-expanded={!collapsed}
          onClick={() => toggleNav(collapsed)}
        >
          <Icon name="menu" />
        </button>
      </div>
      <SymptomFinder collapsed={collapsed} />
      <ol className="lesson-list">
        {lessons.map((l) => {
          const status = progress[l.id]?.status ?? 'new';
          const verdict = l.id === lessonId ? lastRun : null;
          const label =
            (status === 'done' ? 'done' : status === 'in-progress' ? 'in progress' : 'not started') +
            (verdict ? `; last run: ${verdict.label}` : '');
          return (
            <li key={l.id}>
              <button
                type="button"
                className="lesson-link"
                data-testid="lesson-link"
                data-lesson={l.id}
                data-status={status}
                data-last-run={verdict?.kind}
                aria-current={l.id === lessonId ? 'page' : undefined}
                aria-label={
                  collapsed ? `${String(l.order).padStart(2, '0')} ${l.title} (${label})` : undefined
                }
                title={`${collapsed ? l.title : l.summary}${verdict ? ` (last run: ${verdict.label})` : ''}`}
                onClick={() => selectLesson(l.id)}
              >
                <span className={`lesson-status status-${status}`} aria-hidden="true">
                  {status === 'done' ? <Icon name="check" /> : String(l.order).padStart(2, '0')}
                </span>
                {!collapsed && (
                  <span className="lesson-link-text">
                    <span className="lesson-title">{l.title}</span>
                    <span className="sr-only"> ({label})</span>
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
