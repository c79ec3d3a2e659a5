/**
 * `virtual:lessons`: the lessons parsed at build time (Node reads `lessons/` with the same parser
 * the CLI and tests use) and handed to the app as JSON, with each lesson's text and hints already
 * turned into HTML (src/lessons/lessonHtml.ts) and sanitised (sanitizeLessonHtml.ts). Parsing the
 * YAML front matter of every lesson in the browser cost 70–100 ms of the cold load's main thread,
 * rendering the markdown 30–40 ms and sanitising it 15–20 ms, and all three libraries were in the
 * first chunk; `JSON.parse` of the result takes a few milliseconds.
 *
 * Broken content still reaches the page as a message (the app's "The lessons could not be
 * loaded" notice), as it did when the page parsed the files itself; the build also warns.
 * In `npm run dev`, a change under `lessons/` reloads the page with the lessons parsed anew.
 */
import * as fs from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { loadLessonsFromDisk } from '../src/lessons/loadFromDisk.ts';
import { lessonHtml } from '../src/lessons/lessonHtml.ts';
import type { PageLesson } from '../src/lessons/types.ts';
import { sanitizedLessonHtml } from './sanitizeLessonHtml.ts';

export const LESSONS_MODULE_ID = 'virtual:lessons';
const RESOLVED = `\0${LESSONS_MODULE_ID}`;

/**
 * The module's source: `lessons` (parsed, in path order), `html` (each lesson's HTML by id) and
 * `error` (null, or why the lessons could not be parsed).
 */
export function lessonsModuleSource(lessonsDir: string): { code: string; error: string | null } {
  try {
    const parsed = loadLessonsFromDisk(fs, lessonsDir);
    const html = Object.fromEntries(parsed.map((l) => [l.id, sanitizedLessonHtml(lessonHtml(l))]));
    // What the page reads (PageLesson): the markdown is shipped as `html`, the expectations stay
    // with the tests.
    const lessons: PageLesson[] = parsed.map(
      ({ markdown: _markdown, expectations: _expectations, ...page }) => page,
    );
    // A JSON string literal parsed once is cheaper to load than the same data as an object literal.
    // Marked pure, so that a bundle that never reads one of them leaves it out: the run worker
    // reads the lessons (their model patches) but not their HTML (56 KB).
    const json = (value: unknown) => `/* @__PURE__ */ JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
    return {
      code: `export const lessons = ${json(lessons)};\nexport const html = ${json(html)};\nexport const error = null;\n`,
      error: null,
    };
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    return {
      code: `export const lessons = [];\nexport const html = {};\nexport const error = ${JSON.stringify(error)};\n`,
      error,
    };
  }
}

export function lessonsModule(): Plugin {
  let lessonsDir = '';
  return {
    name: 'dbcp:lessons',
    configResolved(config) {
      lessonsDir = join(config.root, 'lessons');
    },
    resolveId(id) {
      return id === LESSONS_MODULE_ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return;
      for (const folder of fs.readdirSync(lessonsDir)) {
        const dir = join(lessonsDir, folder);
        if (!fs.statSync(dir).isDirectory()) continue;
        for (const file of fs.readdirSync(dir)) this.addWatchFile(join(dir, file));
      }
      const { code, error } = lessonsModuleSource(lessonsDir);
      if (error) this.warn(`the lessons could not be loaded: ${error}`);
      return code;
    },
    configureServer(server) {
      // A new or removed file is not among the watched ones: reload on any change under lessons/.
      const reload = (file: string) => {
        if (!file.startsWith(lessonsDir)) return;
        const mod = server.moduleGraph.getModuleById(RESOLVED);
        if (mod) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.add(lessonsDir);
      server.watcher.on('add', reload);
      server.watcher.on('unlink', reload);
      server.watcher.on('change', reload);
    },
  };
}
