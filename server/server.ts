// The sova language server: wires the LSP connection to the folders and the language services.
// Every handler is guarded: a bad input is logged to the client's output and answered empty.
import {
  CodeActionKind, createConnection, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification,
  ProposedFeatures, ResponseError, TextDocuments, TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import type { CancellationToken, ClientCapabilities, Connection, InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from '../engine';
import type { SourceFile } from '../engine/document';
import { VERSION } from '../engine/assets';
import { docsUrl } from '../engine/docs';
import { fromText, readSource } from '../engine/workspace';
import type { Folder } from './folder';
import { Folders } from './folders';
import { codeActions, FIX_ALL_KIND, SHOW_DOCS_COMMAND } from './services/codeActions';
import { complete, resolveCompletionItem } from './services/completion';
import type { IdItemData } from './services/completion';
import { findingsAt } from './services/diagnostics';
import { hover } from './services/hover';
import { definition, prepareRename, references, rename } from './services/navigation';
import { documentSymbols, workspaceSymbols } from './services/symbols';
import type { EditTarget } from './services/workspaceEdit';
import { UriMap } from './uris';
import { registerExport } from './export';
import { REAUDIT_REQUEST, STATUS_REQUEST } from './protocol';
import type { ReauditResult, StatusResult } from './protocol';

/** Starts the server on a connection (default: the transport named on the command line). */
export function runServer(connection: Connection = createConnection(ProposedFeatures.all)): Connection {
  const documents = new TextDocuments(TextDocument);
  const uris = new UriMap();
  let caps: ClientCapabilities = {};
  const folders = new Folders({ connection, documents, uris, configurationRequests: () => !!caps.workspace?.configuration });
  const log = (what: string, err: unknown) => folders.logError(what, err);

  /** Runs a handler; errors other than deliberate ResponseErrors are logged and answered with `fallback`. */
  function guard<P, R>(name: string, fallback: R, fn: (params: P, token: CancellationToken) => R | Promise<R>) {
    return async (params: P, token: CancellationToken): Promise<R> => {
      try {
        if (token?.isCancellationRequested) return fallback;
        return await fn(params, token);
      } catch (err) {
        if (err instanceof ResponseError) throw err;
        log(`in ${name}`, err);
        return fallback;
      }
    };
  }

  const localeOf = (folder: Folder | undefined): Locale => folder?.settings.locale || folder?.ws.loaded.config.locale || 'de';

  interface DocContext { file: string; folder?: Folder; src: SourceFile; text: string; isConfig: boolean; locale: Locale; version: number | null }

  /** The file behind a URI with its current text (the open buffer, else the disk), parsed. */
  async function docContext(uri: string): Promise<DocContext | undefined> {
    const file = uris.remember(uri);
    if (!file) return undefined;
    const folder = folders.forFile(file);
    if (folder) await folder.ready;
    const doc = documents.get(uri);
    const isConfig = !!folder?.isConfigFile(file);
    let src = isConfig ? undefined : folder?.ws.source(file);
    if (doc && src?.text !== doc.getText()) src = fromText(file, doc.getText());
    src ??= readSource(file);
    return { file, folder, src, text: src.text, isConfig, locale: localeOf(folder), version: doc?.version ?? null };
  }

  const versionNow = (file: string) => documents.get(uris.uriOf(file))?.version ?? null;

  connection.onInitialize((params): InitializeResult => {
    caps = params.capabilities;
    const given = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: params.rootUri.split('/').pop() || params.rootUri }] : []);
    for (const f of given) folders.add(f.uri, f.name);
    const literalActions = !!caps.textDocument?.codeAction?.codeActionLiteralSupport;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        completionProvider: { triggerCharacters: [' ', ',', '['], resolveProvider: true },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: caps.textDocument?.rename?.prepareSupport ? { prepareProvider: true } : true,
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        codeActionProvider: literalActions ? { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, FIX_ALL_KIND] } : true,
        executeCommandProvider: { commands: [SHOW_DOCS_COMMAND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'sova', version: VERSION },
    };
  });

  connection.onInitialized(async () => {
    // The loads start first: a document opened while the registrations below wait for the client
    // then waits for its folder's index instead of being audited against a half-loaded workspace.
    const loads = Promise.all(folders.all().map((f) => folders.load(f)));
    try {
      if (caps.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
        await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{yaml,yml}' }] });
      }
      if (caps.workspace?.didChangeConfiguration?.dynamicRegistration) {
        await connection.client.register(DidChangeConfigurationNotification.type, { section: 'sova' });
      }
      if (caps.workspace?.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders((e) => {
          for (const f of e.removed) folders.remove(f.uri);
          for (const f of e.added) {
            const folder = folders.add(f.uri, f.name);
            if (folder) void folders.load(folder);
          }
        });
      }
    } catch (err) {
      log('registering for changes', err);
    }
    await loads;
    const summary = folders.all().map((f) => `${f.name} (${f.root}: ${f.ws.files().length} files)`).join(', ');
    connection.console.info(`sova ${VERSION} language server ready; workspace folders: ${summary || 'none'}`);
  });

  documents.onDidChangeContent((e) => void folders.documentChanged(e.document).catch((err) => log('on a change', err)));
  documents.onDidSave((e) => void folders.documentSaved(e.document).catch((err) => log('on save', err)));
  documents.onDidClose((e) => void folders.documentClosed(e.document).catch((err) => log('on close', err)));
  connection.onDidChangeWatchedFiles((p) => void folders.watchedFilesChanged(p.changes).catch((err) => log('on a file change', err)));
  connection.onDidChangeConfiguration((p) => void folders.settingsChanged(p.settings).catch((err) => log('on a settings change', err)));

  connection.onCompletion(guard('completion', [], async (p) => {
    const c = await docContext(p.textDocument.uri);
    if (!c) return [];
    const doc = documents.get(p.textDocument.uri);
    return complete({
      text: doc?.getText() ?? c.text, position: p.position, triggerCharacter: p.context?.triggerCharacter,
      landscape: c.folder?.landscape(), config: c.folder?.ws.loaded.config, isConfigFile: c.isConfig, locale: c.locale,
      displayPath: c.folder ? (f) => c.folder!.display(f) : undefined, folderUri: c.folder?.uri,
    });
  }));

  connection.onCompletionResolve(async (item) => {
    try {
      const folderUri = (item.data as Partial<IdItemData> | undefined)?.folderUri;
      const folder = folders.all().find((f) => f.uri === folderUri);
      if (!folder) return item;
      await folder.ready;
      return resolveCompletionItem(item, folder.landscape(), (f) => folder.display(f));
    } catch (err) {
      log('in completionResolve', err);
      return item;
    }
  });

  connection.onHover(guard('hover', null, async (p) => {
    const c = await docContext(p.textDocument.uri);
    if (!c) return null;
    if (c.folder) await folders.flush(c.folder);
    const cached = c.folder && !c.folder.stale ? c.folder.cache.get(c.file) : undefined;
    return hover({
      src: c.src, position: p.position, landscape: c.folder?.landscape(), findings: findingsAt(cached, p.position),
      locale: c.locale, isConfigFile: c.isConfig, displayPath: c.folder ? (f) => c.folder!.display(f) : undefined,
    });
  }));

  connection.onDefinition(guard('definition', [], async (p) => {
    const c = await docContext(p.textDocument.uri);
    if (!c?.folder || c.isConfig) return [];
    return definition(c.src, p.position, c.folder.landscape(), (f) => uris.uriOf(f));
  }));

  connection.onReferences(guard('references', [], async (p, token) => {
    const c = await docContext(p.textDocument.uri);
    if (!c?.folder || c.isConfig) return [];
    return references(c.src, p.position, c.folder.landscape(), p.context.includeDeclaration, (f) => uris.uriOf(f), token);
  }));

  connection.onPrepareRename(guard('prepareRename', null, async (p) => {
    const c = await docContext(p.textDocument.uri);
    if (!c?.folder || c.isConfig) return null;
    return prepareRename(c.src, p.position, c.folder.landscape(), c.locale);
  }));

  connection.onRenameRequest(guard('rename', null, async (p) => {
    const c = await docContext(p.textDocument.uri);
    if (!c?.folder || c.isConfig) return null;
    const target: EditTarget = { documentChanges: !!caps.workspace?.workspaceEdit?.documentChanges, uriOf: (f) => uris.uriOf(f), versionOf: versionNow };
    return rename(c.src, p.position, p.newName, c.folder.landscape(), target, c.locale);
  }));

  connection.onDocumentSymbol(guard('documentSymbol', [], async (p) => {
    const c = await docContext(p.textDocument.uri);
    return c && !c.isConfig ? documentSymbols(c.src) : [];
  }));

  connection.onWorkspaceSymbol(guard('workspaceSymbol', [], async (p, token) => {
    const out = [];
    for (const folder of folders.all()) {
      await folder.ready;
      out.push(...workspaceSymbols(folder.landscape().entities, p.query, (f) => uris.uriOf(f), token));
    }
    return out;
  }));

  connection.onCodeAction(guard('codeAction', [], async (p) => {
    const c = await docContext(p.textDocument.uri);
    if (!c?.folder) return [];
    const folder = c.folder;
    await folders.flush(folder);
    const auditedText = (c.isConfig ? folder.ws.loaded.source?.text : folder.ws.source(c.file)?.text) ?? c.text;
    const stale = c.version !== null && folder.auditVersions.get(c.file) !== c.version; // run: onSave, unsaved edits
    return codeActions({
      stale,
      file: c.file, text: auditedText, textOf: (f) => folder.ws.source(f)?.text ?? (folder.isConfigFile(f) ? folder.ws.loaded.source?.text : undefined),
      cache: folder.cache.get(c.file), result: folder.result, diagnostics: p.context.diagnostics, only: p.context.only,
      locale: localeOf(folder), ignorable: folder.ws.includes(c.file),
      target: {
        documentChanges: !!caps.workspace?.workspaceEdit?.documentChanges,
        snippets: !!caps.workspace?.workspaceEdit?.snippetEditSupport,
        uriOf: (f) => uris.uriOf(f),
        versionOf: (f) => folder.auditVersions.get(f) ?? null,
      },
    });
  }));

  connection.onExecuteCommand(guard('executeCommand', null, async (p) => {
    if (p.command !== SHOW_DOCS_COMMAND) return null;
    const [ruleId, url] = p.arguments ?? [];
    const target = typeof url === 'string' ? url : docsUrl(String(ruleId));
    if (caps.window?.showDocument?.support) {
      const shown = await connection.window.showDocument({ uri: target, external: !target.startsWith('file:') });
      return shown.success;
    }
    void connection.window.showInformationMessage(`${String(ruleId)}: ${target}`);
    return true;
  }));

  connection.onRequest(STATUS_REQUEST, guard<unknown, StatusResult>('status', { version: VERSION, folders: [] }, () => folders.status()));
  // Editor commands (client/): re-audit from disk, export in an engine format.
  connection.onRequest(REAUDIT_REQUEST, guard<unknown, ReauditResult | null>('reaudit', null, async () => {
    await Promise.all(folders.all().map((f) => folders.load(f)));
    return folders.status();
  }));
  registerExport(connection, (uri) => folders.resultsFor(uri));

  connection.onShutdown(() => folders.dispose());

  documents.listen(connection);
  connection.listen();
  return connection;
}
