import { readFileSync } from 'node:fs';
import { loadNodeCSharpParser } from './src/csharp/node/nodeParser.ts';
import { lowerCSharp } from './src/csharp/lower.ts';
const p = await loadNodeCSharpParser();
const src = process.argv[2] === '-' ? readFileSync(0, 'utf8') : readFileSync(process.argv[2], 'utf8');
const r = lowerCSharp(p, src);
console.log(r.code.split('\n').map((l, i) => `${String(i + 1).padStart(3)}| ${l}`).join('\n'));
for (const d of r.diagnostics) console.log(`${d.line}:${d.column} ${d.message}`);
