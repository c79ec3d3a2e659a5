import { describe, expect, it } from 'vitest';
import { fullTypeName } from './exceptionName.ts';

describe('fullTypeName', () => {
  it('reads the namespace from the rendered stack', () => {
    expect(
      fullTypeName({
        type: 'InvalidOperationException',
        stack: 'System.InvalidOperationException: A second…\n   at …',
      }),
    ).toBe('System.InvalidOperationException');
    expect(
      fullTypeName({
        type: 'DbUpdateConcurrencyException',
        stack: 'Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException: The database…',
      }),
    ).toBe('Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException');
  });

  it('labels a JavaScript error as one, and falls back to the type', () => {
    expect(
      fullTypeName({ type: 'Error', stack: 'Error: The snippet threw a string value, not an Error: boom' }),
    ).toBe('JavaScript Error');
    expect(fullTypeName({ type: 'TypeError', stack: '' })).toBe('JavaScript TypeError');
    expect(
      fullTypeName({
        type: 'NullReferenceException',
        stack: 'System.NullReferenceException: Object reference…',
      }),
    ).toBe('System.NullReferenceException');
  });
});
