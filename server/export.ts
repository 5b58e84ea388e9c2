// Exports for the editor (VS Code command "sova: Export findings"): the server renders the findings it
// already holds with one of the engine's formats, so the editor needs no engine of its own.
// The requests `sova/exportFormats` and `sova/export` are described in ./protocol.
import { ResponseError, ErrorCodes } from 'vscode-languageserver/node';
import type { Connection } from 'vscode-languageserver/node';
import type { AuditResult } from '../engine';
import * as formats from '../engine/formats';
import { EXPORT_FORMATS_REQUEST, EXPORT_REQUEST } from './protocol';
import type { ExportFormatsResult, ExportParams, ExportResult } from './protocol';

/** The audit results of a workspace folder, brought up to date; undefined when the folder is unknown. */
export type ResultsForFolder = (folderUri: string) => Promise<AuditResult[] | undefined>;

export function exportFormats(): ExportFormatsResult {
  const descriptions = (formats as { FORMAT_HELP?: Record<string, string> }).FORMAT_HELP ?? {};
  return { formats: Object.keys(formats.FORMATS), descriptions };
}

/** Renders the findings of one folder; `failOn` does not matter for the text, colour is off. */
export async function exportText(params: ExportParams, getResultsForFolder: ResultsForFolder): Promise<ExportResult> {
  const formatter = formats.FORMATS[params?.format];
  if (!formatter) {
    throw new ResponseError(ErrorCodes.InvalidParams, `unknown format "${params?.format}"; known: ${Object.keys(formats.FORMATS).join(', ')}`);
  }
  const results = await getResultsForFolder(params.folderUri);
  if (!results) throw new ResponseError(ErrorCodes.InvalidParams, `not a workspace folder of this server: ${params.folderUri}`);
  return { text: formatter(results, { failOn: 'error', color: false }) };
}

export function registerExport(connection: Connection, getResultsForFolder: ResultsForFolder): void {
  connection.onRequest(EXPORT_FORMATS_REQUEST, () => exportFormats());
  connection.onRequest(EXPORT_REQUEST, (params: ExportParams) => exportText(params, getResultsForFolder));
}
