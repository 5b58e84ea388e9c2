// The custom messages between the sova language server and its editor clients: method names,
// parameters and results. Shared by the server and the VS Code extension (client/protocol.ts), so it
// has no runtime dependencies (type imports only): the extension's bundle takes it as it is.
import type { StatusResult } from './services/status';

export type { FolderStatus, LevelSummary, StatusResult } from './services/status';

/** `sova/status` {} → StatusResult: per workspace folder, the counts of findings and the levels. */
export const STATUS_REQUEST = 'sova/status';
/** `sova/statusChanged` StatusResult: sent after every audit. */
export const STATUS_CHANGED_NOTIFICATION = 'sova/statusChanged';

/** `sova/reaudit` {} → ReauditResult: re-reads every folder from disk and re-audits it; answers when the new diagnostics are out. */
export const REAUDIT_REQUEST = 'sova/reaudit';
export type ReauditResult = StatusResult;

/** `sova/exportFormats` {} → ExportFormatsResult: the engine's output formats. */
export const EXPORT_FORMATS_REQUEST = 'sova/exportFormats';
export interface ExportFormatsResult { formats: string[]; descriptions: Record<string, string> }

/** `sova/export` ExportParams → ExportResult: the findings of one folder rendered in one format. */
export const EXPORT_REQUEST = 'sova/export';
export interface ExportParams { format: string; folderUri: string }
export interface ExportResult { text: string }
