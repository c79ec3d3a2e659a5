/**
 * Asked once, on the first visit, in the editor card: which language the learner writes. Either
 * answer is kept (and changed any time with the editor's tabs); until then the editor is TypeScript.
 */
import { useApp } from '../../state/store.ts';

export function LanguagePrompt() {
  const unchosen = useApp((s) => s.language === null);
  const setLanguage = useApp((s) => s.setLanguage);
  if (!unchosen) return null;
  return (
    <div
      className="language-prompt"
      role="group"
      aria-labelledby="language-prompt-text"
      data-testid="language-prompt"
    >
      <span id="language-prompt-text">
        <strong>Which language do you write?</strong> Every lesson runs in both; switch any time with the tabs
        above.
      </span>
      <span className="toolbar-spacer" />
      <button
        type="button"
        className="btn btn-sm btn-primary"
        onClick={() => setLanguage('csharp')}
        data-testid="choose-csharp"
      >
        C#
      </button>
      <button
        type="button"
        className="btn btn-sm"
        onClick={() => setLanguage('typescript')}
        data-testid="choose-typescript"
      >
        TypeScript
      </button>
    </div>
  );
}
