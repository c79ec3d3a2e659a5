/**
 * Share-link plumbing between the URL and the store: reading a link at start-up (and on
 * hashchange), making one for the current code, and dropping a stale one from the address bar
 * once the code changes (so a reload never swaps newer work for an older link).
 */
import { useApp } from '../../state/store.ts';
import { findLesson } from '../../state/lessons.ts';
import { currentCode, editorLanguage } from '../../state/slices/workspaceSlice.ts';
import { starterIn } from '../../state/language.ts';
import { decodeShare, encodeShare, LONG_LINK_WARNING, SHARE_PREFIX } from '../../state/shareLink.ts';

function clearHash(): void {
  history.replaceState(null, '', location.pathname + location.search);
}

/** Applies the link in `location.hash`, if any. Never runs the code; never touches own buffers. */
export function openLinkFromLocation(): void {
  const result = decodeShare(location.hash);
  if (result.kind === 'none') return;
  const { notify, dismiss, openShared, selectLesson } = useApp.getState();
  clearHash();
  if (result.kind === 'error') {
    notify({ id: 'share-link', kind: 'error', text: `${result.message} Your own work is untouched.` });
    return;
  }
  const { payload } = result;
  const lesson = findLesson(payload.lesson);
  if (!lesson) {
    notify({
      id: 'share-link',
      kind: 'error',
      text: `This share link is for a lesson that does not exist here (“${payload.lesson}”). Your own work is untouched.`,
    });
    return;
  }
  // The learner's own code in the link's language: a link to what they already have just opens it.
  const language = payload.language ?? 'typescript';
  const st = useApp.getState();
  const own = (language === 'csharp' ? st.csBuffers : st.buffers)[lesson.id] ?? starterIn(lesson, language);
  if (own === payload.code) {
    useApp.getState().setLanguage(language);
    selectLesson(lesson.id);
    useApp.getState().setSettings(payload.settings);
    dismiss('share-link');
    return;
  }
  openShared(payload);
  notify({
    id: 'share-link',
    kind: 'info',
    text: `Opened a shared snippet for “${lesson.title}” (seed ${payload.settings.seed}, latency ${payload.settings.latencyMs} ms). It has not run yet: press Run to replay it. Your own code for this lesson is kept.`,
  });
}

/** Puts the current lesson, code and settings into the URL hash; returns the full link. */
export async function shareCurrent(): Promise<string | null> {
  const s = useApp.getState();
  const lesson = findLesson(s.lessonId);
  if (!lesson) return null;
  const hash = encodeShare({
    lesson: lesson.id,
    code: currentCode(s, lesson),
    settings: s.settings,
    language: editorLanguage(s),
  });
  history.replaceState(null, '', hash);
  const url = location.href;
  let copied: boolean;
  try {
    await navigator.clipboard.writeText(url);
    copied = true;
  } catch {
    copied = false;
  }
  const long =
    url.length > LONG_LINK_WARNING
      ? ` It is long (${url.length} characters): some chat apps cut long links.`
      : '';
  s.notify({
    id: 'share-link',
    kind: 'success',
    text: `${copied ? 'Link copied to the clipboard' : 'Link ready in the address bar'}: it opens this lesson with this code and run settings.${long}`,
  });
  return url;
}

/** Once the code differs from what the address bar's link holds, drop the link from the URL. */
export function watchStaleShareHash(): () => void {
  return useApp.subscribe((s, prev) => {
    if (!location.hash.startsWith(SHARE_PREFIX)) return;
    if (
      s.buffers === prev.buffers &&
      s.csBuffers === prev.csBuffers &&
      s.shared === prev.shared &&
      s.lessonId === prev.lessonId &&
      s.language === prev.language
    )
      return;
    const lesson = findLesson(s.lessonId);
    if (!lesson) return;
    if (
      encodeShare({
        lesson: lesson.id,
        code: currentCode(s, lesson),
        settings: s.settings,
        language: editorLanguage(s),
      }) !== location.hash
    )
      clearHash();
  });
}
