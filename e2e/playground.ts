/** Page object for the playground, built on the data-testid contract, plus network watching. */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, type Page, type TestInfo } from '@playwright/test';
import LZString from 'lz-string';
import type { BatchSummary } from '../src/runner/types.ts';

export const LESSON = '02-parallel-dashboard';

/** The app's window.__playground (src/state/testApi.ts), as the tests use it. */
declare global {
  interface Window {
    __playground?: {
      markers(): Promise<{ owner: string; severity: string; message: string; line: number }[] | null>;
      code(): string;
      setCode(code: string): void;
      lessonId(): string | null;
      runOutline(): { outcome: string; ops: string[]; exception: string | null; settings: string } | null;
      batch(): {
        status: string;
        done: number;
        total: number;
        failures: number;
        failingSeeds: number[];
      } | null;
      runBatch(options: {
        lesson: string;
        count: number;
        code?: string;
      }): Promise<{ summary: BatchSummary; ms: number }>;
      runOnce(
        code: string,
        seed?: number,
      ): Promise<{ outcome: string; stopReason: string | null; trace: string }>;
    };
  }
}

/** Every lesson file (starter and solutions), as `{ lesson, file, code }`, read from disk. */
export function lessonFiles(): { lesson: string; file: string; code: string }[] {
  const root = 'lessons';
  return readdirSync(root)
    .filter((d) => /^\d\d-/.test(d))
    .sort()
    .flatMap((lesson) =>
      readdirSync(`${root}/${lesson}`)
        .filter((f) => f === 'starter.ts' || /^solution-.*\.ts$/.test(f))
        .sort((a, b) => (a === 'starter.ts' ? -1 : b === 'starter.ts' ? 1 : a.localeCompare(b)))
        .map((file) => ({
          lesson,
          file: file.replace(/\.ts$/, ''),
          code: readFileSync(`${root}/${lesson}/${file}`, 'utf8'),
        })),
    );
}

/** A share link (README: `#v1/<lz-string JSON>`) that opens `code` in `lesson`. */
export function shareHash(lesson: string, code: string): string {
  return `#v1/${LZString.compressToEncodedURIComponent(JSON.stringify({ l: lesson, c: code, s: { latencyMs: 30, jitterMs: 0, seed: 1 } }))}`;
}

export function watchNetwork(page: Page) {
  const foreign: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!/^(https?:\/\/127\.0\.0\.1(:\d+)?\/|data:|blob:)/.test(url)) foreign.push(url);
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()} ${r.url()}`);
  });
  return { foreign, errors };
}

export class Playground {
  constructor(
    readonly page: Page,
    readonly info: TestInfo,
  ) {}

  async open(path = '/') {
    await this.page.goto(path);
    await expect(this.page.getByTestId('run')).toBeVisible();
  }

  lesson(id: string) {
    return this.page.locator(`[data-testid=lesson-link][data-lesson="${id}"]`);
  }

  async pickLesson(id: string) {
    await this.lesson(id).click();
    await expect(this.lesson(id)).toHaveAttribute('aria-current', 'page');
    await expect.poll(() => this.lessonId()).toBe(id);
  }

  async editorReady() {
    await expect(this.page.getByTestId('editor').locator('.monaco-editor .view-lines')).toBeVisible();
  }

  code(): Promise<string> {
    return this.page.evaluate(() => window.__playground!.code());
  }

  lessonId(): Promise<string | null> {
    return this.page.evaluate(() => window.__playground!.lessonId());
  }

  runOutline() {
    return this.page.evaluate(() => window.__playground!.runOutline());
  }

  async run() {
    const before = await this.page.getByTestId('timeline').getAttribute('data-run-seq');
    await this.page.getByTestId('run').click();
    await expect(this.page.getByTestId('timeline')).not.toHaveAttribute('data-run-seq', before ?? '');
    await expect(this.page.getByTestId('run')).toBeEnabled();
  }

  /**
   * Shows the run's result now: the panels hold it back until the playhead reaches it (the
   * "Skip to result" control). A run whose result is already shown is left alone.
   */
  async skipToResult() {
    const skip = this.page.getByTestId('skip-to-result');
    // The playhead may reach the result by itself while the click is on its way (the button then
    // goes away): either way the result must end up shown, which the next lines check.
    if (await skip.isVisible()) await skip.click({ timeout: 10_000 }).catch(() => undefined);
    await expect(this.page.getByTestId('result-pending')).toHaveCount(0);
    await expect(skip).toHaveCount(0);
  }

  /** Runs, then skips the playback to the result. */
  async runToResult() {
    await this.run();
    await this.skipToResult();
  }

  /**
   * Focuses Monaco's input itself rather than clicking somewhere on the editor: a hover or
   * another overlay widget left over from an earlier step can cover any point of it, and the
   * click then never lands. Escape closes such a widget (as a learner would).
   */
  async focusEditor() {
    await this.editorReady();
    await this.page.getByRole('textbox', { name: /^Code editor/ }).focus();
    await this.page.keyboard.press('Escape');
  }

  async typeAtEnd(text: string) {
    await this.focusEditor();
    await this.page.keyboard.press('Control+End');
    await this.page.keyboard.type(text);
  }

  /** Replaces the editor's code with `text`, as a learner pasting it. */
  async setCode(text: string) {
    await this.focusEditor();
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.insertText(text);
    await expect.poll(() => this.code()).toBe(text);
  }

  /** Opens the toolbar's settings popover and sets latency / jitter / seed. */
  async setSettings(values: { latency?: number; jitter?: number; seed?: number }) {
    const menu = this.page.getByTestId('run-settings-menu');
    if (!(await this.page.getByTestId('latency-input').isVisible())) await menu.click();
    for (const [key, testid] of [
      ['latency', 'latency-input'],
      ['jitter', 'jitter-input'],
      ['seed', 'seed-input'],
    ] as const) {
      const v = values[key];
      if (v !== undefined) await this.page.getByTestId(testid).fill(String(v));
    }
    await menu.click();
  }

  /** Opens the toolbar's settings popover and picks the database provider. */
  async setProvider(provider: 'sqlserver' | 'sqlserver-mars' | 'sqlite') {
    const menu = this.page.getByTestId('run-settings-menu');
    if (!(await this.page.getByTestId('provider-select').isVisible())) await menu.click();
    await this.page.getByTestId('provider-select').selectOption(provider);
    await menu.click();
  }

  async openRaceLab() {
    if (!(await this.page.getByTestId('race-lab').isVisible()))
      await this.page.getByTestId('race-lab-toggle').click();
    await expect(this.page.getByTestId('race-lab')).toBeVisible();
  }

  batch() {
    return this.page.evaluate(() => window.__playground!.batch());
  }

  /** A workspace separator: `editor` (editor | timeline) or `timeline` (timeline | run details). */
  splitter(which: 'editor' | 'timeline') {
    return this.page.getByTestId(`split-${which}`);
  }

  /**
   * Every operation bar and its label, as page rectangles (for overlap checks). `label` is null
   * for a bar drawn without one (no room to show even a few letters).
   */
  barBoxes() {
    return this.page.getByTestId('timeline-op').evaluateAll((bars) =>
      bars.map((bar) => {
        const box = (el: Element) => {
          const r = el.getBoundingClientRect();
          return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
        };
        const label = bar.querySelector('.tl-bar-label');
        return {
          op: bar.getAttribute('data-op'),
          bar: box(bar),
          label: label && box(label),
          track: box(bar.closest('.tl-track')!),
          text: label?.textContent ?? '',
        };
      }),
    );
  }

  /** Answers the first visit's language prompt (or, once answered, switches with the editor's tabs). */
  async chooseLanguage(language: 'csharp' | 'typescript') {
    const prompt = this.page.getByTestId('language-prompt');
    if (await prompt.isVisible())
      await this.page.getByTestId(language === 'csharp' ? 'choose-csharp' : 'choose-typescript').click();
    else await this.page.getByTestId(language === 'csharp' ? 'cs-tab' : 'ts-tab').click();
    await expect(prompt).toHaveCount(0);
    await expect(this.page.getByTestId('editor')).toHaveAttribute('data-language', language);
  }

  /** The editor's markers (Monaco's checks, the C# front end's, the run's) once they have settled. */
  markers() {
    return this.page.evaluate(() => window.__playground!.markers());
  }

  async shot(name: string) {
    await this.page.screenshot({ path: this.info.outputPath(`${name}.png`) });
    await this.page.screenshot({ path: `test-results/screens/${name}.png` });
  }
}
