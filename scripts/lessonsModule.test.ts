import * as fs from 'node:fs';
import { mkdtempSync, mkdirSync, writeFileSync, cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { lessonsModuleSource } from './lessonsModule.ts';
import { loadLessonsFromDisk } from '../src/lessons/loadFromDisk.ts';

const LESSONS_DIR = join(import.meta.dirname, '../lessons');

/** Evaluates the generated module's source the way the page would, and returns its exports. */
async function evaluate(code: string): Promise<Record<string, unknown>> {
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('virtual:lessons', () => {
  it('lets a bundle that reads only the lessons leave their HTML out (the run worker)', async () => {
    const { code } = lessonsModuleSource(LESSONS_DIR);
    const out = await build({
      stdin: { contents: "import { lessons } from 'lessons'; console.log(lessons.length);", loader: 'js' },
      plugins: [
        {
          name: 'virtual-lessons',
          setup(b) {
            b.onResolve({ filter: /^lessons$/ }, () => ({ path: 'lessons', namespace: 'v' }));
            b.onLoad({ filter: /.*/, namespace: 'v' }, () => ({ contents: code, loader: 'js' }));
          },
        },
      ],
      bundle: true,
      write: false,
      format: 'esm',
      treeShaking: true,
    });
    const bundled = out.outputFiles[0].text;
    expect(bundled).toContain('"01-one-at-a-time"');
    // Lesson 01's HTML starts with this paragraph; its lesson data does not contain it.
    expect(bundled).not.toContain('"body":"<p>');
  });

  it('hands the page the lessons Node parses, without markdown and expectations, with each one’s HTML', async () => {
    const { code, error } = lessonsModuleSource(LESSONS_DIR);
    expect(error).toBeNull();
    const mod = await evaluate(code);
    const fromDisk = loadLessonsFromDisk(fs, LESSONS_DIR);
    // The same data through JSON: nothing in a lesson (no RegExp, no function) is lost on the way,
    // except the two fields the page never reads (its HTML replaces the markdown).
    const paged = fromDisk.map(({ markdown: _markdown, expectations: _expectations, ...page }) => page);
    expect(mod.lessons).toEqual(paged);
    for (const lesson of mod.lessons as Record<string, unknown>[]) {
      expect(lesson).not.toHaveProperty('markdown');
      expect(lesson).not.toHaveProperty('expectations');
    }
    expect(mod.error).toBeNull();
    const html = mod.html as Record<string, { body: string; hints: string[] }>;
    expect(Object.keys(html)).toEqual(fromDisk.map((l) => l.id));
    const first = fromDisk[0];
    expect(html[first.id].body).toContain('<p>');
    // The title is shown by the pane, not repeated by the body.
    expect(html[first.id].body).not.toContain(`<h1>${first.title}</h1>`);
    expect(html[first.id].hints).toHaveLength(first.hints.length);
  });

  it('sanitises every lesson’s HTML before the page gets it: no script, handler or javascript: link', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lessons-'));
    temps.push(dir);
    cpSync(LESSONS_DIR, dir, { recursive: true });
    const victim = loadLessonsFromDisk(fs, LESSONS_DIR)[0];
    const file = join(dir, victim.id, 'lesson.md');
    const hostile =
      '\n\n<script>alert(1)</script>\n\n<img src="x" onerror="alert(2)">\n\n' +
      '[click](javascript:alert(3)) <iframe src="https://example.com"></iframe> <b>kept</b>\n';
    writeFileSync(file, fs.readFileSync(file, 'utf8') + hostile);
    const { code, error } = lessonsModuleSource(dir);
    expect(error).toBeNull();
    const body = ((await evaluate(code)).html as Record<string, { body: string }>)[victim.id].body;
    expect(body).not.toMatch(/<script|onerror|javascript:|<iframe/i);
    expect(body).toContain('<img src="x">');
    expect(body).toContain('<b>kept</b>');
  });

  it('reports broken content as a message for the page instead of failing to load', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lessons-'));
    temps.push(dir);
    cpSync(LESSONS_DIR, dir, { recursive: true });
    const victim = loadLessonsFromDisk(fs, LESSONS_DIR)[0].id;
    writeFileSync(join(dir, victim, 'lesson.md'), '---\ntitle: [unclosed\n---\nBody\n');
    const { code, error } = lessonsModuleSource(dir);
    expect(error).toMatch(/\S/);
    const mod = await evaluate(code);
    expect(mod.lessons).toEqual([]);
    expect(mod.error).toBe(error);
  });

  it('reports a lesson folder missing from the learning path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lessons-'));
    temps.push(dir);
    cpSync(LESSONS_DIR, dir, { recursive: true });
    mkdirSync(join(dir, '99-stray'));
    writeFileSync(join(dir, '99-stray', 'lesson.md'), '---\ntitle: Stray\n---\n');
    expect(lessonsModuleSource(dir).error).toContain('99-stray');
  });
});
