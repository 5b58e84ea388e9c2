// One Markdown page per rule, generated from the rule's metadata (the page a finding links to).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES } from '../rules';
import type { Rule } from './rule';
import { packageRoot } from './assets';

const FACETS: Record<string, string> = {
  T: 'T — technologische Souveränität / technological sovereignty',
  D: 'D — Datensouveränität / data sovereignty',
  DT: 'DT — Demokratie und Transparenz / democracy and transparency',
  KS: 'KS — Wissen und Nachhaltigkeit / knowledge and sustainability',
  integrity: 'Integrität des Inventars / inventory integrity',
};

const docsUrls = new Map<string, string>();

/** The link of a rule's documentation: the generated page shipped with sova (memoized: one per finding is slow). */
export function docsUrl(ruleId: string): string {
  let url = docsUrls.get(ruleId);
  if (url === undefined) docsUrls.set(ruleId, (url = pathToFileURL(path.join(packageRoot(), 'docs', 'rules', `${ruleId}.md`)).href));
  return url;
}

export function ruleDoc(rule: Rule): string {
  const m = rule.meta;
  const lines = [
    `# ${m.id} — ${m.title.de}`,
    '',
    `*${m.title.en}*`,
    '',
    '| | |',
    '|---|---|',
    `| Schweregrad / severity | ${m.severity} |`,
    `| Facette / facet | ${FACETS[m.facet]} |`,
    `| Ziel / objective | ${m.objective ? `${m.objective}, Deckel / cap ${m.cap}` : '—'} |`,
    '',
    '## Was geprüft wird / What is checked',
    '',
    ...Object.entries(m.messages).map(([id, t]) => `- \`${id}\`: ${t.de}  \n  *${t.en}*`),
    '',
    '## Warum / Why',
    '',
    m.rationale.de,
    '',
    `*${m.rationale.en}*`,
    '',
    '## Quellen / Sources',
    '',
    ...m.sources.map((s) => `- ${s}`),
    '',
    '## Behebung / How to fix',
    '',
    ...(m.fixes.length ? m.fixes.map((f) => `- ${f.de}  \n  *${f.en}*`) : ['Keine automatische Korrektur; die Daten oder die Lage müssen sich ändern. / No automatic fix; the data or the situation must change.']),
    '',
  ];
  if (m.examples?.bad) lines.push('## Beispiel mit Befund / Example with finding', '', '```yaml', m.examples.bad, '```', '');
  if (m.examples?.good) lines.push('## Beispiel ohne Befund / Example without finding', '', '```yaml', m.examples.good, '```', '');
  lines.push(`Unterdrücken mit Begründung / suppress with justification: \`# sova-ignore ${m.id} until JJJJ-MM-TT -- Begründung\``, '');
  return lines.join('\n');
}

export function ruleIndex(): string {
  const rows = RULES.map(({ meta: m }) => `| [${m.id}](${m.id}.md) | ${m.title.de} | ${m.severity} | ${m.facet} | ${m.objective ? `${m.objective} · ${m.cap}` : '—'} |`);
  return ['# Regelkatalog / Rule catalogue', '', '| id | Titel | severity | facet | SOV · cap |', '|---|---|---|---|---|', ...rows, ''].join('\n');
}

export function writeRuleDocs(dir: string): number {
  fs.mkdirSync(dir, { recursive: true });
  for (const rule of RULES) fs.writeFileSync(path.join(dir, `${rule.meta.id}.md`), ruleDoc(rule));
  fs.writeFileSync(path.join(dir, 'README.md'), ruleIndex());
  return RULES.length;
}
