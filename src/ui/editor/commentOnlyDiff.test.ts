import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { hideCommentOnlyChanges, lineDiff, stripComments } from './commentOnlyDiff.ts';

describe('stripComments', () => {
  it('blanks line and block comments, keeping strings and line breaks', () => {
    const code =
      'const url = \'https://x\'; // a note\n/* one\ntwo */ f("/* not a comment */");\nconst t = `a // b`;';
    expect(stripComments(code)).toBe(
      'const url = \'https://x\'; \n\n f("/* not a comment */");\nconst t = `a // b`;',
    );
  });
});

describe('lineDiff', () => {
  it('finds replaced, inserted and deleted runs', () => {
    expect(lineDiff(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd', 'e'])).toEqual([
      { aStart: 1, aEnd: 2, bStart: 1, bEnd: 2 },
      { aStart: 4, aEnd: 4, bStart: 4, bEnd: 5 },
    ]);
    expect(lineDiff(['a', 'b'], ['a', 'b'])).toEqual([]);
  });
});

describe('hideCommentOnlyChanges', () => {
  const mine = [
    '// Part 1: the old note',
    'const a = await db.Orders.ToListAsync();',
    'f(a); // old',
    '',
    'await Task.WhenAll(x(), y());',
  ].join('\n');
  const fix = [
    '// Fix: a new note',
    '// and another line',
    'const a = await db.Orders.ToListAsync();',
    'f(a);   // new',
    'await x();',
    'await y();',
  ].join('\n');

  it("takes the solution's comments, keeps the real change, and says where it starts", () => {
    const r = hideCommentOnlyChanges(mine, fix);
    expect(r.hidden).toBe(3);
    expect(r.firstChange).toBe(5);
    expect(r.original.split('\n')).toEqual([
      '// Fix: a new note',
      '// and another line',
      'const a = await db.Orders.ToListAsync();',
      'f(a);   // new',
      'await Task.WhenAll(x(), y());',
    ]);
  });

  it('changes nothing when only code differs, and finds no change in comment-only edits', () => {
    expect(hideCommentOnlyChanges('a();\nb();', 'a();\nc();')).toEqual({
      original: 'a();\nb();',
      hidden: 0,
      firstChange: 2,
    });
    const r = hideCommentOnlyChanges('// x\na();', '// y\na(); // why');
    expect(r).toEqual({ original: '// y\na(); // why', hidden: 2, firstChange: null });
  });
});

describe('hideCommentOnlyChanges on every shipped solution', () => {
  const dir = fileURLToPath(new URL('../../../lessons', import.meta.url));
  const code = (text: string) =>
    stripComments(text)
      .split('\n')
      .map((l) => l.trim().replace(/\s+/g, ' '))
      .filter((l) => l !== '');
  for (const lesson of fs.readdirSync(dir).filter((d) => /^\d\d-/.test(d))) {
    const starter = fs.readFileSync(`${dir}/${lesson}/starter.ts`, 'utf8');
    for (const file of fs.readdirSync(`${dir}/${lesson}`).filter((f) => /^solution-.*\.ts$/.test(f))) {
      it(`${lesson}/${file}: the learner's side keeps its code, only comments change`, () => {
        const solution = fs.readFileSync(`${dir}/${lesson}/${file}`, 'utf8');
        const r = hideCommentOnlyChanges(starter, solution);
        expect(code(r.original)).toEqual(code(starter));
        expect(stripComments(r.original).replace(/\s+/g, '')).toBe(
          stripComments(starter).replace(/\s+/g, ''),
        );
        expect(r.firstChange).not.toBeNull();
      });
    }
  }
});
