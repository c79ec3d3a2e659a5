/**
 * The `unicodeHighlight` option every editor of the page passes to Monaco.
 *
 * Monaco's default `allowedLocales` is `{ _os: true, _vscode: true }`. It resolves `_os` with
 * `new Intl.NumberFormat().resolvedOptions().locale` in the first idle moment after the first
 * editor's first frame (its unicode highlighter starts then). In a fresh tab, that first `Intl`
 * object loads ICU's locale data: 15–30 ms of main thread, for one locale name, while the run
 * worker and the TypeScript worker start. We name the learner's locales ourselves from
 * `navigator.languages` (the browser's language preferences; `_os` reads the browser's default
 * locale, normally the first of them). Characters common in those languages still pass unflagged,
 * as before.
 */
export function unicodeHighlightOptions(languages: readonly string[]): {
  allowedLocales: Record<string, true>;
} {
  const allowedLocales: Record<string, true> = { _vscode: true };
  for (const language of languages) if (language) allowedLocales[language] = true;
  return { allowedLocales };
}
