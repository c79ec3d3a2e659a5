import { describe, expect, it } from 'vitest';
import { LABEL_CHAR_W, labelFits, MIN_LABEL_TEXT_PX } from './barLabel.ts';

const cut = (side: 'inside' | 'right' | 'left') => ({ side, room: 1 });

describe('labelFits', () => {
  it('draws a label the layout did not cut, however short or narrow its bar', () => {
    expect(labelFits({ side: 'right', room: null }, 10)).toBe(true);
    // "Add" inside a bar just wide enough for it.
    expect(labelFits({ side: 'inside', room: null }, 3 * LABEL_CHAR_W + 14)).toBe(true);
  });

  it('draws a cut label that keeps three letters', () => {
    expect(labelFits(cut('left'), 10, 8 + MIN_LABEL_TEXT_PX)).toBe(true);
    expect(labelFits(cut('right'), 10, 8 + MIN_LABEL_TEXT_PX + 30)).toBe(true);
    expect(labelFits(cut('inside'), 14 + MIN_LABEL_TEXT_PX)).toBe(true);
  });

  it('leaves out a label that would be cut to a letter or two and an ellipsis', () => {
    // A 500-operation run: ten-pixel bars side by side, a few pixels between them.
    expect(labelFits(cut('right'), 10, 6)).toBe(false);
    expect(labelFits(cut('left'), 10, 8 + 2 * LABEL_CHAR_W)).toBe(false);
    expect(labelFits(cut('right'), 10, 0)).toBe(false);
    expect(labelFits(cut('inside'), 10)).toBe(false);
    expect(labelFits(cut('inside'), 13 + MIN_LABEL_TEXT_PX)).toBe(false);
  });
});
