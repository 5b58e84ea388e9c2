// The extension-API checks, run inside a real extension host with the real `vscode` API:
// in code-server (test/e2e.test.ts) and in a desktop VS Code via @vscode/test-electron (test/vscode.test.ts).
// They need a workspace with sova.config.yaml and landscape files with findings (a copy of samples/musterstadt).
// Every wait is a bounded poll on a condition; no fixed sleeps.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'sova.sova';
const RULE_ID = /^[A-Z]+(-\d{3})?$/;

export interface CheckResult { name: string; ok: boolean; ms: number; detail?: string; error?: string }
export interface CheckReport { done: boolean; passed: number; failed: number; results: CheckResult[]; vscodeVersion: string }

interface Check { name: string; timeoutMs: number; run(s: State): Promise<string | void> }

/** What the checks learn on the way (the extension's API, the landscape files). */
interface State {
  api?: { client: { sendRequest(method: string, params: unknown): Promise<any> }; status(): any };
  files: vscode.Uri[];
}

export async function waitFor<T>(what: string, timeoutMs: number, probe: () => T | undefined | false | Promise<T | undefined | false>): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function ruleIdOf(d: vscode.Diagnostic): string | undefined {
  if (d.code === undefined) return undefined;
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** The sova diagnostics of every file that has some. */
function sovaDiagnostics(): [vscode.Uri, vscode.Diagnostic[]][] {
  return vscode.languages.getDiagnostics().map(([u, ds]) => [u, ds.filter((d) => d.source === 'sova')] as [vscode.Uri, vscode.Diagnostic[]]).filter(([, ds]) => ds.length > 0);
}

function countSova(): number {
  return sovaDiagnostics().reduce((n, [, ds]) => n + ds.length, 0);
}

/** The first `key: value` line (value a plain id) in the landscape files: its document and the value's position. */
async function findValue(files: vscode.Uri[], key: string): Promise<{ doc: vscode.TextDocument; pos: vscode.Position; value: string } | undefined> {
  const re = new RegExp(`^(\\s*(?:- )?${key}:\\s*)([a-z0-9][a-z0-9-]*)\\s*(#.*)?$`);
  for (const uri of files) {
    const doc = await vscode.workspace.openTextDocument(uri);
    for (let line = 0; line < doc.lineCount; line++) {
      const m = re.exec(doc.lineAt(line).text);
      if (m) return { doc, pos: new vscode.Position(line, m[1].length), value: m[2] };
    }
  }
  return undefined;
}

/** The ids of all documents of `kind` in the landscape files. */
async function declaredIds(files: vscode.Uri[], kind: string): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const uri of files) {
    const text = (await vscode.workspace.openTextDocument(uri)).getText();
    for (const doc of text.split(/^---\s*$/m)) {
      if (new RegExp(`^kind:\\s*${kind}\\s*$`, 'm').test(doc)) {
        const id = /^id:\s*([a-z0-9-]+)\s*$/m.exec(doc)?.[1];
        if (id) ids.add(id);
      }
    }
  }
  return ids;
}

export const CHECKS: Check[] = [
  {
    name: 'the extension activates and returns its API',
    timeoutMs: 30_000,
    async run(s) {
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
      s.api = (await ext.activate()) as State['api'];
      assert.ok(ext.isActive, 'extension is active');
      assert.ok(s.api?.client, 'activate() returns { client }');
      s.files = (await vscode.workspace.findFiles('**/*.yaml', '**/node_modules/**')).sort((a, b) => a.fsPath.localeCompare(b.fsPath));
      assert.ok(s.files.some((f) => f.path.endsWith('/sova.config.yaml')), 'workspace holds sova.config.yaml');
      return `${ext.id} ${ext.packageJSON.version}, ${s.files.length} YAML files`;
    },
  },
  {
    name: 'diagnostics carry source "sova" and the rule id as code',
    timeoutMs: 60_000,
    async run(s) {
      for (const uri of s.files) await vscode.workspace.openTextDocument(uri);
      await waitFor('sova diagnostics', 55_000, () => countSova() > 0);
      const all = sovaDiagnostics();
      const ids = new Set<string>();
      for (const [uri, ds] of all) {
        for (const d of ds) {
          const id = ruleIdOf(d);
          assert.match(id ?? '', RULE_ID, `code of "${d.message}" in ${uri.path} is a rule id`);
          ids.add(id!);
        }
      }
      const withLink = all.flatMap(([, ds]) => ds).filter((d) => typeof d.code === 'object' && d.code.target);
      return `${countSova()} diagnostics in ${all.length} files, rules ${[...ids].sort().join(' ')}; ${withLink.length} link their rule page`;
    },
  },
  {
    name: 'the status (sova/status, sova/statusChanged) has counts by severity and the level',
    timeoutMs: 30_000,
    async run(s) {
      const folder = vscode.workspace.workspaceFolders![0];
      const ready = () => s.api!.status()?.folders?.find((f: any) => f.state === 'ready');
      const status = await waitFor('a ready folder status from sova/statusChanged', 25_000, ready);
      for (const sev of ['error', 'warning', 'info', 'suppressed']) assert.equal(typeof status.counts?.[sev], 'number', `counts.${sev}`);
      assert.equal(vscode.Uri.parse(status.uri).fsPath, folder.uri.fsPath, 'the status is about the workspace folder');
      const min = status.levels?.minLevel;
      assert.ok(min === undefined || (Number.isInteger(min) && min >= 0 && min <= 4), `level ${min} is 0–4`);
      const asked = await s.api!.client.sendRequest('sova/status', {});
      assert.deepEqual(asked.folders.find((f: any) => f.uri === status.uri)?.counts, ready()?.counts, 'sova/status answers what sova/statusChanged sent');
      return `level ${min ?? 'unassessed'}, ${status.files} files, counts ${JSON.stringify(status.counts)}`;
    },
  },
  {
    name: 'command sova.reaudit runs and the findings stay',
    timeoutMs: 60_000,
    async run() {
      const before = countSova();
      const t0 = Date.now();
      await vscode.commands.executeCommand('sova.reaudit');
      const ms = Date.now() - t0;
      await waitFor('diagnostics after the re-audit', 30_000, () => countSova() > 0);
      return `re-audit took ${ms} ms; ${before} → ${countSova()} diagnostics`;
    },
  },
  {
    name: 'completion on a vendor reference offers the declared Party ids',
    timeoutMs: 30_000,
    async run(s) {
      const hit = await findValue(s.files, 'vendor');
      assert.ok(hit, 'a `vendor:` reference in the landscape');
      const parties = await declaredIds(s.files, 'Party');
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', hit.doc.uri, hit.pos);
      const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      const offered = labels.filter((l) => parties.has(l));
      assert.ok(offered.length > 0, `completion at ${hit.doc.uri.path}:${hit.pos.line + 1} offers a Party id; got ${labels.slice(0, 20).join(', ')}`);
      return `${labels.length} items at ${vscode.workspace.asRelativePath(hit.doc.uri)}:${hit.pos.line + 1}, ${offered.length} of ${parties.size} Party ids`;
    },
  },
  {
    name: 'hover and go-to-definition work on a reference',
    timeoutMs: 30_000,
    async run(s) {
      const hit = await findValue(s.files, 'vendor');
      assert.ok(hit, 'a `vendor:` reference in the landscape');
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', hit.doc.uri, hit.pos);
      assert.ok(hovers.length > 0, 'a hover');
      const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', hit.doc.uri, hit.pos);
      assert.ok(defs.length > 0, `a definition of ${hit.value}`);
      const first = defs[0];
      const uri = 'targetUri' in first ? first.targetUri : first.uri;
      const range = 'targetUri' in first ? first.targetSelectionRange ?? first.targetRange : first.range;
      const target = await vscode.workspace.openTextDocument(uri);
      const text = target.getText(new vscode.Range(range.start.line, 0, range.end.line + 1, 0));
      assert.ok(text.includes(hit.value), `definition of ${hit.value} points at its declaration; got ${JSON.stringify(text)}`);
      return `${hit.value} → ${vscode.workspace.asRelativePath(uri)}:${range.start.line + 1}`;
    },
  },
  {
    name: 'a finding has a preferred quick fix, and applying it removes the finding',
    timeoutMs: 60_000,
    async run() {
      for (const [uri, ds] of sovaDiagnostics()) {
        for (const d of ds) {
          // The API's code actions carry no `diagnostics`: take a finding that no other finding overlaps,
          // so that the preferred fix offered at its range is its own.
          if (vscode.languages.getDiagnostics(uri).some((x) => x !== d && x.range.intersection(d.range))) continue;
          const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value);
          const fix = actions.find((a) => a.isPreferred && a.edit);
          if (!fix) continue;
          const id = ruleIdOf(d)!;
          const count = () => vscode.languages.getDiagnostics(uri).filter((x) => x.source === 'sova' && ruleIdOf(x) === id).length;
          const before = count();
          assert.ok(await vscode.workspace.applyEdit(fix.edit!), 'the edit applies');
          const t0 = Date.now();
          await waitFor(`${id} to disappear from ${uri.path}`, 30_000, () => count() < before);
          await vscode.workspace.openTextDocument(uri).then((doc) => doc.save());
          return `${id} "${fix.title}" (${actions.length} actions offered) in ${vscode.workspace.asRelativePath(uri)}: ${before} → ${count()} after ${Date.now() - t0} ms`;
        }
      }
      assert.fail('no sova diagnostic with a preferred quick fix');
    },
  },
  {
    name: 'command sova.exportFindings writes a SARIF export rendered by the server',
    timeoutMs: 30_000,
    async run(s) {
      const folder = vscode.workspace.workspaceFolders![0].uri;
      const { formats } = await s.api!.client.sendRequest('sova/exportFormats', {});
      assert.ok(Array.isArray(formats) && formats.includes('sarif'), `formats ${JSON.stringify(formats)} include sarif`);
      const target = vscode.Uri.joinPath(folder, 'sova-export-test.sarif');
      const written = await vscode.commands.executeCommand<vscode.Uri>('sova.exportFindings', { format: 'sarif', folder: folder.toString(), target: target.toString() });
      assert.equal(written?.toString(), target.toString(), 'the command answers with the file it wrote');
      const sarif = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)));
      assert.equal(sarif.version, '2.1.0', 'SARIF 2.1.0');
      const results = sarif.runs?.[0]?.results ?? [];
      assert.ok(results.length > 0 && results.every((r: any) => RULE_ID.test(r.ruleId)), 'results with rule ids');
      await vscode.workspace.fs.delete(target);
      return `formats ${formats.join(', ')}; SARIF with ${results.length} results`;
    },
  },
  {
    name: 'rule pages open from the command, from a finding\'s code action, and the catalogue',
    timeoutMs: 60_000,
    async run() {
      const labels = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label);
      await vscode.commands.executeCommand('sova.showRuleDocumentation', 'LIC-001');
      const page = await waitFor('a tab showing LIC-001', 20_000, () => labels().find((l) => l.includes('LIC-001')));
      // "Show documentation of RULE": the server's command, which the extension handles itself.
      // The earlier checks edited and saved a file: while the server re-audits, the editor's diagnostics may
      // be a version behind, so the request is repeated (bounded) on the current diagnostics.
      let attempts = 0;
      let id = '';
      const docs = await waitFor('a "show documentation" code action', 20_000, async () => {
        attempts++;
        const [uri, ds] = sovaDiagnostics().find(([, list]) => list.some((d) => ruleIdOf(d) !== 'LIC-001'))!;
        const d = ds.find((x) => ruleIdOf(x) !== 'LIC-001')!;
        id = ruleIdOf(d)!;
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value);
        return actions.find((a) => a.command?.command === 'sova.showRuleDocumentation' && a.command.arguments?.[0] === id);
      });
      assert.ok(docs.command);
      await vscode.commands.executeCommand(docs.command.command, ...(docs.command.arguments ?? []));
      const fromAction = await waitFor(`a tab showing ${id}`, 20_000, () => labels().find((l) => l.includes(`${id}.md`)));
      await vscode.commands.executeCommand('sova.showRuleCatalogue'); // the Markdown preview is reused
      const catalogue = await waitFor('a tab showing the catalogue', 20_000, () => labels().find((l) => l.includes('README')));
      return `tabs "${page}", "${fromAction}" (via "${docs.title}", request ${attempts}), "${catalogue}"`;
    },
  },
];

/** Runs every check in order; `onProgress` sees the report after each one. */
export async function runChecks(onProgress: (r: CheckReport) => void = () => {}): Promise<CheckReport> {
  const state: State = { files: [] };
  const report: CheckReport = { done: false, passed: 0, failed: 0, results: [], vscodeVersion: vscode.version };
  for (const check of CHECKS) {
    const t0 = Date.now();
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`check timed out after ${check.timeoutMs} ms`)), check.timeoutMs);
      });
      const detail = await Promise.race([check.run(state), timeout]);
      report.results.push({ name: check.name, ok: true, ms: Date.now() - t0, detail: detail || undefined });
      report.passed++;
    } catch (err) {
      report.results.push({ name: check.name, ok: false, ms: Date.now() - t0, error: err instanceof Error ? err.message : String(err) });
      report.failed++;
    } finally {
      clearTimeout(timer);
    }
    onProgress(report);
  }
  report.done = true;
  onProgress(report);
  return report;
}
