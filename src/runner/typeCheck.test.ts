import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createNodeHost, readDeclarationsFromDisk } from './node/nodeHost.ts';
import { DEFAULT_RUN_SETTINGS } from './types.ts';
import { modelDeclarations, typeCheckSnippet } from './typeCheck.ts';
import { NULL_REFERENCE_MESSAGE } from './runtimeErrors.ts';
import { loadLessonsFromDisk } from '../lessons/loadFromDisk.ts';
import { modelForLesson } from './lessonModel.ts';
import { modelPatchDeclarations } from '../lessons/modelPatch.ts';

const host = createNodeHost();
const run = (code: string, lesson?: string) =>
  host.run({ code, settings: DEFAULT_RUN_SETTINGS, ...(lesson ? { lesson } : {}) });

describe('the type check before a run', () => {
  it('refuses an unknown member at compile time, on its line, and runs nothing', async () => {
    const r = await run(
      `console.log('before');\nconst all = await db.Custmers.ToListAsync();\nconsole.log(all.length);`,
    );
    expect(r.outcome).toBe('stopped');
    expect(r.console).toEqual([]);
    expect(r.operations).toEqual([]);
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      line: 2,
      column: 22,
      message: "Property 'Custmers' does not exist on type 'AppDb'. Did you mean 'Customers'?",
    });
    expect(r.stopReason).toContain('does not compile');
    expect(r.stopReason).toContain("Line 2: Property 'Custmers' does not exist");
  });

  it('checks batch runs too once the checker is warm', async () => {
    await run('const n: number = 1;'); // warms the checker
    const r = await host.run({
      code: 'await db.Custmers.ToListAsync();',
      settings: DEFAULT_RUN_SETTINGS,
      trackerSnapshots: false,
    });
    expect(r.outcome).toBe('stopped');
    expect(r.diagnostics[0]).toMatchObject({ severity: 'error', line: 1 });
  });

  it('refuses a wrong argument type', async () => {
    const r = await run(`const c = await db.Customers.FindAsync('7');`);
    expect(r.outcome).toBe('stopped');
    expect(r.diagnostics[0]).toMatchObject({ severity: 'error', line: 1 });
    expect(r.diagnostics[0].message).toContain(
      "Argument of type 'string' is not assignable to parameter of type 'number'",
    );
  });

  it("sees a lesson's model additions (lesson 13's Order.Version)", async () => {
    const code = `const o = await db.Orders.FirstAsync(o => o.Id == 40);\no.Version++;\nconsole.log(o.Version);`;
    expect((await run(code)).outcome).toBe('stopped');
    const r = await run(code, '13-across-contexts');
    expect(r.outcome).toBe('ok');
    expect(r.console).toEqual(['2']);
  });

  it("declares a lesson's model additions as the editor does", () => {
    const lesson = loadLessonsFromDisk(fs, 'lessons').find((l) => l.id === '13-across-contexts')!;
    const editor = modelPatchDeclarations(lesson.model);
    expect(editor).toContain('interface Order {\n  Version: number;\n}');
    expect(modelDeclarations(modelForLesson(lesson))).toBe('interface Order {\n  Version: number;\n}');
  });

  it('accepts every starter and solution of every lesson, as the editor does', () => {
    for (const lesson of loadLessonsFromDisk(fs, 'lessons')) {
      const extra = modelDeclarations(modelForLesson(lesson));
      for (const [name, code] of [
        ['starter', lesson.starter],
        ...lesson.solutions.map((s) => [s.name, s.code]),
      ]) {
        const errors = (typeCheckSnippet(code, readDeclarationsFromDisk, extra) ?? []).filter(
          (d) => d.severity === 'error',
        );
        expect(errors, `${lesson.id}/${name}`).toEqual([]);
      }
    }
  });
});

describe('runtime errors', () => {
  it('a null dereference is a NullReferenceException with .NET message (a possible null is a warning, as in C#)', async () => {
    const r = await run(
      `const c = await db.Customers.FirstOrDefaultAsync(c => c.Id == 999);\nconsole.log(c.Name);`,
    );
    expect(r.outcome).toBe('threw');
    expect(r.exception).toMatchObject({
      type: 'NullReferenceException',
      message: NULL_REFERENCE_MESSAGE,
      line: 2,
    });
    expect(r.exception!.stack.split('\n')[0]).toBe(
      `System.NullReferenceException: ${NULL_REFERENCE_MESSAGE}`,
    );
    expect(
      r.diagnostics.some(
        (d) => d.severity === 'warning' && d.line === 2 && d.message.includes("possibly 'null'"),
      ),
    ).toBe(true);
  });

  it('other JavaScript errors stay plain', async () => {
    const r = await run(`const n: number[] = [];\nn.length = -1;`);
    expect(r.outcome).toBe('threw');
    expect(r.exception?.type).toBe('RangeError');
  });
});
