/**
 * The bug report for the latest run, and getting it out of the page: clipboard first, a
 * download of the same `.md`, and the caller shows the text when the clipboard refuses.
 */
import type { Run } from '../../runner/types.ts';
import { encodeShare } from '../../state/shareLink.ts';
import { formatBugReport } from '../trace/formatBugReport.ts';

/** The report for `run` (made by `code` in `lessonId`), with a link that replays it. */
export function bugReportFor(run: Run, code: string, lessonId: string | null): string {
  const link = lessonId
    ? location.origin + location.pathname + encodeShare({ lesson: lessonId, code, settings: run.settings })
    : undefined;
  return formatBugReport(run, code, lessonId, { link });
}

export function bugReportFileName(run: Run, lessonId: string | null): string {
  return `dbcontext-playground-${lessonId ?? 'run'}-seed${run.settings.seed}.md`;
}

/** True when the clipboard took the text; false when the browser refused (permissions, http). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function downloadText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
