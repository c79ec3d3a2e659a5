/** Each context's change tracker at the playhead, like EF Core's ChangeTracker.DebugView.LongView. */
import type { Run, TrackerEntry } from '../../runner/types.ts';
import { trackerAt } from './playheadView.ts';
import { navigationText } from './trackerNavigation.ts';

function keyNames(key: string): Set<string> {
  return new Set([...key.matchAll(/(\w+):/g)].map((m) => m[1]));
}

function Entry({ e }: { e: TrackerEntry }) {
  const keys = keyNames(e.key);
  return (
    <div className="ct-entry">
      <div className="ct-head">
        {e.entity} {e.key} <span className={`state state-${e.state}`}>{e.state}</span>
      </div>
      {Object.entries(e.values).map(([name, value]) => {
        const modified = e.modified.includes(name);
        return (
          <div key={name} className={`ct-prop${modified ? ' modified' : ''}`}>
            {'  '}
            {name}: {value}
            {keys.has(name) && <span className="ct-flag"> PK</span>}
            {e.foreignKeys?.includes(name) && <span className="ct-flag"> FK</span>}
            {modified && <span className="ct-flag ct-mod"> Modified</span>}
            {modified && e.originals[name] !== undefined && (
              <span className="ct-orig"> Originally {e.originals[name]}</span>
            )}
          </div>
        );
      })}
      {/* Navigations after the properties, indented by two, as LongView has them. */}
      {e.navigations?.map((nav) => {
        const { text, full } = navigationText(nav);
        return (
          <div
            key={nav.name}
            className="ct-nav"
            data-testid="ct-navigation"
            title={full === text ? undefined : full}
          >
            {'  '}
            {text}
          </div>
        );
      })}
    </div>
  );
}

export function ChangeTrackerPanel({ run, cursor }: { run: Run | null; cursor: number }) {
  if (!run)
    return (
      <p className="empty">
        Tracked entities, their states and modified properties appear here, at the playhead.
      </p>
    );
  const snapshots = trackerAt(run, cursor);
  if (snapshots.length === 0)
    return <p className="empty">No context is tracking anything at this point of the run.</p>;
  return (
    <div className="ct">
      {snapshots.map((s) => (
        <section key={s.context} className="ct-context" aria-label={`AppDb #${s.context} change tracker`}>
          <h3 className="ct-title">
            AppDb #{s.context}{' '}
            <span className="muted">· {s.disposed ? 'disposed' : `${s.entries.length} tracked`}</span>
          </h3>
          {s.entries.length === 0 && (
            <p className="muted">
              {s.disposed ? '(disposed: it tracks nothing any more)' : '(nothing tracked)'}
            </p>
          )}
          <pre className="ct-view">
            {s.entries.map((e) => (
              <Entry key={`${e.entity}${e.key}`} e={e} />
            ))}
          </pre>
        </section>
      ))}
    </div>
  );
}
