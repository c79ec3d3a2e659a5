/**
 * "Copy as bug report" for the latest run: a markdown repro (settings, code, exception, text
 * timeline, SQL) on the clipboard, or a download of it. When the clipboard refuses, the text
 * opens in a dialog to copy by hand.
 */
import { useEffect, useRef, useState } from 'react';
import type { Run } from '../../runner/types.ts';
import { useApp } from '../../state/store.ts';
import { Icon } from '../shell/Icon.tsx';
import { bugReportFileName, bugReportFor, copyText, downloadText } from './bugReport.ts';

export function BugReportActions({ run }: { run: Run }) {
  const code = useApp((s) => s.runCode) ?? '';
  const lessonId = useApp((s) => s.lessonId);
  const [text, setText] = useState<string | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (text !== null) area.current?.select();
  }, [text]);
  const report = () => bugReportFor(run, code, lessonId);
  const copy = async () => {
    const md = report();
    if (await copyText(md)) {
      useApp.getState().notify({
        id: 'bug-report',
        kind: 'success',
        text: `Bug report copied as markdown (seed ${run.settings.seed}): paste it into an issue.`,
      });
      return;
    }
    setText(md);
    dialog.current?.showModal();
  };
  return (
    <div className="bug-report">
      <button
        type="button"
        className="btn btn-sm"
        data-testid="bug-report"
        onClick={() => void copy()}
        title="Copy a markdown repro of this run: settings, code, exception, timeline, SQL"
      >
        <Icon name="copy" />
        Copy as bug report
      </button>
      <button
        type="button"
        className="btn btn-sm btn-ghost"
        data-testid="bug-report-download"
        onClick={() => downloadText(report(), bugReportFileName(run, lessonId))}
      >
        Download .md
      </button>
      {/* showModal() focuses the textarea, the dialog's first focusable element. No autoFocus:
          React focuses an autoFocus element when it mounts, and this one mounts, closed, with
          every result: a forced style and layout each time the playhead reaches the run's end. */}
      <dialog
        ref={dialog}
        className="bug-report-dialog"
        aria-labelledby="bug-report-title"
        onClose={() => setText(null)}
      >
        <h2 id="bug-report-title">Bug report</h2>
        <p className="muted">
          The clipboard is not available here: select the text and copy it, or download it.
        </p>
        <label className="sr-only" htmlFor="bug-report-text">
          Bug report (markdown)
        </label>
        <textarea
          ref={area}
          id="bug-report-text"
          data-testid="bug-report-text"
          readOnly
          value={text ?? ''}
          onFocus={(e) => e.currentTarget.select()}
          rows={16}
        />
        <div className="bug-report-dialog-actions">
          <button
            type="button"
            className="btn btn-sm"
            onClick={() => text && downloadText(text, bugReportFileName(run, lessonId))}
          >
            Download .md
          </button>
          <button type="button" className="btn btn-sm btn-primary" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
      </dialog>
    </div>
  );
}
