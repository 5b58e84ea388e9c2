// The extension-host test entry (`extensionTestsPath`): VS Code loads this module and calls `run()`.
// It runs the shared checks and writes the report as JSON for the mocha wrapper that started the editor:
// to $SOVA_EXTHOST_RESULT, else result.json beside this file.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runChecks } from './checks';
import type { CheckReport } from './checks';

export function resultFile(): string {
  return process.env.SOVA_EXTHOST_RESULT || path.join(__dirname, 'result.json');
}

export async function run(): Promise<void> {
  const file = resultFile();
  const write = (r: CheckReport) => fs.writeFileSync(file, JSON.stringify(r, null, 2));
  const report = await runChecks(write);
  write(report);
  if (report.failed > 0) {
    throw new Error(`${report.failed} of ${report.results.length} extension-host checks failed:\n` +
      report.results.filter((r) => !r.ok).map((r) => `  ${r.name}: ${r.error}`).join('\n'));
  }
}
