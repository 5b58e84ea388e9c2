// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run per workspace.
// Levels: error → error, warning → warning, info → note. Locations are relative to the directory
// sova runs in (the repository checkout in CI: GitHub resolves relative paths against the
// repository root), with `uriBaseId` SRCROOT; regions are 1-based, `endColumn` is the column after
// the last character (UTF-16 code units). Every quick fix is a `fixes[]` entry (alternatives that
// need the user's choice carry `properties.needsChoice`); suppressed findings keep their
// justification in `suppressions`; with a baseline every result has a `baselineState`.
import type { AuditResult } from '../audit';
import type { EngineFinding } from '../rule';
import type { Fix, Locale, Range, RuleMeta, Severity } from '../types';
import type { Formatter, FormatOptions } from './common';
import { exitCode, fileLabel, levelRows, ruleLink, runInfo, statusOf, uriOfPath } from './common';
import { fingerprint, FINGERPRINT_VERSION, sourceOf } from './fingerprint';
import type { SourceFile } from '../document';
import { RULES } from '../../rules';
import { ruleDoc } from '../docs';
import { readJsonAsset } from '../assets';
import { localize } from '../i18n';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
const INFORMATION_URI: string | undefined = readJsonAsset('package.json').homepage;
/** GitHub shows at most 1024 characters of a rule's descriptions. */
const MAX_DESCRIPTION = 1024;

export const sarif: Formatter = (results, opts) => {
  const rules = RULES.map((r) => r.meta);
  const index = new Map(rules.map((m, i) => [m.id, i]));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: results.map((r) => run(r, rules, index, opts, results.length > 1)),
  };
  return JSON.stringify(log, null, 2) + '\n';
};

function run(result: AuditResult, rules: RuleMeta[], index: Map<string, number>, opts: FormatOptions, several: boolean) {
  const info = runInfo([result]);
  const root = fileLabel(result, result.root, opts.cwd);
  const uri = (file: string) => uriOfPath(fileLabel(result, file, opts.cwd));
  const levels = levelRows(result);
  const out: any[] = result.findings.map((f) => resultOf(result, f, index, uri, opts));
  for (const a of opts.baseline?.absent.get(result.root) ?? []) {
    out.push({
      ruleId: a.ruleId,
      ...(index.has(a.ruleId) ? { ruleIndex: index.get(a.ruleId) } : {}),
      kind: 'pass',
      level: 'none',
      message: { text: a.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: uri(a.file), uriBaseId: 'SRCROOT' }, region: { startLine: 1 } } }],
      partialFingerprints: { [FINGERPRINT_VERSION]: a.fingerprint },
      baselineState: 'absent',
    });
  }
  return {
    tool: {
      driver: {
        name: 'sova',
        fullName: 'sova — Digital Sovereignty Audit (KGSt action field 6)',
        version: info.version,
        semanticVersion: info.version,
        ...(INFORMATION_URI ? { informationUri: INFORMATION_URI } : {}),
        rules: rules.map((m) => descriptor(m, result.locale, opts)),
      },
    },
    ...(several ? { automationDetails: { id: `sova/${root}/` } } : {}),
    originalUriBaseIds: {
      SRCROOT: { description: { text: 'The directory sova ran in (the repository checkout in CI); file locations are relative to it.' } },
    },
    invocations: [{
      executionSuccessful: true,
      properties: { asOf: info.asOf, catalogues: info.catalogues, failOn: opts.failOn, exitCode: exitCode([result], opts.failOn, opts) },
    }],
    columnKind: 'utf16CodeUnits',
    properties: {
      asOf: info.asOf,
      toolVersion: info.version,
      catalogues: info.catalogues,
      locale: result.locale,
      workspaceRoot: root,
      ...(levels.length ? { levels: levels.map((l) => ({ ...l, file: l.file ? fileLabel(result, l.file, opts.cwd) : undefined })) } : {}),
    },
    results: out,
  };
}

function descriptor(m: RuleMeta, locale: Locale, opts: FormatOptions) {
  const rule = RULES.find((r) => r.meta === m)!;
  const title = localize(m.title, locale);
  const rationale = localize(m.rationale, locale);
  const fixes = m.fixes.map((f) => `- ${localize(f, locale)}`).join('\n');
  const text = [`${m.id}: ${title}`, rationale, fixes && (locale === 'de' ? `Behebung:\n${fixes}` : `How to fix:\n${fixes}`), `${locale === 'de' ? 'Quellen' : 'Sources'}: ${m.sources.join('; ')}`]
    .filter(Boolean).join('\n\n');
  return {
    id: m.id,
    name: pascalCase(m.title.en),
    shortDescription: { text: clip(title) },
    fullDescription: { text: clip(rationale) },
    helpUri: ruleLink(m.id, opts),
    help: { text, markdown: ruleDoc(rule) },
    defaultConfiguration: { level: LEVEL[m.severity] },
    properties: {
      facet: m.facet,
      ...(m.objective ? { objective: m.objective } : {}),
      ...(m.cap !== undefined ? { cap: m.cap } : {}),
      tags: ['sovereignty', `facet-${m.facet}`, ...(m.objective ? [m.objective] : [])],
      precision: 'very-high',
      'problem.severity': m.severity === 'info' ? 'recommendation' : m.severity,
    },
  };
}

function resultOf(result: AuditResult, f: EngineFinding, index: Map<string, number>, uri: (file: string) => string, opts: FormatOptions) {
  const fp = fingerprint(result, f);
  const status = statusOf(f, opts);
  const loc = (file: string, range: Range) => ({ artifactLocation: { uri: uri(file), uriBaseId: 'SRCROOT' }, region: region(range) });
  const src = sourceOf(result, f.file);
  const primary = src ? { ...loc(f.file, f.range), ...withSnippet(src, f.range) } : loc(f.file, f.range);
  return {
    ruleId: f.ruleId,
    ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [{
      physicalLocation: primary,
      ...(f.entity ? { logicalLocations: [{ name: f.entity.id, fullyQualifiedName: `${f.entity.kind}/${f.entity.id}`, kind: 'object' }] } : {}),
    }],
    ...(f.related?.length ? { relatedLocations: f.related.map((r, i) => ({ id: i + 1, physicalLocation: loc(r.file, r.range), message: { text: r.message } })) } : {}),
    partialFingerprints: { [FINGERPRINT_VERSION]: fp, primaryLocationLineHash: fp },
    ...(f.fixes?.length ? { fixes: f.fixes.map((x) => fixOf(x, uri)) } : {}),
    ...(f.suppressed ? {
      suppressions: [{
        kind: 'inSource',
        status: 'accepted',
        justification: f.suppressed.reason,
        location: { physicalLocation: loc(f.suppressed.file, f.suppressed.range) },
        ...(f.suppressed.until ? { properties: { until: f.suppressed.until } } : {}),
      }],
    } : {}),
    ...(opts.baseline ? { baselineState: status === 'baselined' ? 'unchanged' : 'new' } : {}),
    properties: {
      ...(f.entity ? { entity: f.entity } : {}),
      ...(f.tags?.length ? { tags: f.tags } : {}),
    },
  };
}

function fixOf(fix: Fix, uri: (file: string) => string) {
  const byFile = new Map<string, Fix['edits']>();
  for (const e of fix.edits) (byFile.get(e.file) ?? byFile.set(e.file, []).get(e.file)!).push(e);
  return {
    description: { text: fix.title },
    artifactChanges: [...byFile].map(([file, edits]) => ({
      artifactLocation: { uri: uri(file), uriBaseId: 'SRCROOT' },
      replacements: edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })),
    })),
    ...(fix.needsChoice || fix.preferred ? { properties: { ...(fix.needsChoice ? { needsChoice: true } : {}), ...(fix.preferred ? { preferred: true } : {}) } } : {}),
  };
}

/** The located text as `region.snippet` and its whole lines as `contextRegion` (for viewers without the sources). */
function withSnippet(src: SourceFile, r: Range) {
  const text = src.text;
  const start = src.offset(r.start);
  const end = src.offset(r.end);
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', Math.max(end, start));
  if (lineEnd < 0) lineEnd = text.length;
  const context = text.slice(lineStart, lineEnd).replace(/\r$/, '');
  const endPos = src.position(lineStart + context.length);
  const withRegion = { region: { ...region(r), snippet: { text: text.slice(start, end) } } };
  // SARIF requires the context to be a proper superset of the region.
  if (lineStart === start && lineStart + context.length <= end) return withRegion;
  return {
    ...withRegion,
    contextRegion: { startLine: r.start.line + 1, startColumn: 1, endLine: endPos.line + 1, endColumn: endPos.character + 1, snippet: { text: context } },
  };
}

function region(r: Range) {
  return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

/**
 * "Listed as open source, but not OSI-approved" → "ListedAsOpenSourceButNotOsiApproved". The article
 * "a" is left out: a one-letter word would put two capitals side by side ("NotAValid").
 */
export function pascalCase(title: string): string {
  return title.split(/[^\p{L}\p{N}]+/u).filter((w) => w && w.toLowerCase() !== 'a').map((w) => w[0].toUpperCase() + w.slice(1).toLowerCase()).join('');
}

function clip(s: string): string {
  return s.length <= MAX_DESCRIPTION ? s : s.slice(0, MAX_DESCRIPTION - 1) + '…';
}
