/**
 * Builds the .NET oracle (once) and runs C# files through it in one process: real EF Core 10 on
 * SQLite, on the simulator's own database image and model.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface OracleJob {
  id: string;
  file: string;
  model: string;
  latencyMs: number;
  /** `sqlite`: real SQLite without the latency interceptor. */
  provider?: string;
}

export interface OracleLine {
  id: string;
  result?: Record<string, unknown>;
  error?: string;
}

export function buildOracle(root: string): string {
  const project = join(root, 'conformance', 'oracle');
  const build = spawnSync('dotnet', ['build', project, '-c', 'Release', '-v', 'q', '-nologo'], {
    encoding: 'utf8',
    env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' },
  });
  if (build.status !== 0) throw new Error(`dotnet build failed:\n${build.stdout}\n${build.stderr}`);
  return join(project, 'bin', 'Release', 'net10.0', 'Oracle.dll');
}

export function runOracle(
  dll: string,
  modelsDir: string,
  models: string[],
  jobs: OracleJob[],
): Map<string, OracleLine> {
  const input = {
    models: Object.fromEntries(
      models.map((key) => [key, { db: join(modelsDir, `${key}.db`), meta: join(modelsDir, `${key}.json`) }]),
    ),
    scenarios: jobs,
  };
  const run = spawnSync('dotnet', [dll], {
    input: JSON.stringify(input),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    // The simulator's Parallel.ForEachAsync defaults to 4 workers; .NET's default is the core count.
    env: { ...process.env, DOTNET_PROCESSOR_COUNT: '4', DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
  });
  if (run.status !== 0) throw new Error(`oracle failed (${run.status}):\n${run.stderr}`);
  const lines = new Map<string, OracleLine>();
  for (const text of run.stdout.split('\n')) {
    if (!text.trim()) continue;
    const line = JSON.parse(text) as OracleLine;
    lines.set(line.id, line);
  }
  return lines;
}
