/**
 * The C# front end (DESIGN.md §8): parse C# with tree-sitter and lower the playground's subset
 * to the TypeScript snippet dialect, line for line. Headless; loaded only when a learner uses C#.
 */
export { lowerCSharp, type LoweredCSharp } from './lower.ts';
export { loadCSharpParser, type CSharpParser, type CSharpWasmLocation } from './parser.ts';
export type { CsDiagnostic } from './context.ts';
