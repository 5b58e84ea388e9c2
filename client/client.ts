// Starts the bundled sova language server (dist/server.js) over node IPC and connects it to VS Code.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';

export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Every YAML file on disk goes to the server; it decides which are landscape files (the config's include globs).
    // No `synchronize.fileEvents`: the server registers its own watcher for YAML files (any editor gets it),
    // and a second watcher here would send every change twice.
    documentSelector: [{ scheme: 'file', language: 'yaml' }],
    diagnosticCollectionName: 'sova',
    outputChannelName: 'sova',
    markdown: { isTrusted: false, supportHtml: false },
  };
  // The id 'sova' makes the client honour the `sova.trace.server` setting.
  return new LanguageClient('sova', 'sova', serverOptions, clientOptions);
}
