// The workspace folders of the session: indexing on start-up, keeping each folder's Workspace in
// step with open buffers and the disk, debounced audits, and publishing what changed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Connection, FileEvent, TextDocuments } from 'vscode-languageserver/node';
import { FileChangeType } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { audit } from '../engine';
import type { AuditResult } from '../engine';
import { Folder } from './folder';
import { diagnosticsByFile } from './services/diagnostics';
import { folderStatus } from './services/status';
import { STATUS_CHANGED_NOTIFICATION } from './protocol';
import type { StatusResult } from './protocol';
import { auditOptions, readSettings, sameSettings } from './settings';
import type { UriMap } from './uris';
import { uriToPath } from './uris';
import { VERSION } from '../engine/assets';

/** Delay between the last edit and the audit. */
const DEBOUNCE_MS = 200;

interface Host {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  uris: UriMap;
  /** The client answers `workspace/configuration`. */
  configurationRequests: () => boolean;
}

export class Folders {
  private list: Folder[] = [];
  /** Settings pushed by `didChangeConfiguration`, for clients without `workspace/configuration`. */
  private pushedSettings: unknown;

  constructor(private readonly host: Host) {}

  all(): Folder[] {
    return this.list;
  }

  add(uri: string, name: string): Folder | undefined {
    const root = uriToPath(uri);
    if (!root || this.list.some((f) => f.root === root)) return undefined;
    const folder = new Folder(uri, name, root);
    this.list.push(folder);
    return folder;
  }

  remove(uri: string): void {
    const root = uriToPath(uri);
    const folder = this.list.find((f) => f.uri === uri || f.root === root);
    if (!folder) return;
    clearTimeout(folder.timer);
    this.list = this.list.filter((f) => f !== folder);
    for (const file of folder.published.keys()) this.host.connection.sendDiagnostics({ uri: this.host.uris.uriOf(file), diagnostics: [] });
    folder.published.clear();
    for (const outer of this.list) if (outer.contains(folder.root)) this.schedule(outer); // it takes the files back
    this.notifyStatus();
  }

  /** The innermost folder holding the file. */
  forFile(file: string | undefined): Folder | undefined {
    if (!file) return undefined;
    let best: Folder | undefined;
    for (const f of this.list) if (f.contains(file) && (!best || f.root.length > best.root.length)) best = f;
    return best;
  }

  /** Reads settings, indexes the folder from disk (open buffers win) and audits it. */
  load(folder: Folder): Promise<void> {
    folder.ready = (async () => {
      folder.settings = await this.readSettings(folder);
      folder.ws.loadFromDisk();
      this.reconfigure(folder); // open buffers win, the config's included
      this.auditNow(folder);
    })().catch((err) => this.logError(`indexing ${folder.root}`, err));
    return folder.ready;
  }

  private async readSettings(folder: Folder) {
    if (!this.host.configurationRequests()) return readSettings((this.pushedSettings as any)?.sova);
    try {
      return readSettings(await this.host.connection.workspace.getConfiguration({ scopeUri: folder.uri, section: 'sova' }));
    } catch (err) {
      this.logError('reading the settings', err);
      return readSettings(undefined);
    }
  }

  /** Settings changed: re-read them for every folder and re-audit the folders whose settings differ. */
  async settingsChanged(pushed: unknown): Promise<void> {
    this.pushedSettings = pushed;
    await Promise.all(this.list.map(async (folder) => {
      await folder.ready;
      const settings = await this.readSettings(folder);
      if (sameSettings(settings, folder.settings)) return; // e.g. only sova.trace.server changed
      folder.settings = settings;
      folder.generation++;
      this.auditNow(folder);
    }));
  }

  private openDocumentsOf(folder: Folder): { file: string; doc: TextDocument }[] {
    const out: { file: string; doc: TextDocument }[] = [];
    for (const doc of this.host.documents.all()) {
      const file = uriToPath(doc.uri);
      if (file && this.forFile(file) === folder) out.push({ file, doc });
    }
    return out;
  }

  private applyOpenBuffers(folder: Folder): void {
    for (const { file, doc } of this.openDocumentsOf(folder)) {
      if (folder.isConfigFile(file)) continue;
      folder.ws.setText(file, doc.getText());
    }
  }

  /** Re-reads the config (from the buffer when open, else from disk) and the set of included files. */
  private reconfigure(folder: Folder, text?: string): void {
    const open = this.openDocumentsOf(folder).find((d) => folder.isConfigFile(d.file));
    folder.ws.setConfigText(text ?? open?.doc.getText());
    const ws = folder.ws;
    for (const src of ws.files()) if (!ws.includes(src.file)) ws.remove(src.file);
    for (const file of ws.discover()) if (!ws.source(file)) ws.refresh(file);
    this.applyOpenBuffers(folder);
    folder.generation++;
  }

  // ── Events ─────────────────────────────────────────────────────────────────────────────────────

  /** An open document's text changed (or it was opened). */
  async documentChanged(doc: TextDocument): Promise<void> {
    const file = this.host.uris.remember(doc.uri);
    const folder = this.forFile(file);
    if (!file || !folder) return;
    await folder.ready;
    const text = doc.getText();
    // Opened (or edited back) to the text the folder holds: when that was audited, the findings are this version's.
    const unchanged = () => {
      if (!folder.stale) folder.auditVersions.set(file, doc.version);
    };
    if (folder.isConfigFile(file)) {
      if (folder.ws.loaded.source?.text === text) return unchanged();
      this.reconfigure(folder, text);
    } else {
      if (!folder.ws.includes(file)) return;
      if (sameText(folder.ws.source(file)?.text, text)) return unchanged();
      folder.ws.setText(file, text);
      folder.generation++;
    }
    if (folder.settings.run === 'onType') this.schedule(folder);
  }

  async documentSaved(doc: TextDocument): Promise<void> {
    const folder = this.forFile(uriToPath(doc.uri));
    if (!folder) return;
    await folder.ready;
    if (folder.settings.run === 'onSave' && folder.stale) this.schedule(folder, 0);
  }

  /** A closed document falls back to its text on disk. */
  async documentClosed(doc: TextDocument): Promise<void> {
    const file = uriToPath(doc.uri);
    const folder = this.forFile(file);
    if (!file || !folder) return;
    await folder.ready;
    if (folder.isConfigFile(file)) {
      if (sameText(folder.ws.loaded.source?.text, readText(file))) return; // saved: the disk holds what was audited
      this.reconfigure(folder);
    } else {
      const before = folder.ws.source(file)?.text;
      folder.ws.refresh(file);
      if (sameText(before, folder.ws.source(file)?.text)) return;
      folder.generation++;
    }
    this.schedule(folder);
  }

  /** Files changed on disk. Open documents are left to their buffers. */
  async watchedFilesChanged(changes: FileEvent[]): Promise<void> {
    const touched = new Set<Folder>();
    for (const change of lastEventPerUri(changes)) {
      const file = this.host.uris.remember(change.uri);
      const folder = this.forFile(file);
      if (!file || !folder) continue;
      await folder.ready;
      if (this.host.documents.get(change.uri) && change.type !== FileChangeType.Deleted) continue;
      if (folder.isConfigFile(file) || isDirectory(file)) this.reconfigure(folder); // a new folder: discover its files
      else if (change.type === FileChangeType.Deleted) {
        // A file, or a folder whose files go with it.
        const gone = folder.ws.files().filter((src) => src.file === file || src.file.startsWith(file + path.sep));
        if (!gone.length) continue;
        for (const src of gone) folder.ws.remove(src.file);
        folder.generation++;
      } else {
        if (!folder.ws.includes(file)) continue;
        folder.ws.refresh(file);
        folder.generation++;
      }
      touched.add(folder);
    }
    for (const folder of touched) this.schedule(folder);
  }

  // ── Audits ─────────────────────────────────────────────────────────────────────────────────────

  schedule(folder: Folder, delay = DEBOUNCE_MS): void {
    clearTimeout(folder.timer);
    folder.timer = setTimeout(() => {
      folder.timer = undefined;
      this.auditNow(folder);
    }, delay);
  }

  /** Runs a pending audit at once (before answering a request that reads the findings). */
  async flush(folder: Folder): Promise<void> {
    await folder.ready;
    if (folder.timer) this.auditNow(folder);
  }

  /** Audits the folder now; a pending debounced audit is dropped (this one reads the same texts). */
  auditNow(folder: Folder): void {
    clearTimeout(folder.timer);
    folder.timer = undefined;
    if (!this.list.includes(folder)) return;
    const generation = folder.generation;
    const started = Date.now();
    try {
      const result = audit(folder.ws, auditOptions(folder.settings));
      folder.result = result;
      folder.auditedGeneration = generation;
      folder.auditVersions = new Map(this.openDocumentsOf(folder).map(({ file, doc }) => [file, doc.version]));
      this.publish(folder);
      this.host.connection.console.log(`audited ${folder.name}: ${folder.ws.files().length} files, ${result.findings.length} findings in ${Date.now() - started} ms`);
    } catch (err) {
      this.logError(`auditing ${folder.root}`, err);
    }
    this.notifyStatus();
  }

  private publish(folder: Folder): void {
    const result = folder.result!;
    const uriOf = (file: string) => this.host.uris.uriOf(file);
    const byFile = diagnosticsByFile(result, {
      locale: result.locale, uriOf,
      textOf: (file) => folder.ws.source(file)?.text,
    });
    // A nested folder's files are its own to publish; what this folder published for them before the
    // nested one came is forgotten, not cleared (that would wipe the nested folder's diagnostics).
    for (const file of byFile.keys()) if (this.forFile(file) !== folder) byFile.delete(file);
    for (const file of folder.published.keys()) if (this.forFile(file) !== folder) folder.published.delete(file);
    folder.cache = byFile;
    const files = new Set([...byFile.keys(), ...folder.published.keys()]);
    for (const file of files) {
      const diagnostics = byFile.get(file)?.diagnostics ?? [];
      const json = JSON.stringify(diagnostics);
      if ((folder.published.get(file) ?? '[]') === json) continue;
      this.host.connection.sendDiagnostics({ uri: uriOf(file), version: folder.auditVersions.get(file), diagnostics });
      if (diagnostics.length) folder.published.set(file, json); else folder.published.delete(file);
    }
  }

  /**
   * The up-to-date audit of a folder (a pending audit runs first), for requests that render findings
   * (the export helper's `registerExport(connection, (uri) => folders.resultsFor(uri))`).
   */
  async resultsFor(folderUri: string): Promise<AuditResult[] | undefined> {
    const root = uriToPath(folderUri);
    const folder = this.list.find((f) => f.uri === folderUri || f.root === root);
    if (!folder) return undefined;
    await this.flush(folder);
    if (folder.stale || !folder.result) this.auditNow(folder);
    return folder.result ? [folder.result] : undefined;
  }

  status(): StatusResult {
    return {
      version: VERSION,
      folders: this.list.map((f) => folderStatus({ uri: f.uri, name: f.name, files: f.ws.files().length }, f.result)),
    };
  }

  notifyStatus(): void {
    this.host.connection.sendNotification(STATUS_CHANGED_NOTIFICATION, this.status());
  }

  dispose(): void {
    for (const f of this.list) clearTimeout(f.timer);
  }

  logError(what: string, err: unknown): void {
    this.host.connection.console.error(`sova: error ${what}: ${(err as Error)?.stack ?? String(err)}`);
  }
}

/** One event per URI, the last one (it tells the file's state now), in the order of the last events. */
function lastEventPerUri(changes: FileEvent[]): FileEvent[] {
  const last = new Map<string, FileEvent>();
  for (const change of changes) {
    last.delete(change.uri);
    last.set(change.uri, change);
  }
  return [...last.values()];
}

function sameText(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a === b || (b.charCodeAt(0) === 0xfeff && a === b.slice(1));
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function isDirectory(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}
