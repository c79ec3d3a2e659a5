/** A lesson's ASP.NET Core wiring (`Program.cs`), read-only: shown beside the C# snippet, not run (lazy chunk). */
import Editor from '@monaco-editor/react';
import { monacoTheme, UNICODE_HIGHLIGHT } from '../monaco/monacoSetup.ts';

export default function CsharpView({
  lessonId,
  code,
  dark,
}: {
  lessonId: string;
  code: string;
  dark: boolean;
}) {
  return (
    <Editor
      height="100%"
      path={`program/${lessonId}/Program.cs`}
      language="csharp"
      value={code}
      theme={monacoTheme(dark)}
      loading={null}
      options={{
        readOnly: true,
        domReadOnly: true,
        minimap: { enabled: false },
        unicodeHighlight: UNICODE_HIGHLIGHT,
        fontSize: 13,
        lineHeight: 20,
        scrollBeyondLastLine: false,
        automaticLayout: true,
        padding: { top: 8 },
        ariaLabel: 'Program.cs (read-only; shown, not run)',
      }}
    />
  );
}
