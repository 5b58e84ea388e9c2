// "sova: Export findings": pick a format (the engine's FORMATS, listed by the server), pick a file, write it.
// The server renders the text from the results it already holds (request `sova/export`).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ExportFormatsRequest, ExportRequest } from './protocol';
import { t } from './l10n';

const EXTENSIONS: Record<string, string> = {
  json: 'json', sarif: 'sarif', csv: 'csv', markdown: 'md', html: 'html', junit: 'xml', gitlab: 'json', github: 'txt', stylish: 'txt',
};

function fileExtensionOf(format: string): string {
  return EXTENSIONS[format] ?? 'txt';
}

/** Arguments for running the command without dialogs (keybindings, tasks, tests); each one given skips its dialog. */
export interface ExportArgs { format?: string; folder?: string; target?: string }

export async function exportFindings(client: LanguageClient, args: ExportArgs = {}): Promise<vscode.Uri | undefined> {
  const folder = args.folder ? vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(args.folder)) : await pickFolder();
  if (!folder) return undefined;
  const format = args.format ?? (await pickFormat(client));
  if (!format) return undefined;
  const target = args.target ? vscode.Uri.parse(args.target) : await vscode.window.showSaveDialog({
    title: t('sova: Export speichern unter', 'sova: Save export as'),
    defaultUri: vscode.Uri.joinPath(folder.uri, `sova-findings.${fileExtensionOf(format)}`),
    filters: { [format]: [fileExtensionOf(format)] },
  });
  if (!target) return undefined;
  return writeExport(client, folder.uri, format, target);
}

async function pickFormat(client: LanguageClient): Promise<string | undefined> {
  const { formats, descriptions } = await client.sendRequest(ExportFormatsRequest, {});
  const picked = await vscode.window.showQuickPick(formats.map((f) => ({ label: f, detail: descriptions[f] })), {
    title: t('sova: Befunde exportieren', 'sova: Export findings'),
    placeHolder: t('Format wählen', 'Choose a format'),
  });
  return picked?.label;
}

/** Asks the server for the export of `folder` in `format` and writes it to `target`. */
async function writeExport(client: LanguageClient, folder: vscode.Uri, format: string, target: vscode.Uri): Promise<vscode.Uri> {
  const { text } = await client.sendRequest(ExportRequest, { format, folderUri: folder.toString() });
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  const open = t('Öffnen', 'Open');
  void vscode.window.showInformationMessage(t(`sova: ${format}-Export geschrieben.`, `sova: ${format} export written.`), open).then((choice) => {
    if (choice === open) void vscode.window.showTextDocument(target);
  });
  return target;
}

async function pickFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showWarningMessage(t('sova: Kein Ordner geöffnet.', 'sova: No folder is open.'));
    return undefined;
  }
  if (folders.length === 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: t('Welche Landschaft?', 'Which landscape?') });
}
