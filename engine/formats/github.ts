// GitHub Actions workflow commands: one annotation per active finding, e.g.
//   ::error file=landscape/apps.yaml,line=12,col=5,endLine=12,endColumn=9,title=LIC-001::No licence …
// error → ::error, warning → ::warning, info → ::notice. Escaping follows @actions/core: in the
// message `%`, CR and LF are percent-encoded; in properties also `:` and `,`. Columns are 1-based
// and given only for single-line ranges (GitHub ignores them otherwise).
import type { Formatter } from './common';
import { fileLabel, isActive } from './common';
import type { Severity } from '../types';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const github: Formatter = (results, opts) => {
  const lines: string[] = [];
  for (const r of results) {
    for (const f of r.findings) {
      if (!isActive(f, opts)) continue;
      const { start, end } = f.range;
      const props: [string, string | number][] = [['file', fileLabel(r, f.file, opts.cwd)], ['line', start.line + 1]];
      if (start.line === end.line) props.push(['col', start.character + 1]);
      props.push(['endLine', end.line + 1]);
      if (start.line === end.line) props.push(['endColumn', Math.max(start.character + 1, end.character)]);
      props.push(['title', f.ruleId]);
      lines.push(`::${COMMAND[f.severity]} ${props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',')}::${escapeData(f.message)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
};
