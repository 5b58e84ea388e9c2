// Starts the bundled sova language server (dist/server.js) over node IPC and connects it to VS Code.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';

/** Landscape files, the project configuration and catalogues: the server re-audits when they change on disk. */
const WATCHED = '**/*.{yaml,yml}';

export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Every YAML file on disk goes to the server; it decides which are landscape files (the config's include globs).
    documentSelector: [{ scheme: 'file', language: 'yaml' }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher(WATCHED) },
    diagnosticCollectionName: 'sova',
    outputChannelName: 'sova',
    markdown: { isTrusted: false, supportHtml: false },
  };
  // The id 'sova' makes the client honour the `sova.trace.server` setting.
  return new LanguageClient('sova', 'sova', serverOptions, clientOptions);
}
