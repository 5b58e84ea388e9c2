// The custom messages between this extension and the sova language server. The status shapes are
// the server's own (server/services/status.ts); only plain JSON crosses the wire.
import { NotificationType, RequestType } from 'vscode-languageclient/node';

import type { StatusResult } from '../server/services/status';
export type { FolderStatus, LevelSummary, StatusResult } from '../server/services/status';

export const StatusRequest = new RequestType<Record<string, never>, StatusResult, void>('sova/status');
export const StatusChangedNotification = new NotificationType<StatusResult>('sova/statusChanged');

export interface ExportParams { format: string; folderUri: string }
export const ExportRequest = new RequestType<ExportParams, { text: string }, void>('sova/export');
export const ExportFormatsRequest = new RequestType<Record<string, never>, { formats: string[]; descriptions?: Record<string, string> }, void>('sova/exportFormats');

/** Re-reads the workspace folders from disk and re-audits them (answers when the new diagnostics are out). */
export const ReauditRequest = new RequestType<Record<string, never>, unknown, void>('sova/reaudit');
