/**
 * The corpus files the C# front end does not (yet) run as real EF Core does, from the table in
 * conformance/gaps/front-end.md: `| pair id | reason |` rows. Each is reported on every run
 * (`- id.cs: known front-end gap (reason)`), not counted; `--gaps` counts them as failures.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function frontEndGaps(root: string): Map<string, string> {
  const file = join(root, 'conformance', 'gaps', 'front-end.md');
  const gaps = new Map<string, string>();
  if (!existsSync(file)) return gaps;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^\|\s*`([^`]+)`\s*\|\s*(.+?)\s*\|\s*$/.exec(line);
    if (m) gaps.set(m[1]!, m[2]!);
  }
  return gaps;
}
