// CSV for auditors (spreadsheets): one row per finding, suppressed ones included with their
// justification. UTF-8 with a byte-order mark (so Excel detects the encoding), CRLF line ends,
// a header row, delimiter `;` by default (German Excel uses `;` because `,` is the decimal mark;
// `--csv-delimiter ,` for others). Quoting per RFC 4180: a field containing the delimiter, a quote,
// CR or LF is quoted and its quotes doubled. Formula-injection guard (OWASP): a cell starting with
// `=`, `+`, `-`, `@`, TAB or CR gets a leading `'`, so a spreadsheet shows it as text and never runs it.
import type { Formatter } from './common';
import { fileLabel, localeOf, ruleMeta, SEVERITY_LABEL, statusOf } from './common';
import { localize } from '../i18n';

export const DEFAULT_CSV_DELIMITER = ';';

const HEADER = {
  de: ['Regel', 'Titel', 'Schweregrad', 'Facette', 'Ziel', 'Datei', 'Zeile', 'Spalte', 'Art', 'Id', 'Name', 'Meldung', 'Unterdrückt', 'Begründung', 'Bis'],
  en: ['rule', 'title', 'severity', 'facet', 'objective', 'file', 'line', 'column', 'entity kind', 'entity id', 'name', 'message', 'suppressed', 'justification', 'until'],
};
const YES_NO = { de: ['ja', 'nein'], en: ['yes', 'no'] };
const BASELINE = { de: { header: 'Baseline', unchanged: 'bekannt', new: 'neu' }, en: { header: 'baseline', unchanged: 'unchanged', new: 'new' } };

export const csv: Formatter = (results, opts) => {
  const locale = localeOf(results);
  const delimiter = opts.delimiter ?? DEFAULT_CSV_DELIMITER;
  const header = [...HEADER[locale], ...(opts.baseline ? [BASELINE[locale].header] : [])];
  const rows: string[][] = [header];
  for (const r of results) {
    for (const f of r.findings) {
      const meta = ruleMeta(f.ruleId);
      rows.push([
        f.ruleId,
        meta ? localize(meta.title, locale) : '',
        SEVERITY_LABEL[locale][f.severity],
        meta?.facet ?? '',
        meta?.objective ?? '',
        fileLabel(r, f.file, opts.cwd),
        String(f.range.start.line + 1),
        String(f.range.start.character + 1),
        f.entity?.kind ?? '',
        f.entity?.id ?? '',
        f.entity?.name ?? '',
        f.message,
        YES_NO[locale][f.suppressed ? 0 : 1],
        f.suppressed?.reason ?? '',
        f.suppressed?.until ?? '',
        ...(opts.baseline ? [statusOf(f, opts) === 'baselined' ? BASELINE[locale].unchanged : BASELINE[locale].new] : []),
      ]);
    }
  }
  return '\ufeff' + rows.map((row) => row.map((cell) => csvCell(cell, delimiter)).join(delimiter) + '\r\n').join('');
};

/** One cell: guarded against formula injection, then quoted when needed (RFC 4180). */
export function csvCell(value: string, delimiter: string): string {
  let v = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  if (v.includes(delimiter) || /["\r\n]/.test(v)) v = `"${v.replace(/"/g, '""')}"`;
  return v;
}
