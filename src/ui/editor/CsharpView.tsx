/** The C# twin of the file in view, read-only (lazy chunk; loads when its tab is opened). */
import Editor from '@monaco-editor/react';
import { monacoTheme } from '../monaco/monacoSetup.ts';

export default function CsharpView({ lessonId, code, dark }: { lessonId: string; code: string; dark: boolean }) {
  return (
    <Editor
      height="100%"
      path={`cs/${lessonId}.cs`}
      language="csharp"
      value={code}
      theme={monacoTheme(dark)}
      loading={null}
      options={{
        readOnly: true,
        domReadOnly: true,
        minimap: { enabled: false },
        fontSize: 13,
        lineHeight: 20,
        scrollBeyondLastLine: false,
        automaticLayout: true,
        padding: { top: 8 },
        ariaLabel: 'C# twin (read-only)',
      }}
    />
  );
}
