/**
 * Headless entry (DESIGN.md §4): `npm run -s scenario -- FILE.ts|FILE.cs [--seed N] [--latency MS]
 * [--jitter MS] [--lesson ID] [--runs N] [--json]`. Prints a text timeline, or one JSON object
 * with `--json` (a BatchSummary with `--runs N`). Exit code 0 whatever the snippet did; 2 when
 * the CLI itself could not run (bad path, bad flag, unknown lesson), 1 for a syntax error.
 */
import * as nodeFs from 'node:fs';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { seedRange } from './runner/batch.ts';
import { CliUsageError, parseCliArgs } from './runner/cliArgs.ts';
import { formatBatchText, formatRunText, toCliJson } from './runner/formatRun.ts';
import { LESSONS_DIR } from './runner/node/nodeHost.ts';
import { createChildHost } from './runner/node/childHost.ts';
import { DEFAULT_RUN_SETTINGS, type RunHost } from './runner/types.ts';
import { loadLessonFromDisk } from './lessons/loadFromDisk.ts';
import { lessonRunSettings } from './lessons/settings.ts';
import { lowerCSharp } from './csharp/lower.ts';
import { loadNodeCSharpParser } from './csharp/node/nodeParser.ts';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stdout is a terminal (colors). */
  isTty: boolean;
}

/**
 * Runs the CLI. `shared`: a RunHost to run on instead of a new thread host (tests that call
 * `main` many times share one locked-down thread); the caller disposes it.
 */
export async function main(argv: readonly string[], io: CliIo, shared?: RunHost): Promise<number> {
  let args;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    if (error instanceof CliUsageError) {
      io.stderr(`scenario: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const path = resolve(args.file);
  if (!existsSync(path) || !statSync(path).isFile()) {
    io.stderr(`scenario: no such file: ${args.file}\n`);
    return 2;
  }
  if (args.lesson !== null && !existsSync(join(LESSONS_DIR, args.lesson, 'lesson.md'))) {
    io.stderr(`scenario: unknown lesson "${args.lesson}" (no lessons/${args.lesson}/lesson.md)\n`);
    return 2;
  }
  let code = readFileSync(path, 'utf8');
  if (path.endsWith('.cs')) {
    // The C# front end, chosen by extension: lowered line for line, so every line printed is the C# line.
    const lowered = lowerCSharp(await loadNodeCSharpParser(), code);
    const errors = lowered.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length) {
      for (const d of errors) io.stderr(`${args.file}:${d.line}:${d.column}: error: ${d.message}\n`);
      io.stderr('scenario: the C# is outside the supported subset or has a syntax error\n');
      return 1;
    }
    code = lowered.code;
  }
  // A lesson's own settings (e.g. lesson 07's production latency) apply unless a flag overrides them.
  const settings =
    args.lesson !== null
      ? lessonRunSettings(
          loadLessonFromDisk(nodeFs, LESSONS_DIR, args.lesson),
          DEFAULT_RUN_SETTINGS,
          args.explicit,
        )
      : args.settings;
  const request = {
    code,
    settings,
    ...(args.lesson !== null ? { lesson: args.lesson } : {}),
    ...(path.endsWith('.cs') ? { loweredFromCSharp: true } : {}),
  };
  // Every run in a locked-down worker thread, bounded in real time and memory (childHost.ts).
  const host = shared ?? createChildHost();
  try {
    if (args.runs !== null) {
      const summary = await host.runBatch(request, seedRange(settings.seed, args.runs));
      io.stdout(args.json ? JSON.stringify(summary, null, 2) + '\n' : formatBatchText(summary));
      return 0;
    }
    const run = await host.run(request);
    const errors = run.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length) {
      for (const d of errors) io.stderr(`${args.file}:${d.line}:${d.column}: error: ${d.message}\n`);
      io.stderr(`scenario: ${run.stopReason ?? 'syntax error'}\n`);
      return 1;
    }
    io.stdout(
      args.json
        ? JSON.stringify(toCliJson(run), null, 2) + '\n'
        : formatRunText(run, { color: io.isTty && !args.noColor }),
    );
    return 0;
  } finally {
    if (!shared) host.dispose();
  }
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTty: Boolean(process.stdout.isTTY),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `scenario: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 3;
    },
  );
}
