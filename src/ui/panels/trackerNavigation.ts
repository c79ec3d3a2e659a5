/**
 * A navigation line of the change tracker panel, as DebugView's LongView prints it
 * (`Orders: [{Id: 1}, {Id: 2}]`, `Customer: {Id: 3}`, `Customer: <null>`), but compact: a long
 * collection shows its first keys and how many more (the full list goes in the tooltip).
 */
import type { TrackerEntry } from '../../runner/types.ts';

type Navigation = NonNullable<TrackerEntry['navigations']>[number];

/** Keys a collection shows before it says "… N more". */
export const SHOWN_KEYS = 3;

export function navigationText(nav: Navigation): { text: string; full: string } {
  if (nav.kind === 'reference') {
    const text = `${nav.name}: ${nav.keys[0] ?? '<null>'}`;
    return { text, full: text };
  }
  const full = `${nav.name}: [${nav.keys.join(', ')}]`;
  if (nav.keys.length <= SHOWN_KEYS + 1) return { text: full, full };
  const more = nav.keys.length - SHOWN_KEYS;
  return { text: `${nav.name}: [${nav.keys.slice(0, SHOWN_KEYS).join(', ')}, … ${more} more]`, full };
}
