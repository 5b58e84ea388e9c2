// The extension's own messages in German or English: `sova.locale`, else the editor's language.
import * as vscode from 'vscode';

function isGerman(): boolean {
  const setting = vscode.workspace.getConfiguration('sova').get<string>('locale');
  return setting ? setting === 'de' : vscode.env.language.startsWith('de');
}

/** Picks the text for the current locale. */
export function t(de: string, en: string): string {
  return isGerman() ? de : en;
}
