/**
 * What EF Core's own messages show of data values: with sensitive data logging off, an identity
 * conflict's message names the key's properties (`{'Id'}`) but not its values; with it on, it
 * quotes the key (`'{Id: 14}'`). Narration follows the message it explains, never shows more.
 */

/** The key text EF Core's message shows (`{Id: 14}`), or null when the message hides the values. */
export function visibleKey(ev: { key: string; message: string }): string | null {
  return ev.message.includes(ev.key) ? ev.key : null;
}

/** The key's property names as EF Core prints them without values: `{'Id'}`. */
export function keyProperties(key: string): string {
  const names = [...key.matchAll(/(\w+):/g)].map((m) => `'${m[1]}'`);
  return `{${names.join(', ')}}`;
}
