// The custom messages between this extension and the sova language server. The shapes mirror the
// server's (server/services/status.ts, server/export.ts); only plain JSON crosses the wire.
import { NotificationType, RequestType } from 'vscode-languageclient/node';

export interface LevelSummary {
  applications: number;
  unassessed: number;
  /** Number of applications at level 0, 1, 2, 3, 4. */
  byLevel: [number, number, number, number, number];
  /** The lowest level among the assessed applications: the landscape's level (weakest link). */
  minLevel?: number;
  averageScore: number;
  belowRequired: number;
}

export interface FolderStatus {
  uri: string;
  name: string;
  state: 'indexing' | 'ready';
  files: number;
  counts: { error: number; warning: number; info: number; suppressed: number; skipped: number };
  asOf?: string;
  locale?: string;
  levels?: LevelSummary;
}

export interface StatusResult { version: string; folders: FolderStatus[] }

export const StatusRequest = new RequestType<Record<string, never>, StatusResult, void>('sova/status');
export const StatusChangedNotification = new NotificationType<StatusResult>('sova/statusChanged');

export interface ExportParams { format: string; folderUri: string }
export const ExportRequest = new RequestType<ExportParams, { text: string }, void>('sova/export');
export const ExportFormatsRequest = new RequestType<Record<string, never>, { formats: string[]; descriptions?: Record<string, string> }, void>('sova/exportFormats');

/** Re-reads the workspace folders from disk and re-audits them (answers when the new diagnostics are out). */
export const ReauditRequest = new RequestType<Record<string, never>, unknown, void>('sova/reaudit');
