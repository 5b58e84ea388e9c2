// The VS Code workbench in Chromium, driven like a person would: open a file, read the Problems panel,
// apply a quick fix with Ctrl+. and watch the finding go. Every wait is on a condition, bounded.
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import type { Tools } from './tools';

export function launchBrowser(tools: Tools): Promise<Browser> {
  return chromium.launch({
    executablePath: tools.chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--no-first-run', '--disable-dev-shm-usage'],
  });
}

/** The finding the test fixes, as the engine computed it for the same workspace. */
export interface QuickFixTarget {
  /** Workspace-relative path with `/`. */
  file: string;
  ruleId: string;
  /** 0-based, as in the engine and LSP. */
  line: number;
  character: number;
  fixTitle: string;
  /** Active findings of the workspace by severity, as the engine counts them: the status bar must show these. */
  counts: { error: number; warning: number; info: number };
}

export interface WorkbenchReport {
  workbenchMs: number;
  statusText: string;
  problemsMs: number;
  sovaRowsSeen: number;
  fixMs: number;
  /** The Problems panel's count before and after the fix. */
  problemsBefore: string;
  problemsAfter: string;
  screenshots: string[];
}

const WAIT = { workbench: 90_000, findings: 90_000, fix: 45_000, ui: 20_000 };

function since(t0: number): number {
  return Date.now() - t0;
}

export async function openWorkspace(page: Page, serverUrl: string, folder: string): Promise<number> {
  const t0 = Date.now();
  await page.goto(`${serverUrl}/?folder=${folder}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: WAIT.workbench });
  await page.locator('.part.statusbar').waitFor({ timeout: WAIT.workbench });
  return since(t0);
}

async function quickOpen(page: Page, file: string): Promise<void> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: WAIT.ui });
  await input.fill(file);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: path.basename(file) }).first().waitFor({ timeout: WAIT.ui });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: path.basename(file) }).waitFor({ timeout: WAIT.ui });
  await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: WAIT.ui });
}

/** Problems-panel rows of sova findings ("message  sova(RULE) [Ln l, Col c]"; the brackets are CSS). */
function sovaRows(page: Page) {
  return page.locator('.markers-panel .monaco-list-row').filter({ has: page.locator('.marker-source', { hasText: /^sova$/ }) });
}

function problemRow(page: Page, t: QuickFixTarget) {
  return sovaRows(page)
    .filter({ has: page.locator('.marker-code', { hasText: new RegExp(`^${t.ruleId}$`) }) })
    .filter({ has: page.locator('.marker-line', { hasText: `[Ln ${t.line + 1}, Col ${t.character + 1}]` }) });
}

export async function findingsAndQuickFix(page: Page, serverUrl: string, folder: string, target: QuickFixTarget, shot: (name: string) => string): Promise<WorkbenchReport> {
  const report: WorkbenchReport = { workbenchMs: 0, statusText: '', problemsMs: 0, sovaRowsSeen: 0, fixMs: 0, problemsBefore: '', problemsAfter: '', screenshots: [] };
  const problemsBadge = page.locator('.part.panel .action-item', { hasText: 'Problems' }).locator('.badge-content').first();
  const screenshot = async (name: string) => {
    const file = shot(name);
    await page.screenshot({ path: file });
    report.screenshots.push(file);
  };
  report.workbenchMs = await openWorkspace(page, serverUrl, folder);

  // The file with the finding, then the Problems panel (Ctrl+Shift+M), filtered to the rule.
  const t0 = Date.now();
  await quickOpen(page, target.file);
  await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel').waitFor({ timeout: WAIT.ui });
  await sovaRows(page).first().waitFor({ timeout: WAIT.findings });
  report.problemsMs = since(t0);
  report.sovaRowsSeen = await sovaRows(page).count();
  const { error, warning, info } = target.counts;
  const statusText = new RegExp(`(level \\d|Stufe \\d|unassessed|nicht bewertet)\\s+${error}\\s+${warning}\\s+${info}\\s*$`);
  const status = page.locator('.part.statusbar .statusbar-item', { hasText: statusText }).first();
  await status.waitFor({ timeout: WAIT.findings });
  report.statusText = (await status.innerText()).replace(/\s+/g, ' ').trim();
  const filter = page.locator('.markers-panel-action-filter input, .viewpane-filter input').first();
  await filter.fill(target.ruleId);
  await problemRow(page, target).first().waitFor({ timeout: WAIT.findings });
  await screenshot('e2e-problems.png');

  // Cursor onto the finding (Ctrl+G line:column), the quick-fix menu (Ctrl+.), the fix by its title.
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+G');
  const gotoInput = page.locator('.quick-input-widget input');
  await gotoInput.waitFor({ timeout: WAIT.ui });
  await gotoInput.fill(`:${target.line + 1}:${target.character + 1}`); // the ":" prefix selects "go to line"
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: WAIT.ui });
  await page.keyboard.press('Control+.');
  const item = page.locator('.action-widget .monaco-list-row', { hasText: target.fixTitle }).first();
  await item.waitFor({ timeout: WAIT.ui });
  await screenshot('e2e-quickfix-menu.png');
  report.problemsBefore = await problemsBadge.innerText();
  const t1 = Date.now();
  await item.click();
  await problemRow(page, target).first().waitFor({ state: 'detached', timeout: WAIT.fix });
  report.fixMs = since(t1);
  report.problemsAfter = await problemsBadge.innerText();
  await page.keyboard.press('Control+S');
  await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached', timeout: WAIT.ui });
  await screenshot('e2e-after-fix.png');
  return report;
}
