// The rule documentation shipped with the extension: docs/rules/<ID>.md (generated from the rules' metadata)
// and docs/rules/README.md (the catalogue), shown in the Markdown preview.
import * as vscode from 'vscode';
import { t } from './l10n';

export interface RulePage { id: string; title: string; uri: vscode.Uri }

export function rulesFolder(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'docs', 'rules');
}

/** Every rule page with the title from its first line (`# LIC-001 — Titel`). */
export async function listRulePages(extensionUri: vscode.Uri): Promise<RulePage[]> {
  const folder = rulesFolder(extensionUri);
  const entries = await vscode.workspace.fs.readDirectory(folder);
  const pages: RulePage[] = [];
  for (const [name, type] of entries) {
    if (type !== vscode.FileType.File || !name.endsWith('.md') || name === 'README.md') continue;
    const uri = vscode.Uri.joinPath(folder, name);
    const firstLine = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)).split('\n', 1)[0];
    const id = name.slice(0, -3);
    pages.push({ id, title: firstLine.replace(/^#\s*/, '').replace(new RegExp(`^${id}\\s*—\\s*`), ''), uri });
  }
  return pages.sort((a, b) => a.id.localeCompare(b.id));
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

export async function showMarkdown(uri: vscode.Uri): Promise<void> {
  if (!(await exists(uri))) {
    void vscode.window.showErrorMessage(t(`sova: ${uri.fsPath} fehlt im Paket.`, `sova: ${uri.fsPath} is missing from the package.`));
    return;
  }
  await vscode.commands.executeCommand('markdown.showPreview', uri);
}

/** The rule id of the sova diagnostic under the cursor, if any. */
export function ruleAtCursor(): string | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const pos = editor.selection.active;
  const hit = vscode.languages
    .getDiagnostics(editor.document.uri)
    .find((d) => d.source === 'sova' && d.range.contains(pos));
  return hit ? diagnosticRuleId(hit) : undefined;
}

function diagnosticRuleId(d: vscode.Diagnostic): string | undefined {
  const code = d.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}
