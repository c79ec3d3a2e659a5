/**
 * The panel tabs under the timeline. Every tab panel element stays in the page (hidden when
 * inactive) but only the active one renders its body: the playhead moves every frame, and hidden
 * panels (the Events table above all) would otherwise re-render the whole trace each time.
 */
import type { ReactNode } from 'react';
import { useApp } from '../../state/store.ts';
import type { PanelTab } from '../../state/slices/uiSlice.ts';
import { ExceptionPanel } from './ExceptionPanel.tsx';
import { BugReportActions } from './BugReportActions.tsx';
import { SqlLogPanel } from './SqlLogPanel.tsx';
import { ChangeTrackerPanel } from './ChangeTrackerPanel.tsx';
import { ConsolePanel } from './ConsolePanel.tsx';
import { EventsTable } from './EventsTable.tsx';
import { consoleUpTo, sqlCountUpTo, trackedCountAt } from './playheadView.ts';
import { runVerdict } from '../../runner/verdict.ts';
import { PendingResult } from './PendingResult.tsx';

export function Panels() {
  const run = useApp((s) => s.run);
  // The result waits for the playhead (or "Skip to result"): the badge would give it away too.
  const revealed = useApp((s) => s.revealed);
  const runError = useApp((s) => s.runError);
  const cursor = useApp((s) => s.pos.cursor);
  const tab = useApp((s) => s.panelTab);
  const setTab = useApp((s) => s.setPanelTab);
  const verdict = run ? runVerdict(run) : null;
  const failures = verdict
    ? (verdict.exception ? 1 : 0) +
      verdict.unobserved.length +
      verdict.failedRequests.length +
      verdict.unseenCollisions.length
    : 0;
  const tabs: { id: PanelTab; label: string; testid: string; badge?: ReactNode; body: ReactNode }[] = [
    {
      id: 'exception',
      label: 'Exception',
      testid: 'exception',
      badge:
        run && !revealed && !runError ? (
          <span className="badge" title="Shown when the playhead reaches the result">
            …
          </span>
        ) : runError || run?.outcome === 'stopped' ? (
          <span className="badge badge-warn">!</span>
        ) : failures ? (
          <span className={`badge ${run?.exception ? 'badge-danger' : 'badge-warn'}`}>{failures}</span>
        ) : run ? (
          <span className="badge badge-ok">0</span>
        ) : null,
      body:
        run && !revealed && !runError ? (
          <PendingResult />
        ) : (
          <>
            {run && !runError && <BugReportActions run={run} />}
            <ExceptionPanel run={run} runError={runError} />
          </>
        ),
    },
    {
      id: 'sql',
      label: 'SQL log',
      testid: 'sql-log',
      badge: run && <span className="badge">{sqlCountUpTo(run, cursor)}</span>,
      body: <SqlLogPanel run={run} cursor={cursor} />,
    },
    {
      id: 'tracker',
      label: 'Change tracker',
      testid: 'change-tracker',
      badge: run && <span className="badge">{trackedCountAt(run, cursor)}</span>,
      body: <ChangeTrackerPanel run={run} cursor={cursor} />,
    },
    {
      id: 'console',
      label: 'Console',
      testid: 'console',
      badge: run && <span className="badge">{consoleUpTo(run, cursor).length}</span>,
      body: <ConsolePanel run={run} cursor={cursor} />,
    },
    {
      id: 'events',
      label: 'Events',
      testid: 'events',
      badge: run && <span className="badge">{run.trace.length}</span>,
      body: <EventsTable run={run} cursor={cursor} visible={tab === 'events'} />,
    },
  ];
  return (
    <section className="card panels" aria-label="Run details">
      <div className="tabs panel-tabs" role="tablist" aria-label="Run details">
        {tabs.map((t) => (
          <button
            key={t.id}
            id={`tab-${t.id}`}
            type="button"
            role="tab"
            className="tab"
            aria-selected={tab === t.id}
            aria-controls={`panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => setTab(t.id)}
            onKeyDown={(e) => {
              const i = tabs.findIndex((x) => x.id === t.id);
              const next =
                e.key === 'ArrowRight'
                  ? tabs[(i + 1) % tabs.length]
                  : e.key === 'ArrowLeft'
                    ? tabs[(i + tabs.length - 1) % tabs.length]
                    : null;
              if (next) {
                e.preventDefault();
                setTab(next.id);
                document.getElementById(`tab-${next.id}`)?.focus();
              }
            }}
          >
            {t.label} {t.badge}
          </button>
        ))}
      </div>
      {tabs.map((t) => (
        <div
          key={t.id}
          id={`panel-${t.id}`}
          role="tabpanel"
          aria-labelledby={`tab-${t.id}`}
          className="panel-body"
          hidden={tab !== t.id}
          data-testid={t.testid}
          tabIndex={0}
        >
          {tab === t.id && t.body}
        </div>
      ))}
    </section>
  );
}
