// Markdown for merge-request / pull-request comments: a summary table, the levels per application
// (when scored), active findings grouped by file (links `file#Lline`), suppressed findings with their
// justification in a collapsed <details>. Every text from the landscape is escaped.
import type { Formatter } from './common';
import { belowRequired, counts, fileLabel, isActive, levelRows, levelText, localeOf, ruleLink, runInfo, SEVERITY_LABEL, statusOf, uriOfPath } from './common';
import type { EngineFinding } from '../rule';

const ICON = { error: '❌', warning: '⚠️', info: 'ℹ️' };

export const markdown: Formatter = (results, opts) => {
  const locale = localeOf(results);
  const de = locale === 'de';
  const info = runInfo(results);
  const out: string[] = [];
  out.push(`## sova — ${de ? 'Digitale Souveränität' : 'Digital sovereignty'} · ${de ? 'Stichtag' : 'as of'} ${info.asOf}`, '');

  const head = de ? ['Arbeitsbereich', 'Fehler', 'Warnungen', 'Hinweise', 'unterdrückt'] : ['Workspace', 'errors', 'warnings', 'infos', 'suppressed'];
  if (opts.baseline) head.push(de ? 'aus Baseline' : 'baselined');
  out.push(`| ${head.join(' | ')} |`, `|---|${head.slice(1).map(() => '---:').join('|')}|`);
  for (const r of results) {
    const c = counts(r.findings, opts);
    const cells = [code(fileLabel(r, r.root, opts.cwd)), c.error, c.warning, c.info, c.suppressed, ...(opts.baseline ? [c.baselined] : [])];
    out.push(`| ${cells.join(' | ')} |`);
  }
  out.push('');

  for (const r of results) {
    const rows = levelRows(r);
    if (!rows.length) continue;
    out.push(`### ${de ? 'Souveränitätsstufe je Anwendung' : 'Sovereignty level per application'}${results.length > 1 ? ` · ${code(fileLabel(r, r.root, opts.cwd))}` : ''}`, '');
    out.push(de ? '| Anwendung | Stufe (0–4) | erforderlich |' : '| Application | Level (0–4) | required |', '|---|---|---|');
    for (const row of rows) {
      out.push(`| ${esc(row.name)} (${code(row.id)}) | ${belowRequired(row) ? '❌ ' : ''}${esc(levelText(row, locale))} | ${row.requiredLevel ?? '—'} |`);
    }
    out.push('');
  }

  const item = (r: (typeof results)[number], f: EngineFinding) => {
    const file = fileLabel(r, f.file, opts.cwd);
    const line = f.range.start.line + 1;
    return `${ICON[f.severity]} **${SEVERITY_LABEL[locale][f.severity]}** [${f.ruleId}](${ruleLink(f.ruleId, opts)}) · [${esc(file)}:${line}](${uriOfPath(file)}#L${line}) — ${esc(f.message)}`;
  };

  let active = 0;
  for (const r of results) {
    const byFile = new Map<string, EngineFinding[]>();
    for (const f of r.findings) if (isActive(f, opts)) (byFile.get(f.file) ?? byFile.set(f.file, []).get(f.file)!).push(f);
    for (const [file, list] of byFile) {
      active += list.length;
      out.push(`### ${code(fileLabel(r, file, opts.cwd))}`, '');
      for (const f of list) out.push(`- ${item(r, f)}`);
      out.push('');
    }
  }
  if (!active) out.push(de ? '✅ Keine offenen Befunde.' : '✅ No open findings.', '');

  const suppressed = results.flatMap((r) => r.findings.filter((f) => statusOf(f, opts) === 'suppressed').map((f) => ({ r, f })));
  if (suppressed.length) {
    out.push('<details>', `<summary>${suppressed.length} ${de ? (suppressed.length === 1 ? 'begründet unterdrückter Befund' : 'begründet unterdrückte Befunde') : suppressed.length === 1 ? 'finding suppressed with justification' : 'findings suppressed with justification'}</summary>`, '');
    for (const { r, f } of suppressed) {
      const until = f.suppressed!.until ? (de ? ` (bis ${f.suppressed!.until})` : ` (until ${f.suppressed!.until})`) : '';
      out.push(`- ${item(r, f)}  \n  ${de ? '*Begründung:*' : '*Justification:*'} ${esc(f.suppressed!.reason)}${until}`);
    }
    out.push('', '</details>', '');
  }
  const baselined = results.reduce((n, r) => n + counts(r.findings, opts).baselined, 0);
  if (baselined) out.push(de ? `${baselined} bekannte Befunde aus der Baseline sind nicht aufgeführt.` : `${baselined} known findings from the baseline are not listed.`, '');

  const cat = info.catalogues;
  out.push(`<sub>sova ${esc(info.version)} · ${de ? 'Kataloge' : 'catalogues'}: SPDX ${esc(cat.spdx)}, ${de ? 'Standards' : 'standards'} ${esc(cat.standards)}, end-of-life ${esc(cat.endOfLife)}, ${de ? 'Länder' : 'countries'} ${esc(cat.countries)} · --fail-on ${opts.failOn}</sub>`, '');
  return out.join('\n');
};

/** Escapes Markdown and inline HTML in text from the landscape. */
export function esc(s: string): string {
  return s
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
}

/** An inline code span that survives backticks in the text. */
function code(s: string): string {
  const ticks = s.includes('`') ? '``' : '`';
  return `${ticks}${ticks === '``' ? ' ' : ''}${s.replace(/\r?\n/g, ' ')}${ticks === '``' ? ' ' : ''}${ticks}`;
}
