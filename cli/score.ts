// `sova score [paths…] [--as-of] [--locale] [--format text|json]`: the sovereignty level per application
// (objectives SOV-1…8, unassessed ones apart, score, required level) and the landscape view.
// Exit code 0, or 2 on a usage error. Paths as in `sova check`: a directory is a workspace root; files
// are audited with the workspace they belong to and only their applications are listed (the landscape
// view always covers the whole workspace, since concentration is a property of the whole).
import { parseArgs } from 'node:util';
import { audit, relativePath } from '../engine';
import type { AuditResult, Locale } from '../engine';
import { OBJECTIVES } from '../engine/types';
import { locate } from '../engine/document';
import { maxScore } from '../engine/scoring';
import type { ApplicationScore } from '../engine/scoring';
import { formatLandscapeView, landscapeView } from '../engine/landscape-view';
import type { LandscapeView } from '../engine/landscape-view';
import type { Io } from './main';
import { auditOptions, clearProgress, COMMON_OPTIONS, groupTargets, open, UsageError } from './main';

const HELP = `Usage: sova score [paths…] [options]

Sovereignty level 0–4 per application (weakest assessed objective SOV-1…8 of the EU Cloud
Sovereignty Framework), its score (Σ weight × level/4), its required level, and the landscape view.

Options:
      --format text|json   output format (default text)
      --as-of DATE         audit as of YYYY-MM-DD (default: today in Europe/Berlin)
      --locale de|en       language (default: the config's locale, else de)
  -h, --help

Exit codes: 0 done · 2 usage error
`;

interface Scored { result: AuditResult; apps: ApplicationScore[]; view: LandscapeView; max: number }

export function scoreCommand(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: { ...COMMON_OPTIONS, format: { type: 'string', short: 'f', default: 'text' } },
  });
  if (values.help) { io.out(HELP); return 0; }
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`unknown format '${values.format}' for score; known: text, json`);
  const opts = auditOptions(values);
  const scored: Scored[] = [];
  for (const target of groupTargets(positionals.length ? positionals : ['.'], io.cwd)) {
    const ws = open(target, io);
    const keep = target.files ? new Set(target.files) : undefined;
    const result = audit(ws, opts);
    clearProgress(io);
    const apps = [...result.scores.values()].filter((s) => !keep || keep.has(s.entity.file));
    scored.push({ result, apps, view: landscapeView(result), max: maxScore(ws.loaded.config.policy) });
  }
  io.out(values.format === 'json' ? scoreJson(scored, io.cwd) : scoreText(scored, io.cwd));
  return 0;
}

// ── Text ─────────────────────────────────────────────────────────────────────────────────────────

const TEXT = {
  de: { catalogues: 'Kataloge', asOf: 'Stichtag', level: 'Stufe', unassessed: 'nicht bewertet', required: 'gefordert', below: 'darunter', score: 'Punkte', cappedBy: 'begrenzt durch', proprietary: 'proprietäre Lizenz', none: 'Keine Anwendungen.' },
  en: { catalogues: 'catalogues', asOf: 'as of', level: 'level', unassessed: 'unassessed', required: 'required', below: 'below', score: 'score', cappedBy: 'capped by', proprietary: 'proprietary licence', none: 'No applications.' },
};

function number(n: number, locale: Locale): string {
  return n.toLocaleString(locale === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 1 });
}

function scoreText(scored: Scored[], cwd: string): string {
  const out: string[] = [];
  for (const { result, apps, view, max } of scored) {
    const l = TEXT[result.locale];
    const rel = (file: string) => relativePath({ root: cwd }, file);
    const c = result.catalogues;
    out.push(`sova ${result.version} · ${l.asOf} ${result.asOf} · ${rel(result.root) || '.'}`);
    out.push(`${l.catalogues}: SPDX ${c.spdx} · standards ${c.standards} · end-of-life ${c.endOfLife} · countries ${c.countries}`, '');
    if (!apps.length) out.push(l.none, '');
    for (const s of apps) {
      const app = s.entity;
      const at = locate(app, ['id']);
      out.push(`${rel(app.file)}:${at.start.line + 1}  ${app.id}${app.name && app.name !== app.id ? ` (${app.name})` : ''}`);
      const level = s.level === undefined ? `${l.level} ${l.unassessed}` : `${l.level} ${s.level}`;
      const unassessed = s.level !== undefined && s.unassessed.length ? `; ${s.unassessed.join(', ')} ${l.unassessed}` : '';
      const required = s.requiredLevel === undefined ? '' : ` · ${l.required} ${s.requiredLevel}${s.level !== undefined && s.level < s.requiredLevel ? ` (${l.below})` : ''}`;
      out.push(`  ${level}${unassessed}${required} · ${l.score} ${number(s.score, result.locale)}/${number(max, result.locale)}`);
      out.push('  ' + OBJECTIVES.map((o) => `${o} ${s.objectives[o].assessed ? s.objectives[o].level : '–'}`).join('  '));
      const causes = OBJECTIVES.flatMap((o) => [
        ...s.objectives[o].cappedBy.map((c) => `${c.ruleId} ${o} ≤ ${c.cap} (${rel(c.file)}:${c.line + 1})`),
        ...(s.objectives[o].proprietaryLicence ? [`${l.proprietary} ${o} ≤ 2`] : []),
      ]);
      if (causes.length) out.push(`  ${l.cappedBy}: ${[...new Set(causes)].join(', ')}`);
      out.push('');
    }
    out.push(formatLandscapeView(view, result.locale));
  }
  return out.join('\n');
}

// ── JSON ─────────────────────────────────────────────────────────────────────────────────────────

function scoreJson(scored: Scored[], cwd: string): string {
  const first = scored[0]?.result;
  const doc = {
    tool: { name: 'sova', version: first?.version },
    asOf: first?.asOf,
    locale: first?.locale,
    catalogues: first?.catalogues,
    workspaces: scored.map(({ result, apps, view, max }) => {
      const rel = (file: string) => relativePath(result, file);
      return {
        root: relativePath({ root: cwd }, result.root) || '.',
        maxScore: max,
        applications: apps.map((s) => ({
          id: s.entity.id,
          ...(s.entity.name ? { name: s.entity.name } : {}),
          file: rel(s.entity.file),
          range: locate(s.entity, ['id']),
          level: s.level ?? null,
          requiredLevel: s.requiredLevel ?? null,
          belowRequired: s.level !== undefined && s.requiredLevel !== undefined && s.level < s.requiredLevel,
          score: s.score,
          unassessed: s.unassessed,
          personalData: s.personalData,
          objectives: Object.fromEntries(OBJECTIVES.map((o) => {
            const obj = s.objectives[o];
            return [o, {
              level: obj.assessed ? obj.level : null,
              assessed: obj.assessed,
              cappedBy: obj.cappedBy.map((c) => ({ ruleId: c.ruleId, cap: c.cap, file: rel(c.file), range: c.range, message: c.message })),
              ...(obj.proprietaryLicence ? { proprietaryLicence: true } : {}),
            }];
          })),
        })),
        landscape: view,
      };
    }),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
