import { describe, expect, it } from 'vitest';
import { formatDotnetDateTime, formatValue } from './debugView.ts';

describe('DebugView values (EFCORE.md §4.1)', () => {
  it('prints a DateTime as .NET does (en-US), never as a JavaScript Date string', () => {
    expect(formatValue(new Date(Date.UTC(2025, 0, 3, 9, 15, 0)))).toBe("'1/3/2025 9:15:00 AM'");
    expect(formatDotnetDateTime(new Date(Date.UTC(2025, 11, 24, 0, 5, 9)))).toBe('12/24/2025 12:05:09 AM');
    expect(formatDotnetDateTime(new Date(Date.UTC(2025, 5, 1, 13, 0, 0)))).toBe('6/1/2025 1:00:00 PM');
  });

  it('numbers bare, strings and bools quoted, null as <null>', () => {
    expect(formatValue(120.5)).toBe('120.5');
    expect(formatValue('Grace')).toBe("'Grace'");
    expect(formatValue(true)).toBe("'True'");
    expect(formatValue(null)).toBe('<null>');
    expect(formatValue('x'.repeat(70))).toBe(`'${'x'.repeat(60)}...'`);
  });
});
