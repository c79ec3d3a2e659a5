/** Editor actions: Run / Stop (Ctrl/Cmd+Enter), Reset to the starter in the editor's language (undoable), solutions, settings. */
import type { Lesson } from '../../state/lessonTypes.ts';
import { useApp } from '../../state/store.ts';
import { runCurrent, stopRun } from '../../state/runController.ts';
import { Icon } from '../shell/Icon.tsx';
import { replaceAllUndoable } from './editorBridge.ts';
import { RunSettingsMenu } from './RunSettingsMenu.tsx';
import { isMac } from './platform.ts';
import { raceLabBusy } from '../../state/slices/raceLab.ts';
import { editorLanguage } from '../../state/slices/workspaceSlice.ts';
import { starterIn } from '../../state/language.ts';

export function Toolbar({ lesson, code }: { lesson: Lesson; code: string }) {
  const running = useApp((s) => s.runStatus === 'running');
  const labBusy = useApp(raceLabBusy);
  const setCode = useApp((s) => s.setCode);
  const showDiff = useApp((s) => s.showDiff);
  const starter = starterIn(lesson, useApp(editorLanguage));
  const modified = code !== starter;
  const reset = () => {
    if (!replaceAllUndoable(starter, 'reset')) setCode(starter);
  };
  return (
    <div className="toolbar">
      <button
        type="button"
        className="btn btn-sm"
        onClick={reset}
        disabled={!modified}
        title="Put the starter code back (Ctrl+Z undoes it)"
      >
        <Icon name="reset" />
        <span className="reset-label">Reset</span>
      </button>
      {lesson.solutions.length > 0 && (
        <label className="solution-pick">
          <span className="sr-only">Show a solution as a diff</span>
          <select
            value=""
            data-testid="solution-select"
            onChange={(e) => {
              if (!e.target.value) return;
              showDiff(e.target.value);
            }}
          >
            <option value="">Solutions…</option>
            {lesson.solutions.map((s) => (
              <option key={s.name} value={s.name}>
                {s.title}
              </option>
            ))}
          </select>
        </label>
      )}
      <RunSettingsMenu />
      <span className="toolbar-spacer" />
      {running && (
        <button type="button" className="btn btn-sm btn-danger" onClick={stopRun}>
          <Icon name="stop" />
          Stop
        </button>
      )}
      <button
        type="button"
        className="btn btn-primary run-btn"
        data-testid="run"
        onClick={() => void runCurrent()}
        disabled={running || labBusy}
        title={labBusy ? 'The race lab is running: wait for it or cancel it' : undefined}
        aria-keyshortcuts={isMac() ? 'Meta+Enter' : 'Control+Enter'}
      >
        <Icon name="play" />
        {running ? 'Running…' : 'Run'}
        <kbd className="run-kbd">{isMac() ? '⌘' : 'Ctrl'}+Enter</kbd>
      </button>
    </div>
  );
}
