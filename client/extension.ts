// The sova VS Code extension: starts the language server, adds the commands and the status bar item.
// Everything about landscapes (which files, findings, fixes, completion) is the server's business.
import * as vscode from 'vscode';
import { ExecuteCommandRequest } from 'vscode-languageclient/node';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createLanguageClient } from './client';
import { StatusBar } from './statusBar';
import { ReauditRequest, StatusChangedNotification, StatusRequest } from './protocol';
import type { StatusResult } from './protocol';
import { exportFindings } from './exportFindings';
import type { ExportArgs } from './exportFindings';
import { listRulePages, rulesFolder, ruleAtCursor, showMarkdown } from './ruleDocs';
import { t } from './l10n';

/** What `activate` returns: used by the extension-host tests and open to other extensions. */
export interface SovaApi {
  client: LanguageClient;
  /** The last status the server sent (per folder: counts by severity, levels). */
  status(): StatusResult | undefined;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<SovaApi> {
  const lc = createLanguageClient(context);
  client = lc;
  const statusBar = new StatusBar();
  context.subscriptions.push(statusBar);

  context.subscriptions.push(
    vscode.commands.registerCommand('sova.reaudit', async () => {
      const status = await lc.sendRequest(ReauditRequest, {});
      statusBar.update(status);
      return status;
    }),
    vscode.commands.registerCommand('sova.exportFindings', (args?: ExportArgs) => exportFindings(lc, args)),
    vscode.commands.registerCommand('sova.showRuleCatalogue', () =>
      showMarkdown(vscode.Uri.joinPath(rulesFolder(context.extensionUri), 'README.md'))),
    vscode.commands.registerCommand('sova.showRuleDocumentation', (arg?: unknown) => showRuleDocumentation(context.extensionUri, arg)),
    lc.onNotification(StatusChangedNotification, (s) => statusBar.update(s)),
  );
  keepOwnCommands(lc, ['sova.showRuleDocumentation']);
  try {
    await lc.start();
  } catch (err) {
    void vscode.window.showErrorMessage(t(`sova: Der Sprachserver startet nicht: ${err}`, `sova: the language server does not start: ${err}`));
  }
  if (lc.isRunning()) statusBar.update(await lc.sendRequest(StatusRequest, {}).catch(() => null));
  return { client: lc, status: () => statusBar.last };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

/**
 * The server offers `sova.showRuleDocumentation` as an LSP command for any editor (its code actions call it),
 * and the client would register a VS Code command of that name forwarding to the server — which collides
 * with the extension's own command (it shows the page in the Markdown preview and also works without an
 * argument, from the command palette). The client's registration leaves out the commands the extension
 * implements itself, at every (re)start of the server.
 */
function keepOwnCommands(lc: LanguageClient, own: string[]): void {
  const feature = lc.getFeature(ExecuteCommandRequest.method);
  const register = feature.register.bind(feature);
  feature.register = (data) => {
    const commands = (data.registerOptions.commands ?? []).filter((c) => !own.includes(c));
    if (commands.length) register({ ...data, registerOptions: { ...data.registerOptions, commands } });
  };
}

/** Opens a rule's page: the id given (a string or `{ ruleId }`), else the finding under the cursor, else a quick pick. */
async function showRuleDocumentation(extensionUri: vscode.Uri, arg: unknown): Promise<void> {
  let id = typeof arg === 'string' ? arg : (arg as { ruleId?: string } | undefined)?.ruleId;
  id ??= ruleAtCursor();
  if (!id) {
    const pages = await listRulePages(extensionUri);
    const pick = await vscode.window.showQuickPick(
      pages.map((p) => ({ label: p.id, description: p.title })),
      { title: t('sova: Regeldokumentation', 'sova: Rule documentation'), matchOnDescription: true },
    );
    id = pick?.label;
  }
  if (id) await showMarkdown(vscode.Uri.joinPath(rulesFolder(extensionUri), `${id}.md`));
}
