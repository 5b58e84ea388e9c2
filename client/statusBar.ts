// The status bar item: the landscape's sovereignty level (the lowest level of its assessed applications)
// and its active findings by severity; a click opens the Problems panel.
import * as vscode from 'vscode';
import type { FolderStatus, StatusResult } from './protocol';
import { t } from './l10n';

interface StatusSummary {
  /** The lowest level over all folders' assessed applications; undefined while nothing is assessed. */
  level?: number;
  counts: { error: number; warning: number; info: number; suppressed: number };
  indexing: boolean;
}

function summarize(status: StatusResult): StatusSummary {
  const counts = { error: 0, warning: 0, info: 0, suppressed: 0 };
  let level: number | undefined;
  for (const f of status.folders) {
    counts.error += f.counts.error;
    counts.warning += f.counts.warning;
    counts.info += f.counts.info;
    counts.suppressed += f.counts.suppressed;
    const min = f.levels?.minLevel;
    if (min !== undefined) level = level === undefined ? min : Math.min(level, min);
  }
  return { level, counts, indexing: status.folders.some((f) => f.state === 'indexing') };
}

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('sova.status', vscode.StatusBarAlignment.Left, 10);
  /** The last status the server sent; the extension's API exposes it to tests. */
  last: StatusResult | undefined;

  constructor() {
    this.item.name = 'sova';
    this.item.command = 'workbench.actions.view.problems';
    this.item.text = '$(shield) sova $(loading~spin)';
    this.item.tooltip = t('sova: Audit läuft …', 'sova: auditing …');
    this.item.show();
  }

  update(status: StatusResult | null | undefined): void {
    if (!status || !Array.isArray(status.folders)) return;
    this.last = status;
    if (status.folders.length === 0) {
      this.item.hide();
      return;
    }
    const s = summarize(status);
    const level = s.level === undefined ? t('nicht bewertet', 'unassessed') : t(`Stufe ${s.level}`, `level ${s.level}`);
    this.item.text = `$(shield) ${level}  $(error) ${s.counts.error}  $(warning) ${s.counts.warning}  $(info) ${s.counts.info}` +
      (s.indexing ? ' $(loading~spin)' : '');
    this.item.tooltip = tooltip(status);
    this.item.backgroundColor = s.counts.error > 0 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}

function tooltip(status: StatusResult): vscode.MarkdownString {
  const lines = [`**sova ${status.version}** — ${t('Souveränitätsstufe 0–4 (schwächstes Glied)', 'sovereignty level 0–4 (weakest link)')}`, ''];
  for (const f of status.folders) lines.push(...folderLines(f), '');
  lines.push(t('Klicken öffnet „Probleme“.', 'Click to open Problems.'));
  return new vscode.MarkdownString(lines.join('\n'));
}

function folderLines(f: FolderStatus): string[] {
  const c = f.counts;
  const out = [`**${f.name}** — ${f.files} ${t('Dateien', 'files')}${f.asOf ? `, ${t('Stichtag', 'as of')} ${f.asOf}` : ''}`, ''];
  out.push(`- ${t('Befunde', 'Findings')}: ${c.error} ${t('Fehler', 'errors')}, ${c.warning} ${t('Warnungen', 'warnings')}, ${c.info} ${t('Hinweise', 'infos')}` +
    (c.suppressed ? `, ${c.suppressed} ${t('unterdrückt', 'suppressed')}` : ''));
  const l = f.levels;
  if (l) {
    out.push(`- ${t('Stufe der Landschaft', 'Landscape level')}: ${l.minLevel ?? '—'}; ${t('Anwendungen je Stufe', 'applications per level')} 0–4: ${l.byLevel.join(' / ')}` +
      (l.unassessed ? `, ${l.unassessed} ${t('nicht bewertet', 'unassessed')}` : ''));
    out.push(`- ${t('Unter der geforderten Stufe', 'Below the required level')}: ${l.belowRequired}; ${t('mittlerer Score', 'average score')} ${l.averageScore}`);
  }
  if (f.state === 'indexing') out.push(`- ${t('wird geprüft …', 'auditing …')}`);
  return out;
}
