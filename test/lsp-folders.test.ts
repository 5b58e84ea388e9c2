// The server's folder bookkeeping (server/folders.ts) without a process: a fake connection records
// what would be sent, open documents are plain TextDocuments, and the audits are counted.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FileChangeType } from 'vscode-languageserver/node';
import type { Connection, PublishDiagnosticsParams, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Folder } from '../server/folder';
import { Folders } from '../server/folders';
import { UriMap } from '../server/uris';

const PARTY = (id: string, extra = '') => `apiVersion: sova/v1\nkind: Party\nid: ${id}\nname: ${id}\n${extra}`;

/** A Folders instance on a fake connection; `audits` counts the audits run. */
function fakeServer(settings: () => Record<string, unknown> = () => ({ locale: 'en', asOf: '2026-11-23' })) {
  const sent: PublishDiagnosticsParams[] = [];
  const logs: string[] = [];
  const open = new Map<string, TextDocument>();
  const connection = {
    sendDiagnostics: (p: PublishDiagnosticsParams) => void sent.push(p),
    sendNotification: () => undefined,
    console: { log: (m: string) => void logs.push(m), error: (m: string) => void logs.push(m), info: () => undefined },
    workspace: { getConfiguration: async () => settings() },
  } as unknown as Connection;
  const documents = { get: (uri: string) => open.get(uri), all: () => [...open.values()] } as unknown as TextDocuments<TextDocument>;
  const uris = new UriMap();
  const folders = new Folders({ connection, documents, uris, configurationRequests: () => true });
  return {
    folders, sent, logs,
    audits: () => logs.filter((l) => l.startsWith('audited ')).length,
    open(file: string, text: string, version = 1): TextDocument {
      const doc = TextDocument.create(pathToFileURL(file).href, 'yaml', version, text);
      open.set(doc.uri, doc);
      uris.remember(doc.uri);
      return doc;
    },
    close(doc: TextDocument): void {
      open.delete(doc.uri);
    },
    async addFolder(root: string): Promise<Folder> {
      const folder = folders.add(pathToFileURL(root).href, path.basename(root))!;
      await folders.load(folder);
      return folder;
    },
  };
}

function writeFiles(root: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
}

describe('language server folders (fake connection)', function () {
  let tmp: string;
  let servers: ReturnType<typeof fakeServer>[] = [];
  const server = (settings?: () => Record<string, unknown>) => {
    const s = fakeServer(settings);
    servers.push(s);
    return s;
  };

  beforeEach(function () {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sova-folders-'));
    writeFiles(tmp, { 'landscape/a.yaml': PARTY('a', 'countri: DE\n'), 'landscape/b.yaml': PARTY('b') });
  });

  afterEach(function () {
    for (const s of servers) s.folders.dispose();
    servers = [];
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('a file named twice in one batch of watched-file events is read once', async function () {
    const s = server();
    const folder = await s.addFolder(tmp);
    let reads = 0;
    const refresh = folder.ws.refresh.bind(folder.ws);
    folder.ws.refresh = (file: string) => { reads++; return refresh(file); };
    const a = pathToFileURL(path.join(tmp, 'landscape/a.yaml')).href;
    await s.folders.watchedFilesChanged([{ uri: a, type: FileChangeType.Changed }, { uri: a, type: FileChangeType.Changed }]);
    assert.equal(reads, 1);
  });

  it('the last event of a file wins (deleted, then created again)', async function () {
    const s = server();
    const folder = await s.addFolder(tmp);
    const file = path.join(tmp, 'landscape/a.yaml');
    const a = pathToFileURL(file).href;
    await s.folders.watchedFilesChanged([{ uri: a, type: FileChangeType.Deleted }, { uri: a, type: FileChangeType.Created }]);
    assert.ok(folder.ws.source(file), 'the file is still there');
  });

  it('an audit run at once drops the pending debounced one (no second audit of the same texts)', async function () {
    const s = server();
    const folder = await s.addFolder(tmp);
    const doc = s.open(path.join(tmp, 'landscape/a.yaml'), PARTY('a', 'country: DE\n'), 2);
    await s.folders.documentChanged(doc);
    assert.ok(folder.timer, 'an audit is scheduled');
    const before = s.audits();
    await s.folders.load(folder);
    assert.equal(folder.timer, undefined);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(s.audits(), before + 1);
  });

  it('a settings change re-audits only the folders whose effective settings changed', async function () {
    let settings: Record<string, unknown> = { locale: 'en', asOf: '2026-11-23' };
    const s = server(() => settings);
    await s.addFolder(tmp);
    const before = s.audits();
    settings = { ...settings, trace: { server: 'verbose' }, rules: {} };
    await s.folders.settingsChanged(null);
    assert.equal(s.audits(), before, 'sova.trace.server is not an audit setting');
    settings = { ...settings, locale: 'de' };
    await s.folders.settingsChanged(null);
    assert.equal(s.audits(), before + 1);
  });

  it('closing sova.config.yaml as it is on disk neither re-reads nor re-audits', async function () {
    const configText = 'include: [landscape/**/*.yaml]\nlocale: en\n';
    writeFiles(tmp, { 'sova.config.yaml': configText });
    const s = server();
    const folder = await s.addFolder(tmp);
    const doc = s.open(folder.ws.configFile, configText);
    await s.folders.documentChanged(doc);
    const generation = folder.generation;
    s.close(doc);
    await s.folders.documentClosed(doc);
    assert.equal(folder.generation, generation);
    assert.equal(folder.timer, undefined, 'no audit scheduled');
    // Closed without saving an edit: the disk's text counts again.
    const edited = s.open(folder.ws.configFile, configText.replace('locale: en', 'locale: de'), 2);
    await s.folders.documentChanged(edited);
    await s.folders.flush(folder);
    s.close(edited);
    await s.folders.documentClosed(edited);
    assert.equal(folder.ws.loaded.config.locale, 'en');
    assert.ok(folder.timer, 'an audit is scheduled');
  });

  it('a nested folder publishes its files; the outer folder neither clears nor takes them until it is removed', async function () {
    const innerRoot = path.join(tmp, 'landscape/inner');
    writeFiles(innerRoot, { 'landscape/c.yaml': PARTY('c', 'sektor: private\n') });
    const c = pathToFileURL(path.join(innerRoot, 'landscape/c.yaml')).href;
    const s = server();
    const outer = await s.addFolder(tmp);
    assert.ok(s.sent.some((p) => p.uri === c && p.diagnostics.length), 'the outer folder audits the file first');
    const inner = await s.addFolder(innerRoot);
    const published = s.sent.length;
    assert.ok(s.sent.at(-1)!.uri === c && s.sent.at(-1)!.diagnostics.length, 'the inner folder publishes it');
    s.folders.auditNow(outer);
    assert.deepEqual(s.sent.slice(published).filter((p) => p.uri === c), [], 'the outer folder leaves it alone');
    s.folders.remove(inner.uri);
    assert.deepEqual(s.sent.at(-1), { uri: c, diagnostics: [] });
    await s.folders.flush(outer);
    assert.ok(s.sent.at(-1)!.uri === c && s.sent.at(-1)!.diagnostics.length, 'the outer folder takes it back');
  });
});
