/** A solution shown as a diff against the learner's code (lazy: Monaco's diff editor). */
import { DiffEditor } from '@monaco-editor/react';
import { monacoTheme } from '../monaco/monacoSetup.ts';

interface Props {
  lessonId: string;
  name: string;
  mine: string;
  solution: string;
  dark: boolean;
}

export default function SolutionDiff({ lessonId, name, mine, solution, dark }: Props) {
  return (
    <DiffEditor
      height="100%"
      language="typescript"
      original={mine}
      modified={solution}
      originalModelPath={`diff/${lessonId}/mine.ts`}
      modifiedModelPath={`diff/${lessonId}/${name}.ts`}
      theme={monacoTheme(dark)}
      loading={null}
      // Keep the models on unmount: disposing them first makes Monaco throw "TextModel got disposed
      // before DiffEditorWidget model got reset". They are reused by path next time.
      keepCurrentOriginalModel
      keepCurrentModifiedModel
      options={{
        readOnly: true,
        originalEditable: false,
        renderSideBySide: true,
        minimap: { enabled: false },
        fontSize: 13,
        scrollBeyondLastLine: false,
        automaticLayout: true,
      }}
    />
  );
}
