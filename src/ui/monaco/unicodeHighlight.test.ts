import { describe, expect, it } from 'vitest';
import { unicodeHighlightOptions } from './unicodeHighlight.ts';

describe('unicodeHighlightOptions', () => {
  it('names the browser languages instead of `_os`, so Monaco never asks Intl for the locale', () => {
    expect(unicodeHighlightOptions(['ru-RU', 'en'])).toEqual({
      allowedLocales: { _vscode: true, 'ru-RU': true, en: true },
    });
  });

  it('keeps the editor language alone when the browser names none', () => {
    expect(unicodeHighlightOptions(['', ''])).toEqual({ allowedLocales: { _vscode: true } });
  });
});
