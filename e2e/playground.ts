/** Page object for the playground, built on the data-testid contract, plus network watching. */
import { expect, type Page, type TestInfo } from '@playwright/test';

export const LESSON = '02-parallel-dashboard';

/** The app's window.__playground (src/state/testApi.ts), as the tests use it. */
declare global {
  interface Window {
    __playground?: {
      code(): string;
      lessonId(): string | null;
      runOutline(): { outcome: string; ops: string[]; exception: string | null; settings: string } | null;
    };
  }
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

  async typeAtEnd(text: string) {
    await this.editorReady();
    await this.page.getByTestId('editor').locator('.monaco-editor .view-lines').click();
    await this.page.keyboard.press('Control+End');
    await this.page.keyboard.type(text);
  }

  async shot(name: string) {
    await this.page.screenshot({ path: this.info.outputPath(`${name}.png`) });
    await this.page.screenshot({ path: `test-results/screens/${name}.png` });
  }
}
