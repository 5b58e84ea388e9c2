// The built language server over stdio, spoken to in real JSON-RPC (no editor): a temp copy of
// samples/musterstadt plus a few files of our own under landscape/lsp/, whose findings are known.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import type {
  CodeAction, CompletionItem, CompletionList, Diagnostic, DocumentSymbol, Hover, InitializeResult, Location,
  PublishDiagnosticsParams, SymbolInformation, TextDocumentEdit, TextEdit, WorkspaceEdit,
} from 'vscode-languageserver/node';

const REPO = path.resolve(__dirname, '..', '..');
const SERVER = path.join(REPO, 'out', 'server', 'main.js');
const CLI = path.join(REPO, 'out', 'cli', 'main.js');
const WAIT_MS = 15000;

// ── Fixture files (added to the copy of the sample) ─────────────────────────────────────────────

const PARTIES = `# Hersteller für den LSP-Test
apiVersion: sova/v1
kind: Party
id: acme-gmbh
name: ACME GmbH
legalName: ACME Software GmbH
country: DE
sector: private
`;

const HOSTERS = `# Betreiber für den LSP-Test
apiVersion: sova/v1
kind: Party
id: hoster-ag
name: Hoster AG
country: DE
sector: private
---
apiVersion: sova/v1
kind: Party
id: other-hoster
name: Other Hoster
country: DE
`;

const APPS = `# Fachverfahren für den LSP-Test (Kommentare müssen Korrekturen überleben)
apiVersion: sova/v1
kind: Application
id: lsp-demo
name: LSP Demo
layer: specialist-app
category: other
vendor: acme-gmbh   # Hersteller laut Vertrag
criticallity: high  # Schutzbedarf laut Analyse 2026
licence:
  spdx: GPL-3.0
  model: open-source
interfaces:
  - standard: odf
    role: export-format
deployment:
  operator: hoster-ag
---
apiVersion: sova/v1
kind: Application
id: lsp-second
name: LSP Second
vendor: acme-gmbh
deployment:
  operator: hoster-ag
`;

// ── A small LSP client ───────────────────────────────────────────────────────────────────────────

class Client {
  readonly conn: MessageConnection;
  readonly proc: ChildProcess;
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  readonly statusChanges: any[] = [];
  readonly shown: any[] = [];
  readonly logs: string[] = [];
  readonly registrations: { method: string; registerOptions?: any }[] = [];
  /** Every publication in order (`diagnostics` keeps the last per URI). */
  readonly published: PublishDiagnosticsParams[] = [];
  /** How long the client takes to answer `client/registerCapability`. */
  registrationDelayMs = 0;
  stderr = '';
  private waiters: (() => void)[] = [];
  private versions = new Map<string, number>();
  readonly texts = new Map<string, string>();

  /** The `sova` settings the client answers, per folder URI (`scopeUri`). */
  constructor(cmd: string[], public settings: (scopeUri?: string) => Record<string, unknown>) {
    this.proc = spawn(process.execPath, cmd, { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stderr!.on('data', (d) => (this.stderr += d));
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      this.diagnostics.set(p.uri, p);
      this.wake();
    });
    this.conn.onNotification('sova/statusChanged', (p) => {
      this.statusChanges.push(p);
      this.wake();
    });
    this.conn.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
    });
    this.conn.onRequest('workspace/configuration', (p: { items: { scopeUri?: string; section?: string }[] }) => p.items.map((i) => (i.section === 'sova' ? this.settings(i.scopeUri) : null)));
    this.conn.onRequest('client/registerCapability', async (p: { registrations: { method: string; registerOptions?: any }[] }) => {
      if (this.registrationDelayMs) await new Promise((resolve) => setTimeout(resolve, this.registrationDelayMs));
      this.registrations.push(...p.registrations);
      return null;
    });
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.onRequest('window/showDocument', (p) => {
      this.shown.push(p);
      return { success: true };
    });
    this.conn.listen();
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  /** Resolves with the value once `probe` returns one (checked now and after every notification). */
  until<T>(what: string, probe: () => T | undefined | false): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}; stderr: ${this.stderr.slice(-2000)}`)), WAIT_MS);
      const check = () => {
        const v = probe();
        if (v !== undefined && v !== false) {
          clearTimeout(timer);
          resolve(v);
        } else this.waiters.push(check);
      };
      check();
    });
  }

  diagnosticsOf(uri: string): Diagnostic[] {
    return this.diagnostics.get(uri)?.diagnostics ?? [];
  }

  /** Waits until the published diagnostics of `uri` satisfy `pred`. */
  waitDiagnostics(uri: string, what: string, pred: (d: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
    return this.until(`${what} in ${path.basename(uri)}`, () => (this.diagnostics.has(uri) && pred(this.diagnosticsOf(uri)) ? this.diagnosticsOf(uri) : undefined));
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params: unknown): void {
    void this.conn.sendNotification(method, params);
  }

  open(uri: string, text: string): void {
    this.versions.set(uri, 1);
    this.texts.set(uri, text);
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  }

  change(uri: string, text: string): void {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    this.texts.set(uri, text);
    this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  /** An incremental change: replaces `oldText` (first occurrence) by `newText`. */
  replace(uri: string, oldText: string, newText: string): void {
    const text = this.texts.get(uri)!;
    const at = text.indexOf(oldText);
    assert.ok(at >= 0, `${oldText} not in the document`);
    const range = { start: positionOf(text, at), end: positionOf(text, at + oldText.length) };
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    this.texts.set(uri, text.slice(0, at) + newText + text.slice(at + oldText.length));
    this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: newText }] });
  }

  version(uri: string): number | undefined {
    return this.versions.get(uri);
  }

  close(uri: string): void {
    this.versions.delete(uri);
    this.texts.delete(uri);
    this.notify('textDocument/didClose', { textDocument: { uri } });
  }
}

/** A diagnostic's message as text (LSP 3.18 also allows markup). */
function msg(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}

function positionOf(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

function offsetOf(text: string, pos: { line: number; character: number }): number {
  const lines = text.split('\n');
  let o = 0;
  for (let i = 0; i < pos.line; i++) o += lines[i].length + 1;
  return o + pos.character;
}

/** The position of the first occurrence of `needle` (plus `delta` characters). */
function at(text: string, needle: string, delta = 0): { line: number; character: number } {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `${needle} not found`);
  return positionOf(text, i + delta);
}

/** A text with a caret marker `|`: the text without it and the caret's position. */
function caret(marked: string): { text: string; position: { line: number; character: number } } {
  const i = marked.indexOf('|');
  return { text: marked.slice(0, i) + marked.slice(i + 1), position: positionOf(marked, i) };
}

function applyTextEdits(text: string, edits: TextEdit[]): string {
  const sorted = edits.map((e) => ({ start: offsetOf(text, e.range.start), end: offsetOf(text, e.range.end), newText: e.newText })).sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** The edits of a WorkspaceEdit per URI (with the versions of documentChanges). */
function editsOf(edit: WorkspaceEdit): Map<string, { version?: number | null; edits: TextEdit[] }> {
  const out = new Map<string, { version?: number | null; edits: TextEdit[] }>();
  for (const dc of (edit.documentChanges ?? []) as TextDocumentEdit[]) out.set(dc.textDocument.uri, { version: dc.textDocument.version, edits: dc.edits as TextEdit[] });
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) out.set(uri, { edits });
  return out;
}

function labels(r: CompletionItem[] | CompletionList | null): string[] {
  const items = Array.isArray(r) ? r : r?.items ?? [];
  return items.map((i) => i.label);
}

function hoverText(h: Hover | null): string {
  if (!h) return '';
  const c = h.contents as any;
  return typeof c === 'string' ? c : Array.isArray(c) ? c.map((x: any) => x.value ?? x).join('\n') : c.value;
}

const CLIENT_CAPABILITIES = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true },
    symbol: {},
  },
  window: { showDocument: { support: true } },
  textDocument: {
    synchronization: { didSave: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true },
    rename: { prepareSupport: true },
    completion: { completionItem: { snippetSupport: false } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, tagSupport: { valueSet: [1, 2] } },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
  },
};

async function initialize(client: Client, root: string): Promise<InitializeResult> {
  const result = await client.request<InitializeResult>('initialize', {
    processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: CLIENT_CAPABILITIES,
    workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'musterstadt' }],
  });
  client.notify('initialized', {});
  return result;
}

// ── The tests ────────────────────────────────────────────────────────────────────────────────────

describe('language server over stdio (built out/server/main.js)', function () {
  this.timeout(30000);
  let tmp: string;
  let root: string;
  let client: Client;
  let init: InitializeResult;
  const file = (rel: string) => path.join(root, rel);
  const uri = (rel: string) => pathToFileURL(file(rel)).href;
  const APPS_URI = () => uri('landscape/lsp/apps.yaml');
  const PARTIES_URI = () => uri('landscape/lsp/parties.yaml');
  const HOSTERS_URI = () => uri('landscape/lsp/hosters.yaml');
  const SCRATCH_URI = () => uri('landscape/lsp/scratch.yaml');

  before(async function () {
    if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} missing: run npx tsc -b first`);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sova-lsp-'));
    root = path.join(tmp, 'musterstadt');
    fs.cpSync(path.join(REPO, 'samples', 'musterstadt'), root, { recursive: true });
    fs.mkdirSync(file('landscape/lsp'), { recursive: true });
    fs.writeFileSync(file('landscape/lsp/parties.yaml'), PARTIES);
    fs.writeFileSync(file('landscape/lsp/hosters.yaml'), HOSTERS);
    fs.writeFileSync(file('landscape/lsp/apps.yaml'), APPS);
    client = new Client([SERVER, '--stdio'], () => ({ locale: 'en', asOf: '2026-11-23', run: 'onType', rules: {} }));
    init = await initialize(client, root);
  });

  after(async function () {
    if (client && client.proc.exitCode === null) client.proc.kill();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('announces its capabilities', function () {
    const c = init.capabilities;
    assert.equal(init.serverInfo?.name, 'sova');
    assert.ok(c.completionProvider && c.hoverProvider && c.definitionProvider && c.referencesProvider && c.documentSymbolProvider && c.workspaceSymbolProvider);
    assert.equal(c.completionProvider?.resolveProvider, true, 'summaries of ids on resolve');
    assert.deepEqual(c.renameProvider, { prepareProvider: true });
    assert.deepEqual((c.codeActionProvider as any).codeActionKinds, ['quickfix', 'source.fixAll', 'source.fixAll.sova']);
    assert.deepEqual(c.executeCommandProvider?.commands, ['sova.showRuleDocumentation']);
    assert.equal((c as any).diagnosticProvider, undefined, 'no pull diagnostics: the server pushes once per change');
  });

  it('publishes diagnostics for files that are not open, after the initial index', async function () {
    const diags = await client.waitDiagnostics(APPS_URI(), 'SCHEMA unknown key', (ds) => ds.some((d) => d.code === 'SCHEMA'));
    const schema = diags.find((d) => d.code === 'SCHEMA')!;
    assert.equal(schema.source, 'sova');
    assert.equal(schema.severity, 1);
    assert.match(msg(schema), /Unknown field 'criticallity'/, 'English, as the settings ask');
    assert.equal(schema.range.start.line, 8);
    assert.ok(schema.codeDescription?.href.endsWith('/docs/rules/SCHEMA.md'), schema.codeDescription?.href);
    assert.ok(diags.some((d) => d.code === 'LIC-003' && d.severity === 2), 'the deprecated GPL-3.0 is a warning');
    // Sample files get their findings too, without being opened.
    const sampleUris = [...client.diagnostics.keys()].filter((u) => u.includes('/landscape/applications/'));
    assert.ok(sampleUris.length >= 3, `diagnostics for sample files: ${sampleUris.length}`);
  });

  it('reports the status per workspace folder and notifies changes', async function () {
    const status = await client.request<any>('sova/status', {});
    assert.equal(status.folders.length, 1);
    const f = status.folders[0];
    assert.equal(f.state, 'ready');
    assert.ok(f.files >= 10, `files: ${f.files}`);
    assert.ok(f.counts.error > 0 && f.counts.warning > 0, JSON.stringify(f.counts));
    assert.equal(f.asOf, '2026-11-23');
    assert.ok(client.statusChanges.length >= 1);
    assert.deepEqual(client.statusChanges[client.statusChanges.length - 1].folders[0].counts, f.counts);
    if (f.levels) assert.ok(f.levels.applications > 0 && f.levels.byLevel.length === 5);
  });

  it('sova/reaudit re-reads the folders and answers with the new status', async function () {
    const status = await client.request<any>('sova/reaudit', {});
    assert.deepEqual(status.folders.map((f: any) => [f.name, f.state]), [['musterstadt', 'ready']]);
    assert.deepEqual(status, await client.request<any>('sova/status', {}));
  });

  it('registers a watcher for YAML files and logs its start', async function () {
    await client.until('the watcher registration', () => client.registrations.length > 0);
    const watcher = client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
    assert.deepEqual(watcher?.registerOptions, { watchers: [{ globPattern: '**/*.{yaml,yml}' }] });
    const ready = await client.until('the start-up log', () => client.logs.find((l) => l.includes('language server ready')));
    assert.match(ready, /^sova \d+\.\d+\.\d+ language server ready; workspace folders: musterstadt \(.*: \d+ files\)$/);
  });

  it('hints at documents that are not ours (information, not a problem of a rule)', async function () {
    fs.writeFileSync(file('landscape/lsp/foreign.yaml'), '# ein Kubernetes-Manifest\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n');
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('landscape/lsp/foreign.yaml'), type: 1 }] });
    const [hint] = await client.waitDiagnostics(uri('landscape/lsp/foreign.yaml'), 'the foreign hint', (ds) => ds.length === 1);
    assert.equal(hint.severity, 3);
    assert.equal(hint.code, undefined);
    assert.equal(msg(hint), 'Not a sova document (apiVersion v1): not audited.');
    assert.deepEqual(hint.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 14 } }, 'the first line of the document');
    fs.rmSync(file('landscape/lsp/foreign.yaml'));
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('landscape/lsp/foreign.yaml'), type: 3 }] });
    await client.waitDiagnostics(uri('landscape/lsp/foreign.yaml'), 'an empty array', (ds) => ds.length === 0);
  });

  it('updates diagnostics on each edit of an open file', async function () {
    client.open(APPS_URI(), APPS);
    client.replace(APPS_URI(), 'layer: specialist-app', 'layer: specialist-ap');
    const diags = await client.waitDiagnostics(APPS_URI(), 'SCHEMA enum', (ds) => ds.some((d) => d.code === 'SCHEMA' && d.range.start.line === 5));
    assert.match(msg(diags.find((d) => d.range.start.line === 5)!), /specialist-ap/);
    assert.equal(client.diagnostics.get(APPS_URI())!.version, client.version(APPS_URI()));
    client.replace(APPS_URI(), 'layer: specialist-ap', 'layer: specialist-app');
    await client.waitDiagnostics(APPS_URI(), 'the enum error to go', (ds) => !ds.some((d) => d.range.start.line === 5));
  });

  it('a change in one file updates the files that reference it (buffer)', async function () {
    client.open(HOSTERS_URI(), HOSTERS);
    const withoutHoster = HOSTERS.slice(HOSTERS.indexOf('---\n') + 4);
    client.change(HOSTERS_URI(), withoutHoster);
    const diags = await client.waitDiagnostics(APPS_URI(), 'REF-001 for hoster-ag', (ds) => ds.filter((d) => d.code === 'REF-001').length === 2);
    const ref = diags.find((d) => d.code === 'REF-001')!;
    assert.equal(ref.range.start.line, APPS.split('\n').indexOf('  operator: hoster-ag'));
    client.change(HOSTERS_URI(), HOSTERS);
    await client.waitDiagnostics(APPS_URI(), 'REF-001 to go', (ds) => !ds.some((d) => d.code === 'REF-001'));
  });

  it('a file deleted and re-created on disk updates the files that reference it', async function () {
    fs.rmSync(file('landscape/lsp/parties.yaml'));
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: PARTIES_URI(), type: 3 }] });
    await client.waitDiagnostics(APPS_URI(), 'REF-001 for acme-gmbh', (ds) => ds.some((d) => d.code === 'REF-001' && d.range.start.line === 7));
    fs.writeFileSync(file('landscape/lsp/parties.yaml'), PARTIES);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: PARTIES_URI(), type: 1 }] });
    await client.waitDiagnostics(APPS_URI(), 'REF-001 to go', (ds) => !ds.some((d) => d.code === 'REF-001'));
  });

  it('a folder created or deleted on disk adds or drops its files', async function () {
    const dir = file('landscape/extra');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'x.yaml'), 'apiVersion: sova/v1\nkind: Party\nid: extra\nname: Extra\nsektor: private\n');
    const xUri = pathToFileURL(path.join(dir, 'x.yaml')).href;
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(dir).href, type: 1 }] });
    await client.waitDiagnostics(xUri, 'SCHEMA in the new folder', (ds) => ds.some((d) => d.code === 'SCHEMA'));
    fs.rmSync(dir, { recursive: true });
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(dir).href, type: 3 }] });
    await client.waitDiagnostics(xUri, 'an empty array', (ds) => ds.length === 0);
  });

  it('re-reads sova.config.yaml when it changes on disk (CFG-001 on the config, severity overrides)', async function () {
    const configFile = file('sova.config.yaml');
    const original = fs.readFileSync(configFile, 'utf8');
    assert.match(original, /^rules:\n/m);
    fs.writeFileSync(configFile, original.replace(/^rules:\n/m, 'rules:\n  NOPE-001: off\n  LIC-003: off\n'));
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('sova.config.yaml'), type: 2 }] });
    const cfg = await client.waitDiagnostics(uri('sova.config.yaml'), 'CFG-001', (ds) => ds.some((d) => d.code === 'CFG-001' && msg(d).includes('NOPE-001')));
    assert.ok(cfg.length >= 1);
    await client.waitDiagnostics(APPS_URI(), 'LIC-003 turned off', (ds) => !ds.some((d) => d.code === 'LIC-003'));
    fs.writeFileSync(configFile, original);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('sova.config.yaml'), type: 2 }] });
    await client.waitDiagnostics(APPS_URI(), 'LIC-003 back', (ds) => ds.some((d) => d.code === 'LIC-003'));
    await client.waitDiagnostics(uri('sova.config.yaml'), 'NOPE-001 gone', (ds) => !ds.some((d) => msg(d).includes('NOPE-001')));
  });

  it('re-reads the settings on didChangeConfiguration (locale, rule severities)', async function () {
    client.settings = () => ({ locale: 'de', asOf: '2026-11-23', run: 'onType', rules: { 'LIC-003': 'error', 'NO-SUCH': 'off' } });
    client.notify('workspace/didChangeConfiguration', { settings: null });
    const diags = await client.waitDiagnostics(APPS_URI(), 'LIC-003 as an error, in German', (ds) => ds.some((d) => d.code === 'LIC-003' && d.severity === 1));
    assert.match(msg(diags.find((d) => d.code === 'SCHEMA')!), /^Unbekanntes Feld „criticallity“/);
    client.settings = () => ({ locale: 'en', asOf: '2026-11-23', run: 'onType', rules: {} });
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.waitDiagnostics(APPS_URI(), 'back to English', (ds) => ds.some((d) => d.code === 'LIC-003' && d.severity === 2) && ds.some((d) => msg(d).startsWith('Unknown field')));
  });

  it('offers the fixes of a finding; applying one removes it and keeps comments', async function () {
    const text = client.texts.get(APPS_URI())!;
    const diag = client.diagnosticsOf(APPS_URI()).find((d) => d.code === 'SCHEMA' && d.range.start.line === 8)!;
    assert.ok(diag, 'the SCHEMA finding at criticallity');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: APPS_URI() }, range: diag.range, context: { diagnostics: [diag] },
    });
    const titles = actions.map((a) => a.title);
    const rename = actions.find((a) => a.title.includes("'criticality'"))!;
    assert.ok(rename, titles.join(' | '));
    assert.equal(rename.kind, 'quickfix');
    assert.equal(rename.isPreferred, true);
    assert.ok(titles.includes('Ignore SCHEMA here with a reason…'), titles.join(' | '));
    const docs = actions.find((a) => a.title === 'Show documentation of SCHEMA')!;
    assert.equal(docs.command?.command, 'sova.showRuleDocumentation');
    const edit = editsOf(rename.edit!).get(APPS_URI())!;
    assert.equal(edit.version, client.version(APPS_URI()), 'versioned edit');
    const fixed = applyTextEdits(text, edit.edits);
    assert.match(fixed, /^criticality: high  # Schutzbedarf laut Analyse 2026$/m);
    for (const comment of text.split('\n').filter((l) => l.includes('#'))) {
      assert.ok(fixed.includes(comment.slice(comment.indexOf('#'))), `comment kept: ${comment}`);
    }
    client.change(APPS_URI(), fixed);
    await client.waitDiagnostics(APPS_URI(), 'the SCHEMA finding to go', (ds) => !ds.some((d) => d.code === 'SCHEMA'));
  });

  it('licence suggestions are separate actions, none preferred; ignore inserts a sova-ignore comment', async function () {
    const diag = client.diagnosticsOf(APPS_URI()).find((d) => d.code === 'LIC-003')!;
    assert.ok(diag, 'LIC-003 for GPL-3.0');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: APPS_URI() }, range: diag.range, context: { diagnostics: [diag] },
    });
    const choices = actions.filter((a) => /GPL-3\.0-(only|or-later)/.test(a.title));
    assert.equal(choices.length, 2, actions.map((a) => a.title).join(' | '));
    assert.ok(choices.every((a) => !a.isPreferred));
    const ignore = actions.find((a) => a.title === 'Ignore LIC-003 here with a reason…')!;
    const text = client.texts.get(APPS_URI())!;
    const edited = applyTextEdits(text, editsOf(ignore.edit!).get(APPS_URI())!.edits);
    assert.match(edited, /\n  # sova-ignore LIC-003 -- enter the reason\n  spdx: GPL-3\.0\n/);
    client.change(APPS_URI(), edited);
    const diags = await client.waitDiagnostics(APPS_URI(), 'LIC-003 suppressed', (ds) => ds.some((d) => d.code === 'LIC-003' && d.severity === 4));
    assert.match(msg(diags.find((d) => d.code === 'LIC-003')!), /^suppressed: enter the reason — /);
    const status = await client.request<any>('sova/status', {});
    assert.ok(status.folders[0].counts.suppressed >= 1);
  });

  it('fix all: per rule in the file and source.fixAll.sova', async function () {
    const text = client.texts.get(APPS_URI())!;
    client.change(APPS_URI(), text.replace('layer: specialist-app', 'layer: specialist-ap').replace('id: lsp-second\nname: LSP Second\n', 'id: lsp-second\nname: LSP Second\nlayer: ofice\n'));
    const diags = await client.waitDiagnostics(APPS_URI(), 'two enum findings', (ds) => ds.filter((d) => d.code === 'SCHEMA').length === 2);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: APPS_URI() }, range: diags[0].range, context: { diagnostics: diags.filter((d) => d.code === 'SCHEMA').slice(0, 1) },
    });
    const all = actions.find((a) => a.title === 'Fix all SCHEMA problems in this file')!;
    assert.ok(all, actions.map((a) => a.title).join(' | '));
    const fixed = applyTextEdits(client.texts.get(APPS_URI())!, editsOf(all.edit!).get(APPS_URI())!.edits);
    assert.match(fixed, /layer: specialist-app\n/);
    assert.match(fixed, /layer: office\n/);
    const source = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: APPS_URI() }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.deepEqual(source.map((a) => a.kind), ['source.fixAll.sova']);
    const fixedAll = applyTextEdits(client.texts.get(APPS_URI())!, editsOf(source[0].edit!).get(APPS_URI())!.edits);
    assert.match(fixedAll, /layer: specialist-app\n/);
    assert.doesNotMatch(fixedAll, /GPL-3\.0-only|GPL-3\.0-or-later/, 'never a choice among licences');
    client.change(APPS_URI(), fixed);
    await client.waitDiagnostics(APPS_URI(), 'the enum findings to go', (ds) => !ds.some((d) => d.code === 'SCHEMA'));
  });

  it('exports the findings of a folder in an engine format (sova/export)', async function () {
    const { formats } = await client.request<{ formats: string[] }>('sova/exportFormats', {});
    assert.ok(formats.includes('json') && formats.includes('sarif'), formats.join(','));
    const { text } = await client.request<{ text: string }>('sova/export', { format: 'json', folderUri: `${pathToFileURL(root).href}/` });
    assert.match(text, /landscape\/lsp\/apps\.yaml/, 'the folder, also when its URI is spelt with a trailing slash');
    await assert.rejects(client.request('sova/export', { format: 'json', folderUri: pathToFileURL(tmp).href }), /not a workspace folder/);
    await assert.rejects(client.request('sova/export', { format: 'nope', folderUri: pathToFileURL(root).href }), /unknown format "nope"/);
  });

  it('shows a rule\'s documentation through window/showDocument', async function () {
    const ok = await client.request<boolean>('workspace/executeCommand', { command: 'sova.showRuleDocumentation', arguments: ['REF-001', 'file:///x/docs/rules/REF-001.md'] });
    assert.equal(ok, true);
    assert.deepEqual(client.shown.at(-1), { uri: 'file:///x/docs/rules/REF-001.md', external: false });
  });

  describe('completion', function () {
    const complete = async (marked: string, triggerCharacter?: string) => {
      const { text, position } = caret(marked);
      if (client.texts.has(SCRATCH_URI())) client.change(SCRATCH_URI(), text); else client.open(SCRATCH_URI(), text);
      const context = triggerCharacter ? { triggerKind: 2, triggerCharacter } : { triggerKind: 1 };
      const r = await client.request<CompletionItem[] | CompletionList>('textDocument/completion', { textDocument: { uri: SCRATCH_URI() }, position, context });
      return Array.isArray(r) ? r : r?.items ?? [];
    };
    const HEAD = 'apiVersion: sova/v1\nkind: Application\nid: scratch\nname: Scratch\n';

    it('keys of the kind with their descriptions (missing keys only)', async function () {
      const items = await complete(`${HEAD}crit|`);
      const item = items.find((i) => i.label === 'criticality')!;
      assert.ok(item, labels(items).join(','));
      assert.match((item.documentation as any).value, /Protection need/);
      assert.equal((item.textEdit as TextEdit).newText, 'criticality: ');
      assert.ok(!labels(items).includes('name'), 'present keys are not offered again');
      const nested = labels(await complete(`${HEAD}licence:\n  spdx: MIT\n  m|`));
      assert.deepEqual(nested, ['model']);
      const item2 = labels(await complete(`${HEAD}interfaces:\n  - standard: odf\n    |`));
      assert.ok(item2.includes('role') && item2.includes('spec') && !item2.includes('standard'), item2.join(','));
    });

    it('enum values and reference ids (landscape and catalogue)', async function () {
      assert.deepEqual(labels(await complete(`${HEAD}criticality: |`, ' ')).sort(), ['high', 'normal', 'very-high']);
      const vendorItems = await complete(`${HEAD}vendor: |`, ' ');
      const vendors = labels(vendorItems);
      assert.ok(vendors.includes('acme-gmbh') && vendors.includes('hoster-ag') && vendors.includes('stadt-musterstadt'), vendors.join(','));
      assert.ok(vendorItems.every((i) => i.documentation === undefined), 'summaries come on resolve');
      const acme = await client.request<CompletionItem>('completionItem/resolve', vendorItems.find((i) => i.label === 'acme-gmbh'));
      assert.match((acme.documentation as any).value, /\*\*Party\*\* `acme-gmbh` — ACME GmbH[^]*landscape\/lsp\/parties\.yaml/);
      const standards = labels(await complete(`${HEAD}interfaces:\n  - standard: |`, ' '));
      assert.ok(standards.includes('odf') && standards.includes('xrechnung') && standards.includes('ovf'), standards.join(','));
      const data = labels(await complete(`${HEAD}data:\n  - |`, ' '));
      assert.ok(data.length > 0 && !data.includes('acme-gmbh'), data.join(','));
      const cats = labels(await complete(`${HEAD}category: [mail, |`, ' '));
      assert.ok(cats.includes('e-invoice') && cats.includes('calendar'), cats.join(','));
    });

    it('SPDX licence ids, operators and exceptions in licence.spdx', async function () {
      const ids = await complete(`${HEAD}licence:\n  spdx: EU|`);
      const eupl = ids.find((i) => i.label === 'EUPL-1.2')!;
      assert.ok(eupl, 'EUPL-1.2 offered');
      assert.equal(eupl.detail, 'European Union Public License 1.2');
      assert.deepEqual((eupl.textEdit as TextEdit).range, { start: { line: 5, character: 8 }, end: { line: 5, character: 10 } });
      assert.deepEqual(labels(await complete(`${HEAD}licence:\n  spdx: GPL-2.0-only |`, ' ')), ['AND', 'OR', 'WITH']);
      const exceptions = labels(await complete(`${HEAD}licence: {spdx: GPL-2.0-only WITH |`, ' '));
      assert.ok(exceptions.includes('Classpath-exception-2.0'), exceptions.slice(0, 10).join(','));
    });

    it('rule ids in sova-ignore comments and under rules: in the config', async function () {
      const rules = labels(await complete(`${HEAD}# sova-ignore |\nvendor: x`, ' '));
      assert.ok(rules.includes('REF-001') && rules.includes('SCHEMA') && rules.includes('LIC-003'), rules.join(','));
      const after = labels(await complete(`${HEAD}# sova-ignore REF-001, LI|\nvendor: x`));
      assert.ok(after.includes('LIC-001'));
      assert.deepEqual(labels(await complete(`${HEAD}# sova-ignore REF-001 -- Begr|`)), []);
      const configUri = uri('sova.config.yaml');
      const configText = fs.readFileSync(file('sova.config.yaml'), 'utf8');
      client.open(configUri, configText);
      const pos = at(configText, 'rules:\n', 'rules:\n'.length);
      client.change(configUri, configText.replace('rules:\n', 'rules:\n  STD\n'));
      const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: configUri }, position: { line: pos.line, character: 5 } });
      const std = items.find((i) => i.label === 'STD-007')!;
      assert.ok(std, labels(items).join(','));
      assert.equal((std.textEdit as TextEdit).newText, 'STD-007: ');
      client.change(configUri, configText);
      client.close(configUri);
    });

    it('works while the YAML is broken', async function () {
      const broken = labels(await complete(`${HEAD}vendor: [acme\ndeployment:\n  operator: |`, ' '));
      assert.ok(broken.includes('hoster-ag'), broken.join(','));
      const keys = labels(await complete(`${HEAD}deployment:\n  "unclosed: x\n  sit|`));
      assert.ok(keys.includes('sites'), keys.join(','));
    });
  });

  describe('hover', function () {
    const hoverAt = async (needle: string, delta = 1) => {
      const text = client.texts.get(APPS_URI())!;
      return hoverText(await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: APPS_URI() }, position: at(text, needle, delta) }));
    };

    it('a key shows its description', async function () {
      assert.match(await hoverAt('\nlayer:'), /Stack layer/);
    });

    it('a reference shows a summary of the entity it points to', async function () {
      const text = await hoverAt('acme-gmbh');
      assert.match(text, /\*\*Party\*\* `acme-gmbh` — ACME GmbH/);
      assert.match(text, /country: `DE`/);
      assert.match(text, /landscape\/lsp\/parties\.yaml/);
    });

    it('a licence id shows its name and status', async function () {
      const text = await hoverAt('GPL-3.0');
      assert.match(text, /GNU General Public License v3\.0 only/);
      assert.match(text, /OSI-approved/);
      assert.match(text, /deprecated/);
    });

    it('a range with a diagnostic shows the rule and its documentation link', async function () {
      const text = await hoverAt('operator: hoster-ag', 0);
      assert.doesNotMatch(text, /REF-001/);
      client.change(APPS_URI(), client.texts.get(APPS_URI())!.replace('vendor: acme-gmbh   #', 'vendor: acme-gmbx   #'));
      await client.waitDiagnostics(APPS_URI(), 'REF-001 for acme-gmbx', (ds) => ds.some((d) => d.code === 'REF-001'));
      const withRule = await hoverAt('acme-gmbx');
      assert.match(withRule, /\*\*REF-001\*\* — Reference to an unknown id/);
      assert.match(withRule, /\(file:\/\/.*\/docs\/rules\/REF-001\.md\)/);
      client.change(APPS_URI(), client.texts.get(APPS_URI())!.replace('acme-gmbx', 'acme-gmbh'));
      await client.waitDiagnostics(APPS_URI(), 'REF-001 to go', (ds) => !ds.some((d) => d.code === 'REF-001'));
    });
  });

  describe('navigation', function () {
    it('goes to the definition across files, and into the shipped catalogue', async function () {
      const text = client.texts.get(APPS_URI())!;
      const locs = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: APPS_URI() }, position: at(text, 'acme-gmbh', 2) });
      assert.equal(locs.length, 1);
      assert.equal(locs[0].uri, PARTIES_URI());
      assert.deepEqual(locs[0].range, { start: { line: 3, character: 4 }, end: { line: 3, character: 13 } });
      const odf = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: APPS_URI() }, position: at(text, 'standard: odf', 11) });
      assert.equal(odf.length, 1);
      assert.match(odf[0].uri, /\/rules\/catalogues\/standards\.yaml$/);
    });

    it('finds references across files, with the declaration when asked', async function () {
      const params = (includeDeclaration: boolean) => ({ textDocument: { uri: PARTIES_URI() }, position: at(PARTIES, 'id: acme-gmbh', 5), context: { includeDeclaration } });
      const refs = await client.request<Location[]>('textDocument/references', params(false));
      const appLines = client.texts.get(APPS_URI())!.split('\n');
      const vendorLines = appLines.flatMap((l, i) => (l.startsWith('vendor: acme-gmbh') ? [i] : []));
      assert.equal(vendorLines.length, 2);
      assert.deepEqual(refs.map((r) => [path.basename(r.uri), r.range.start.line]), vendorLines.map((l) => ['apps.yaml', l]));
      const withDecl = await client.request<Location[]>('textDocument/references', params(true));
      assert.equal(withDecl.length, 3);
      assert.ok(withDecl.some((r) => r.uri === PARTIES_URI() && r.range.start.line === 3));
    });

    it('renames an id across files, and rejects invalid names and non-ids', async function () {
      const text = client.texts.get(HOSTERS_URI())!;
      const pos = at(text, 'id: hoster-ag', 6);
      const prepared = await client.request<any>('textDocument/prepareRename', { textDocument: { uri: HOSTERS_URI() }, position: pos });
      assert.deepEqual(prepared, { range: { start: { line: 3, character: 4 }, end: { line: 3, character: 13 } }, placeholder: 'hoster-ag' });
      const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: HOSTERS_URI() }, position: pos, newName: 'hoster-se' });
      const byUri = editsOf(edit);
      assert.deepEqual([...byUri.keys()].map((u) => path.basename(u)).sort(), ['apps.yaml', 'hosters.yaml']);
      const apps = applyTextEdits(client.texts.get(APPS_URI())!, byUri.get(APPS_URI())!.edits);
      assert.equal(apps.match(/operator: hoster-se/g)?.length, 2);
      assert.match(applyTextEdits(text, byUri.get(HOSTERS_URI())!.edits), /^id: hoster-se$/m);
      await assert.rejects(client.request('textDocument/rename', { textDocument: { uri: HOSTERS_URI() }, position: pos, newName: 'Hoster SE' }), /not a valid id/);
      await assert.rejects(client.request('textDocument/rename', { textDocument: { uri: HOSTERS_URI() }, position: pos, newName: 'other-hoster' }), /already exists/);
      await assert.rejects(client.request('textDocument/prepareRename', { textDocument: { uri: HOSTERS_URI() }, position: at(text, 'country', 1) }), /Only an id/);
      const apps0 = client.texts.get(APPS_URI())!;
      await assert.rejects(client.request('textDocument/prepareRename', { textDocument: { uri: APPS_URI() }, position: at(apps0, 'standard: odf', 11) }), /shipped catalogue/);
    });

    it('document symbols: one per entity with its top-level keys', async function () {
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: APPS_URI() } });
      assert.deepEqual(symbols.map((s) => [s.name, s.detail]), [['Application lsp-demo', 'LSP Demo'], ['Application lsp-second', 'LSP Second']]);
      assert.ok(symbols[0].children!.some((c) => c.name === 'licence'));
      assert.equal(symbols[1].selectionRange.start.line, client.texts.get(APPS_URI())!.split('\n').indexOf('id: lsp-second'));
    });

    it('workspace symbols: all entities by id and name, fuzzy', async function () {
      const acme = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'acme' });
      assert.equal(acme[0].name, 'acme-gmbh — ACME GmbH');
      assert.equal(acme[0].containerName, 'Party');
      const fuzzy = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'lspdm' });
      assert.ok(fuzzy.some((s) => s.name.startsWith('lsp-demo')));
      const all = await client.request<SymbolInformation[]>('workspace/symbol', { query: '' });
      assert.ok(all.length > 30, `all entities: ${all.length}`);
    });
  });

  describe('robustness and exit', function () {
    it('survives a broken YAML file and a binary file (PARSE findings, still answering)', async function () {
      fs.writeFileSync(file('landscape/lsp/broken.yaml'), 'apiVersion: sova/v1\nkind: Party\nid: [broken\n');
      fs.writeFileSync(file('landscape/lsp/binary.yaml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00, 0x00, 0xc3, 0x28]));
      client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('landscape/lsp/broken.yaml'), type: 1 }, { uri: uri('landscape/lsp/binary.yaml'), type: 1 }] });
      await client.waitDiagnostics(uri('landscape/lsp/broken.yaml'), 'PARSE', (ds) => ds.some((d) => d.code === 'PARSE'));
      const bin = await client.waitDiagnostics(uri('landscape/lsp/binary.yaml'), 'PARSE encoding', (ds) => ds.some((d) => d.code === 'PARSE'));
      assert.match(msg(bin[0]), /UTF-8/);
      // Requests on a broken buffer answer without crashing.
      const brokenUri = uri('landscape/lsp/broken.yaml');
      client.open(brokenUri, 'apiVersion: sova/v1\nkind: Party\nid: [broken\n\u0000\uFFFD: {{{\n');
      const pos = { line: 2, character: 6 };
      assert.equal(await client.request('textDocument/hover', { textDocument: { uri: brokenUri }, position: pos }), null);
      assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri: brokenUri } }), []);
      assert.ok(Array.isArray(await client.request('textDocument/completion', { textDocument: { uri: brokenUri }, position: { line: 3, character: 3 } })));
      assert.deepEqual(await client.request('textDocument/definition', { textDocument: { uri: brokenUri }, position: pos }), []);
      // A request for a document the server does not know, and positions beyond the end.
      assert.equal(await client.request('textDocument/hover', { textDocument: { uri: 'untitled:Untitled-1' }, position: pos }), null);
      assert.equal(await client.request('textDocument/hover', { textDocument: { uri: APPS_URI() }, position: { line: 9999, character: 9999 } }), null);
      const status = await client.request<any>('sova/status', {});
      assert.equal(status.folders[0].state, 'ready');
      assert.equal(client.proc.exitCode, null, 'still running');
    });

    it('shuts down and exits cleanly', async function () {
      await client.request('shutdown', null);
      const exited = new Promise<number | null>((resolve) => client.proc.on('exit', (code) => resolve(code)));
      client.notify('exit', null);
      assert.equal(await exited, 0);
    });
  });
});

describe('language server start-up', function () {
  this.timeout(30000);
  let tmp: string;
  let client: Client;

  after(function () {
    if (client && client.proc.exitCode === null) client.proc.kill();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('a document opened while the client answers the registrations is audited with the whole folder', async function () {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sova-lsp-start-'));
    const root = path.join(tmp, 'musterstadt');
    fs.cpSync(path.join(REPO, 'samples', 'musterstadt'), root, { recursive: true });
    fs.mkdirSync(path.join(root, 'landscape/lsp'));
    for (const [name, text] of [['parties.yaml', PARTIES], ['hosters.yaml', HOSTERS], ['apps.yaml', APPS]]) fs.writeFileSync(path.join(root, 'landscape/lsp', name), text);
    client = new Client([SERVER, '--stdio'], () => ({ locale: 'en', asOf: '2026-11-23' }));
    client.registrationDelayMs = 1000;
    await initialize(client, root);
    const apps = pathToFileURL(path.join(root, 'landscape/lsp/apps.yaml')).href;
    client.open(apps, APPS);
    await client.waitDiagnostics(apps, 'the SCHEMA finding', (ds) => ds.some((d) => d.code === 'SCHEMA'));
    const first = client.published.find((p) => p.uri === apps)!;
    assert.deepEqual(first.diagnostics.filter((d) => d.code === 'REF-001').map(msg), [], 'the parties in the other files are known');
  });
});

describe('language server with two workspace folders', function () {
  this.timeout(30000);
  let tmp: string;
  let client: Client;
  const typo = (id: string) => `apiVersion: sova/v1\nkind: Party\nid: ${id}\nname: ${id}\ncountri: DE\n`;

  before(async function () {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sova-lsp-multi-'));
    for (const sample of ['musterstadt', 'vorbildstadt']) {
      fs.cpSync(path.join(REPO, 'samples', sample), path.join(tmp, sample), { recursive: true });
      fs.writeFileSync(path.join(tmp, sample, 'landscape', 'typo.yaml'), typo(`typo-${sample}`));
    }
    const settings: Record<string, Record<string, unknown>> = {
      [pathToFileURL(path.join(tmp, 'musterstadt')).href]: { locale: 'en', asOf: '2026-11-23' },
      [pathToFileURL(path.join(tmp, 'vorbildstadt')).href]: { locale: 'de', asOf: '2026-11-23', run: 'onSave' },
    };
    client = new Client([SERVER, '--stdio'], (scopeUri) => settings[scopeUri ?? ''] ?? {});
    await client.request('initialize', {
      processId: process.pid, rootUri: null, capabilities: CLIENT_CAPABILITIES,
      workspaceFolders: ['musterstadt', 'vorbildstadt'].map((name) => ({ uri: pathToFileURL(path.join(tmp, name)).href, name })),
    });
    client.notify('initialized', {});
  });

  after(function () {
    if (client && client.proc.exitCode === null) client.proc.kill();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  const typoUri = (sample: string) => pathToFileURL(path.join(tmp, sample, 'landscape', 'typo.yaml')).href;

  it('audits each folder with its own config and settings', async function () {
    const en = await client.waitDiagnostics(typoUri('musterstadt'), 'SCHEMA', (ds) => ds.some((d) => d.code === 'SCHEMA'));
    const de = await client.waitDiagnostics(typoUri('vorbildstadt'), 'SCHEMA', (ds) => ds.some((d) => d.code === 'SCHEMA'));
    assert.match(msg(en.find((d) => d.code === 'SCHEMA')!), /^Unknown field 'countri'/);
    assert.match(msg(de.find((d) => d.code === 'SCHEMA')!), /^Unbekanntes Feld „countri“/);
    const status = await client.request<any>('sova/status', {});
    assert.deepEqual(status.folders.map((f: any) => [f.name, f.state, f.locale]), [['musterstadt', 'ready', 'en'], ['vorbildstadt', 'ready', 'de']]);
  });

  it('with run: onSave, a folder is audited when a file is saved', async function () {
    const u = typoUri('vorbildstadt');
    client.open(u, typo('typo-vorbildstadt'));
    client.change(u, typo('typo-vorbildstadt').replace('countri', 'country'));
    client.notify('textDocument/didSave', { textDocument: { uri: u } });
    await client.waitDiagnostics(u, 'the SCHEMA finding to go', (ds) => !ds.some((d) => d.code === 'SCHEMA'));
    assert.equal(client.diagnostics.get(u)!.version, client.version(u));
  });

  it('with run: onSave, an export audits the unsaved buffers first', async function () {
    const u = typoUri('vorbildstadt');
    client.change(u, typo('typo-vorbildstadt').replace('countri', 'sektorr'));
    const { text } = await client.request<{ text: string }>('sova/export', { format: 'json', folderUri: pathToFileURL(path.join(tmp, 'vorbildstadt')).href });
    assert.match(text, /sektorr/);
  });

  it('with run: onSave, unsaved edits leave only the documentation in the code actions until the save', async function () {
    const u = typoUri('vorbildstadt');
    const sektorr = () => client.diagnosticsOf(u).find((x) => msg(x).includes('sektorr'));
    await client.until('SCHEMA sektorr', sektorr);
    const ask = (d = sektorr()!) => client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range: d.range, context: { diagnostics: [d] } });
    assert.ok((await ask()).some((a) => a.edit), 'fixes while the buffer is the audited text');
    client.change(u, `# eine neue erste Zeile\n${client.texts.get(u)}`);
    assert.deepEqual((await ask()).map((a) => a.title), ['Dokumentation zu SCHEMA anzeigen'], 'the edits would land a line too high');
    client.notify('textDocument/didSave', { textDocument: { uri: u } });
    await client.until('the audit of the saved text', () => client.diagnostics.get(u)?.version === client.version(u));
    const fixes = (await ask()).filter((a) => a.edit);
    assert.ok(fixes.length > 0, 'fixes again after the audit');
  });

  it('a removed folder has its diagnostics cleared', async function () {
    const u = typoUri('musterstadt');
    assert.ok(client.diagnosticsOf(u).length > 0);
    client.notify('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [{ uri: pathToFileURL(path.join(tmp, 'musterstadt')).href, name: 'musterstadt' }] } });
    await client.waitDiagnostics(u, 'an empty array', (ds) => ds.length === 0);
    const status = await client.request<any>('sova/status', {});
    assert.deepEqual(status.folders.map((f: any) => f.name), ['vorbildstadt']);
  });
});

describe('sova lsp (CLI)', function () {
  this.timeout(30000);

  it('starts the server with --stdio', async function () {
    const client = new Client([CLI, 'lsp', '--stdio'], () => ({}));
    try {
      const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sova-lsp-cli-'));
      const init = await initialize(client, tmp);
      assert.equal(init.serverInfo?.name, 'sova');
      await client.until('a status notification', () => client.statusChanges.length > 0);
      await client.request('shutdown', null);
      const exited = new Promise<number | null>((resolve) => client.proc.on('exit', (code) => resolve(code)));
      client.notify('exit', null);
      assert.equal(await exited, 0);
      fs.rmSync(tmp, { recursive: true, force: true });
    } finally {
      if (client.proc.exitCode === null) client.proc.kill();
    }
  });

  it('without a transport is a usage error (exit 2)', async function () {
    const proc = spawn(process.execPath, [CLI, 'lsp'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    proc.stderr.on('data', (d) => (err += d));
    const code = await new Promise<number | null>((resolve) => proc.on('exit', resolve));
    assert.equal(code, 2);
    assert.match(err, /--stdio/);
  });
});
