// Runs test/vscode/suite (the shared extension-API checks) inside code-server's extension host: the window
// is opened with the `payload` URL parameter (extensionDevelopmentPath, extensionTestsPath), which
// code-server honours when started with `--vscode-option enable-smoke-test-driver`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { waitFor } from './tools';

export interface CheckResult { name: string; ok: boolean; ms: number; detail?: string; error?: string }
export interface CheckReport { done: boolean; passed: number; failed: number; results: CheckResult[]; vscodeVersion: string }

/** Copies the installed extension and the compiled suite into `dest`: the tests must live inside the extension folder. */
export function prepareExtensionUnderTest(installedDir: string, suiteDir: string, dest: string): { extensionPath: string; testsPath: string } {
  fs.cpSync(installedDir, dest, { recursive: true });
  const suite = path.join(dest, 'test', 'suite');
  fs.mkdirSync(suite, { recursive: true });
  for (const f of fs.readdirSync(suiteDir)) if (f.endsWith('.js')) fs.copyFileSync(path.join(suiteDir, f), path.join(suite, f));
  return { extensionPath: dest, testsPath: path.join(suite, 'index.js') };
}

export async function runInCodeServer(browser: Browser, server: { url: string; port: number }, opts: {
  folder: string; extensionPath: string; testsPath: string; resultFile: string; timeoutMs: number;
}): Promise<CheckReport> {
  const remote = (p: string) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload = [['extensionDevelopmentPath', remote(opts.extensionPath)], ['extensionTestsPath', remote(opts.testsPath)]];
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  try {
    await page.goto(`${server.url}/?folder=${opts.folder}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    // The page stays open until the suite has written its final report.
    return await waitFor(`the extension-host report ${opts.resultFile}`, opts.timeoutMs, () => {
      if (!fs.existsSync(opts.resultFile)) return undefined;
      try {
        const report = JSON.parse(fs.readFileSync(opts.resultFile, 'utf8')) as CheckReport;
        return report.done ? report : undefined;
      } catch {
        return undefined; // being written
      }
    }, 250);
  } catch (err) {
    const partial = fs.existsSync(opts.resultFile) ? fs.readFileSync(opts.resultFile, 'utf8') : '(no report written)';
    throw new Error(`${(err as Error).message}\npartial report: ${partial}\npage errors: ${pageErrors.slice(0, 5).join(' | ')}`);
  } finally {
    await page.close().catch(() => {});
  }
}
