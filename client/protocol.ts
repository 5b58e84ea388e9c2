// The custom messages between this extension and the sova language server, typed for the client.
// Names and shapes are the server's own (server/protocol.ts, no runtime dependencies); only plain JSON crosses the wire.
import { NotificationType, RequestType } from 'vscode-languageclient/node';
import {
  EXPORT_FORMATS_REQUEST, EXPORT_REQUEST, REAUDIT_REQUEST, STATUS_CHANGED_NOTIFICATION, STATUS_REQUEST,
} from '../server/protocol';
import type { ExportFormatsResult, ExportParams, ExportResult, ReauditResult, StatusResult } from '../server/protocol';
export type { FolderStatus, LevelSummary, StatusResult } from '../server/protocol';

type NoParams = Record<string, never>;

export const StatusRequest = new RequestType<NoParams, StatusResult, void>(STATUS_REQUEST);
export const StatusChangedNotification = new NotificationType<StatusResult>(STATUS_CHANGED_NOTIFICATION);
export const ExportRequest = new RequestType<ExportParams, ExportResult, void>(EXPORT_REQUEST);
export const ExportFormatsRequest = new RequestType<NoParams, ExportFormatsResult, void>(EXPORT_FORMATS_REQUEST);
/** Re-reads the workspace folders from disk and re-audits them; answers with the new status once the diagnostics are out. */
export const ReauditRequest = new RequestType<NoParams, ReauditResult, void>(REAUDIT_REQUEST);
