// The default human format: findings grouped by file, the fixes applied by --fix, the levels per
// application (when scored) and a summary line. Colour only when `opts.color` (a terminal).
import type { Formatter } from './common';
import { belowRequired, counts, fileLabel, isActive, levelRows, levelText, localeOf, SEVERITY_LABEL } from './common';
import type { EngineFinding } from '../rule';

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', dim: '\x1b[2m', bold: '\x1b[1m', underline: '\x1b[4m', green: '\x1b[32m', reset: '\x1b[0m' };

export const stylish: Formatter = (results, opts) => {
  const c = (code: keyof typeof COLORS, s: string) => (opts.color ? COLORS[code] + s + COLORS.reset : s);
  const locale = localeOf(results);
  const de = locale === 'de';
  const out: string[] = [];
  const total = { error: 0, warning: 0, info: 0, suppressed: 0, baselined: 0, absent: 0 };

  if (opts.applied?.length) {
    out.push(c('bold', de ? `--fix hat ${opts.applied.length} Korrektur(en) angewendet:` : `--fix applied ${opts.applied.length} fix(es):`));
    for (const a of opts.applied) out.push(`  ${c('green', '✔')} ${fileLabel(results[0], a.file, opts.cwd)}:${a.line}  ${a.title}  ${c('dim', a.ruleId)}`);
    out.push('');
  }

  for (const result of results) {
    const byFile = new Map<string, EngineFinding[]>();
    for (const f of result.findings) {
      if (!isActive(f, opts)) continue;
      (byFile.get(f.file) ?? byFile.set(f.file, []).get(f.file)!).push(f);
    }
    const width = Math.max(0, ...[...byFile.values()].flat().map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1}`.length)) + 2;
    for (const [file, findings] of byFile) {
      out.push(c('underline', fileLabel(result, file, opts.cwd)));
      for (const f of findings) {
        const pos = `${f.range.start.line + 1}:${f.range.start.character + 1}`.padEnd(width);
        const sev = SEVERITY_LABEL[locale][f.severity];
        out.push(`  ${c('dim', pos)}${c(f.severity, sev.padEnd(9))}${oneLine(f.message)}  ${c('dim', f.ruleId)}`);
      }
      out.push('');
    }
    const n = counts(result.findings, opts);
    total.error += n.error;
    total.warning += n.warning;
    total.info += n.info;
    total.suppressed += n.suppressed;
    total.baselined += n.baselined;
    total.absent += opts.baseline?.absent.get(result.root)?.length ?? 0;

    const rows = levelRows(result);
    if (rows.length) {
      const title = de ? 'Souveränitätsstufe je Anwendung (0–4)' : 'Sovereignty level per application (0–4)';
      out.push(c('bold', results.length > 1 ? `${title} · ${fileLabel(result, result.root, opts.cwd)}` : title));
      const idWidth = Math.max(...rows.map((r) => r.id.length)) + 2;
      for (const r of rows) {
        const required = r.requiredLevel !== undefined ? (de ? `  erforderlich ${r.requiredLevel}` : `  required ${r.requiredLevel}`) : '';
        const mark = belowRequired(r) ? c('error', ' ✖') : '';
        out.push(`  ${r.id.padEnd(idWidth)}${c('bold', levelText(r, locale))}${c('dim', required)}${mark}`);
      }
      out.push('');
    }
  }

  const problems = total.error + total.warning + total.info;
  const parts = de
    ? [`${problems} ${problems === 1 ? 'Befund' : 'Befunde'} (${total.error} Fehler, ${total.warning} Warnungen, ${total.info} Hinweise)`, `${total.suppressed} begründet unterdrückt`]
    : [`${problems} ${problems === 1 ? 'finding' : 'findings'} (${total.error} errors, ${total.warning} warnings, ${total.info} infos)`, `${total.suppressed} suppressed with justification`];
  if (opts.baseline) {
    parts.push(de ? `${total.baselined} aus der Baseline bekannt` : `${total.baselined} known from the baseline`);
    if (total.absent) parts.push(de ? `${total.absent} seit der Baseline behoben` : `${total.absent} fixed since the baseline`);
  }
  const asOf = results[0] ? (de ? ` · Stichtag ${results[0].asOf}` : ` · as of ${results[0].asOf}`) : '';
  out.push(c('bold', (total.error ? '✖ ' : problems ? '⚠ ' : '✔ ') + parts.join(', ')) + c('dim', asOf));
  return out.join('\n') + '\n';
};

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ');
}
