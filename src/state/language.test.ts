import { afterAll, describe, expect, it } from 'vitest';
import { createNodeHost } from '../runner/node/nodeHost.ts';
import type { RunHost, RunRequest } from '../runner/types.ts';
import { lower } from '../csharp/testSupport/runCSharp.ts';
import { useApp } from './store.ts';
import { findLesson, goalsFor } from './lessons.ts';
import { configureRunHost, runCurrent } from './runController.ts';
import { runBatchCurrent } from './raceLabController.ts';
import { bufferKey, currentCode } from './slices/workspaceSlice.ts';
import { solutionIn, starterIn } from './language.ts';

const L02 = '02-parallel-dashboard';
const lesson = findLesson(L02)!;

/** The Node host with the run worker's C# step (csharpRequest.ts): C# is lowered, then run. */
function csharpNodeHost(): RunHost & { requests: RunRequest[] } {
  const host = createNodeHost();
  const requests: RunRequest[] = [];
  const prepare = async (r: RunRequest): Promise<RunRequest> => {
    requests.push(r);
    if (r.language !== 'csharp') return r;
    const lowered = await lower(r.code);
    expect(lowered.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    return { ...r, code: lowered.code, language: 'typescript', loweredFromCSharp: true };
  };
  return {
    ...host,
    requests,
    run: async (r) => host.run(await prepare(r)),
    runBatch: async (r, seeds, onProgress) => host.runBatch(await prepare(r), seeds, onProgress),
  };
}

describe('the language the learner writes', () => {
  it('is asked for once: null until chosen, TypeScript meanwhile', () => {
    expect(useApp.getState().language).toBeNull();
    useApp.getState().selectLesson(L02);
    expect(currentCode(useApp.getState(), lesson)).toBe(lesson.starter);
    expect(bufferKey(useApp.getState())).toBe(`lesson/${L02}.ts`);
  });

  it('keeps C# and TypeScript edits apart, per lesson', () => {
    const s = () => useApp.getState();
    s().setCode('// my TypeScript');
    s().setLanguage('csharp');
    expect(currentCode(s(), lesson)).toBe(lesson.csharp.starter);
    expect(bufferKey(s())).toBe(`lesson/${L02}.cs`);
    s().setCode('// my C#');
    expect(s().csBuffers[L02]).toBe('// my C#');
    expect(s().buffers[L02]).toBe('// my TypeScript');
    s().setLanguage('typescript');
    expect(currentCode(s(), lesson)).toBe('// my TypeScript');
    s().setLanguage('csharp');
    expect(currentCode(s(), lesson)).toBe('// my C#');
    s().setCode(lesson.csharp.starter);
  });

  it('saves the C# buffers and the language with the rest of the persisted state', () => {
    useApp.getState().setCode('// saved C#');
    const saved = useApp.persist.getOptions().partialize!(useApp.getState());
    expect(saved).toMatchObject({
      csBuffers: { [L02]: '// saved C#' },
      buffers: { [L02]: '// my TypeScript' },
      language: 'csharp',
    });
    useApp.getState().setCode(lesson.csharp.starter);
  });

  it('gives the starter and the solutions in the language chosen', () => {
    expect(starterIn(lesson, 'csharp')).toBe(lesson.csharp.starter);
    expect(starterIn(lesson, 'csharp')).toContain('var customerId = 7;');
    expect(starterIn(lesson, 'typescript')).toBe(lesson.starter);
    const name = lesson.solutions[0].name;
    expect(solutionIn(lesson, name, 'csharp')).toBe(lesson.csharp[name]);
    expect(solutionIn(lesson, name, 'typescript')).toBe(lesson.solutions[0].code);
  });

  it('opens a C# share link in C#; keeping it makes it the learner’s C#, not their TypeScript', () => {
    const s = () => useApp.getState();
    s().setLanguage('typescript');
    s().openShared({ lesson: L02, code: '// shared C#', settings: s().settings, language: 'csharp' });
    expect(s().language).toBe('csharp');
    expect(currentCode(s(), lesson)).toBe('// shared C#');
    expect(bufferKey(s())).toBe(`shared/${L02}.cs`);
    s().keepShared();
    expect(s().csBuffers[L02]).toBe('// shared C#');
    expect(s().buffers[L02]).toBe('// my TypeScript');
    // A TypeScript link, and switching language leaves a shared snippet of the other language.
    s().openShared({ lesson: L02, code: '// shared TS', settings: s().settings });
    expect(s().language).toBe('typescript');
    s().setLanguage('csharp');
    expect(s().shared).toBeNull();
    s().setCode(lesson.csharp.starter);
  });
});

describe('running C#', () => {
  const host = csharpNodeHost();
  configureRunHost(() => host);
  afterAll(() => host.dispose());

  it('runs the C# buffer: the collision on its C# line; the C# solution meets the goals and ticks the lesson', async () => {
    const s = () => useApp.getState();
    s().selectLesson(L02);
    s().setLanguage('csharp');
    s().setCode(lesson.csharp.starter);
    await runCurrent();
    expect(host.requests.at(-1)).toMatchObject({ language: 'csharp', code: lesson.csharp.starter });
    expect(s().run?.outcome).toBe('threw');
    expect(s().run?.exception?.line).toBe(6);
    expect(s().runCode).toBe(lesson.csharp.starter);
    expect(s().progress[L02]?.status).toBe('in-progress');
    expect(goalsFor(lesson, s().run).every((g) => g.met || g.optional)).toBe(false);

    const solution = lesson.solutions[0].name;
    s().setCode(lesson.csharp[solution]);
    await runCurrent();
    expect(s().run?.outcome).toBe('ok');
    expect(
      goalsFor(lesson, s().run)
        .filter((g) => !g.optional)
        .every((g) => g.met),
    ).toBe(true);
    expect(s().progress[L02]?.status).toBe('done');
  });

  it('drops a run whose language the learner left while it ran', async () => {
    const s = () => useApp.getState();
    const pending = runCurrent();
    s().setLanguage('typescript');
    await pending;
    expect(s().run).toBeNull();
    s().setLanguage('csharp');
  });

  it('runs a race-lab batch in the editor’s language', async () => {
    const s = () => useApp.getState();
    s().setCode(lesson.csharp.starter);
    await runBatchCurrent(3);
    expect(host.requests.at(-1)).toMatchObject({ language: 'csharp', code: lesson.csharp.starter });
    expect(s().batch?.summary?.failures).toBe(3);
  });
});
