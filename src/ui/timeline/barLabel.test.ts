import { describe, expect, it } from 'vitest';
import { LABEL_CHAR_W, labelFits, MIN_LABEL_TEXT_PX } from './barLabel.ts';

describe('labelFits', () => {
  it('draws a label beside its bar when the layout did not cut it, or left room for three letters', () => {
    expect(labelFits('right', 10, undefined)).toBe(true);
    expect(labelFits('left', 10, 8 + MIN_LABEL_TEXT_PX)).toBe(true);
    expect(labelFits('right', 10, 8 + 4 * LABEL_CHAR_W + 30)).toBe(true);
  });

  it('leaves out a label that would be cut to a letter or two and an ellipsis', () => {
    // A 500-operation run: ten-pixel bars side by side, a few pixels between them.
    expect(labelFits('right', 10, 6)).toBe(false);
    expect(labelFits('left', 10, 8 + 2 * LABEL_CHAR_W)).toBe(false);
    expect(labelFits('right', 10, 0)).toBe(false);
  });

  it('draws an inside label when the bar, less its padding, holds three letters', () => {
    expect(labelFits('inside', 10, undefined)).toBe(false);
    expect(labelFits('inside', 14 + MIN_LABEL_TEXT_PX, undefined)).toBe(true);
    expect(labelFits('inside', 13 + MIN_LABEL_TEXT_PX, undefined)).toBe(false);
  });
});
