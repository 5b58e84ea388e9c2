// Layer 3: sova in a real VS Code — code-server from npm with the packaged .vsix, driven by
// playwright-core and Debian's Chromium; plus the shared extension-API checks (test/vscode/suite)
// inside code-server's extension host. Needs the tools of `bash scripts/setup-e2e.sh` (.tools/);
// without them the suite is skipped with a message saying so.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { audit, openWorkspace, relativePath } from '../engine';
import type { EngineFinding } from '../engine';
import { applyEdits } from '../engine/edits';
import { artifactsDir, buildVsix, copySample, makeTempDir, readTools, repoRoot } from './e2e/tools';
import type { Tools } from './e2e/tools';
import { installExtension, startCodeServer } from './e2e/codeServer';
import type { CodeServer } from './e2e/codeServer';
import { findingsAndQuickFix, launchBrowser } from './e2e/workbench';
import type { QuickFixTarget } from './e2e/workbench';
import { prepareExtensionUnderTest, runInCodeServer } from './e2e/extensionHost';

const ROOT = repoRoot();
const SAMPLE = 'musterstadt';
/** Rules whose quick fix is one obvious edit, in the order the test prefers them. */
const PREFERRED_RULES = ['LIC-004', 'LIC-003', 'LIC-001', 'STD-004', 'LIC-005', 'STD-002', 'SCHEMA'];

/** A finding of the sample with one preferred fix that edits only its own file, and the file's text after the fix. */
function pickQuickFix(folder: string): QuickFixTarget & { expected: string; title: string } {
  const ws = openWorkspace(folder);
  const result = audit(ws);
  const key = (f: EngineFinding) => `${f.ruleId} ${f.file} ${f.range.start.line}:${f.range.start.character}`;
  const seen = new Map<string, number>();
  for (const f of result.findings) seen.set(key(f), (seen.get(key(f)) ?? 0) + 1);
  const rank = (f: EngineFinding) => (PREFERRED_RULES.includes(f.ruleId) ? PREFERRED_RULES.indexOf(f.ruleId) : PREFERRED_RULES.length);
  const candidates = result.findings
    .filter((f) => !f.suppressed && seen.get(key(f)) === 1 && !f.file.endsWith('sova.config.yaml'))
    .filter((f) => (f.fixes ?? []).some((x) => x.preferred && !x.needsChoice && x.edits.every((e) => e.file === f.file)))
    .sort((a, b) => rank(a) - rank(b));
  assert.ok(candidates.length > 0, `samples/${SAMPLE} has a finding with a preferred one-file quick fix`);
  const f = candidates[0];
  const fix = f.fixes!.find((x) => x.preferred && !x.needsChoice)!;
  const src = ws.source(f.file)!;
  const expected = applyEdits(src.text, fix.edits.map((e) => ({ start: src.offset(e.range.start), end: src.offset(e.range.end), newText: e.newText })));
  const counts = { error: 0, warning: 0, info: 0 };
  for (const x of result.findings) if (!x.suppressed) counts[x.severity]++;
  return {
    counts,
    file: relativePath(result, f.file), ruleId: f.ruleId, line: f.range.start.line, character: f.range.start.character,
    fixTitle: fix.title, expected, title: `${f.ruleId} "${fix.title}"`,
  };
}

describe('e2e: sova in a real VS Code (code-server + Chromium)', function () {
  this.timeout(10 * 60_000);
  let tools: Tools;
  let home: string;
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let vsixMs = 0;
  const resultFile = () => path.join(home, 'exthost-result.json');

  before(async function () {
    const found = readTools(ROOT);
    if (typeof found === 'string') {
      console.log(`      ⚠ e2e tests skipped: ${found}`);
      this.skip();
    }
    tools = found as Tools;
    for (const f of fs.readdirSync(artifactsDir(ROOT))) if (f.startsWith('e2e-')) fs.rmSync(path.join(artifactsDir(ROOT), f));
    home = makeTempDir('sova-e2e-');
    const vsix = path.join(home, 'sova.vsix');
    vsixMs = buildVsix(ROOT, vsix);
    installExtension(tools, home, vsix);
    server = await startCodeServer(tools, { home, smokeTestDriver: true, env: { SOVA_EXTHOST_RESULT: resultFile() } });
    browser = await launchBrowser(tools);
    console.log(`      code-server ${tools.codeServerVersion} on ${server.url}; .vsix built and installed (${vsixMs} ms)`);
  });

  after(async function () {
    await browser?.close().catch(() => {});
    await server?.stop();
    if (server && home) fs.copyFileSync(server.log, path.join(artifactsDir(ROOT), 'e2e-code-server.log'));
    if (home && !process.env.SOVA_E2E_KEEP) fs.rmSync(home, { recursive: true, force: true });
  });

  it('lists sova findings in the Problems panel, and a quick fix (Ctrl+.) removes one', async function () {
    const ws = copySample(ROOT, SAMPLE, path.join(home, 'ui'));
    const target = pickQuickFix(ws);
    const page = await browser!.newPage({ viewport: { width: 1440, height: 900 } });
    try {
      const report = await findingsAndQuickFix(page, server!.url, ws, target, (name) => path.join(artifactsDir(ROOT), name));
      const after = fs.readFileSync(path.join(ws, target.file), 'utf8');
      assert.equal(after, target.expected, `${target.file} after the quick fix is what the engine's fix gives`);
      console.log(`      workbench ${report.workbenchMs} ms; first sova row ${report.problemsMs} ms (${report.sovaRowsSeen} rows shown); ` +
        `status "${report.statusText}"; ${target.title} at ${target.file}:${target.line + 1} gone ${report.fixMs} ms after the click (Problems ${report.problemsBefore} → ${report.problemsAfter})`);
      console.log(`      screenshots: ${report.screenshots.map((s) => path.relative(ROOT, s)).join(', ')}`);
    } catch (err) {
      await page.screenshot({ path: path.join(artifactsDir(ROOT), 'e2e-failure.png') }).catch(() => {});
      throw err;
    } finally {
      await page.close();
    }
  });

  it('passes the extension-API checks inside code-server\'s extension host', async function () {
    const ws = copySample(ROOT, SAMPLE, path.join(home, 'exthost'));
    const installed = fs.readdirSync(server!.extensionsDir).find((d) => d.startsWith('sova.sova-'));
    assert.ok(installed, `sova installed in ${server!.extensionsDir}`);
    const ext = prepareExtensionUnderTest(path.join(server!.extensionsDir, installed), path.join(ROOT, 'out', 'test', 'vscode', 'suite'), path.join(home, 'extension-under-test'));
    const t0 = Date.now();
    const report = await runInCodeServer(browser!, server!, { folder: ws, ...ext, resultFile: resultFile(), timeoutMs: 300_000 });
    fs.copyFileSync(resultFile(), path.join(artifactsDir(ROOT), 'e2e-exthost-report.json'));
    for (const r of report.results) console.log(`      ${r.ok ? '✓' : '✗'} ${r.name} (${r.ms} ms)${r.ok ? (r.detail ? `: ${r.detail}` : '') : `: ${r.error}`}`);
    console.log(`      VS Code ${report.vscodeVersion}: ${report.passed} passed, ${report.failed} failed in ${Date.now() - t0} ms`);
    assert.equal(report.failed, 0, report.results.filter((r) => !r.ok).map((r) => `${r.name}: ${r.error}`).join('\n'));
  });
});
