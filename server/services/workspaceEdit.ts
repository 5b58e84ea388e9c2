// The engine's FileEdits → an LSP WorkspaceEdit (documentChanges with versions when the client takes them).
import type { TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import type { FileEdit } from '../../engine';

export interface EditTarget {
  /** The client accepts `documentChanges` (versioned edits). */
  documentChanges: boolean;
  uriOf(file: string): string;
  /** The version of the open document the edits were computed on; null when the file is not open. */
  versionOf(file: string): number | null;
}

export function toWorkspaceEdit(edits: FileEdit[], target: EditTarget): WorkspaceEdit {
  const byFile = new Map<string, TextEdit[]>();
  for (const e of edits) {
    let list = byFile.get(e.file);
    if (!list) byFile.set(e.file, (list = []));
    list.push({ range: e.range, newText: e.newText });
  }
  if (target.documentChanges) {
    const documentChanges: TextDocumentEdit[] = [...byFile].map(([file, list]) => ({
      textDocument: { uri: target.uriOf(file), version: target.versionOf(file) },
      edits: list,
    }));
    return { documentChanges };
  }
  const changes: Record<string, TextEdit[]> = {};
  for (const [file, list] of byFile) changes[target.uriOf(file)] = list;
  return { changes };
}
