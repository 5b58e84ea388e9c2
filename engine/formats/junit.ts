// JUnit XML for CI test reports (GitLab, Jenkins, Azure): one <testsuite> per rule, one <testcase>
// per rule × audited file. A testcase fails exactly when the file has an active finding of the rule
// at or above --fail-on (so the report agrees with the exit code); findings below that level,
// suppressed and baselined ones are listed in <system-out>, never as failures.
// Validated against the Jenkins xUnit junit-10.xsd (test/fixtures/junit.xsd).
import type { AuditResult } from '../audit';
import type { EngineFinding } from '../rule';
import type { Formatter, FormatOptions } from './common';
import { fails, fileLabel, localeOf, ruleMeta, runInfo, SEVERITY_RANK, statusOf } from './common';
import { RULES } from '../../rules';
import { localize } from '../i18n';

export const junit: Formatter = (results, opts) => {
  const info = runInfo(results);
  const locale = localeOf(results);
  const files = auditedFiles(results, opts);
  const props: [string, string][] = [
    ['sova.version', info.version], ['sova.asOf', info.asOf], ['sova.failOn', opts.failOn],
    ...Object.entries(info.catalogues).map(([k, v]): [string, string] => [`sova.catalogue.${k}`, String(v)]),
  ];
  const ruleIds = [...RULES.map((r) => r.meta.id), ...new Set(results.flatMap((r) => r.findings.map((f) => f.ruleId)).filter((id) => !ruleMeta(id)))];
  const byRuleFile = new Map<string, EngineFinding[]>();
  for (const r of results) {
    for (const f of r.findings) {
      const key = `${f.ruleId}\u0000${fileLabel(r, f.file, opts.cwd)}`;
      (byRuleFile.get(key) ?? byRuleFile.set(key, []).get(key)!).push(f);
    }
  }
  const resultOf = new Map<EngineFinding, AuditResult>();
  for (const r of results) for (const f of r.findings) resultOf.set(f, r);

  const suites: string[] = [];
  let total = 0;
  let failed = 0;
  for (const ruleId of ruleIds) {
    const meta = ruleMeta(ruleId);
    const title = meta ? localize(meta.title, locale) : ruleId;
    const cases: string[] = [];
    let suiteFailures = 0;
    for (const file of files) {
      const findings = byRuleFile.get(`${ruleId}\u0000${file}`) ?? [];
      const failing = findings.filter((f) => fails(f, opts.failOn, opts));
      const attrs = `name="${esc(file)}" classname="${esc(ruleId)}" time="0"`;
      const body: string[] = [];
      if (failing.length) {
        suiteFailures++;
        const worst = failing.reduce((a, b) => (SEVERITY_RANK[b.severity] > SEVERITY_RANK[a.severity] ? b : a));
        const message = failing.length === 1 ? failing[0].message : `${failing.length} × ${ruleId}: ${failing[0].message}`;
        body.push(`      <failure type="${worst.severity}" message="${esc(oneLine(message))}">${escText(failing.map((f) => line(f, file)).join('\n'))}</failure>`);
      }
      const others = findings.filter((f) => !failing.includes(f));
      if (others.length) body.push(`      <system-out>${escText(others.map((f) => line(f, file, statusOf(f, opts))).join('\n'))}</system-out>`);
      cases.push(body.length ? `    <testcase ${attrs}>\n${body.join('\n')}\n    </testcase>` : `    <testcase ${attrs}/>`);
    }
    total += files.length;
    failed += suiteFailures;
    suites.push([
      `  <testsuite name="${esc(`${ruleId} ${title}`)}" id="${esc(ruleId)}" tests="${files.length}" failures="${suiteFailures}" errors="0" skipped="0" time="0">`,
      '    <properties>',
      ...props.map(([k, v]) => `      <property name="${esc(k)}" value="${esc(v)}"/>`),
      '    </properties>',
      ...cases,
      '  </testsuite>',
    ].join('\n'));
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="sova ${esc(info.version)} (as of ${esc(info.asOf)})" tests="${total}" failures="${failed}" errors="0" time="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};

/** Every landscape file of the audit (with or without findings) plus files that only have findings. */
function auditedFiles(results: AuditResult[], opts: FormatOptions): string[] {
  const files = new Set<string>();
  for (const r of results) {
    for (const e of r.landscape?.entities ?? []) files.add(fileLabel(r, e.file, opts.cwd));
    for (const f of r.findings) files.add(fileLabel(r, f.file, opts.cwd));
  }
  return [...files].sort();
}

function line(f: EngineFinding, file: string, status?: string): string {
  const tag = status && status !== 'active' ? ` [${status}${status === 'suppressed' && f.suppressed ? `: ${f.suppressed.reason}` : ''}]` : '';
  return `${file}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${oneLine(f.message)}${tag}`;
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ');
}

/** XML 1.0 element text: markup characters escaped, characters XML 1.0 cannot carry dropped. */
export function escText(s: string): string {
  return s
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** XML 1.0 attribute value (in double quotes): also quotes and whitespace that parsers would normalise. */
export function esc(s: string): string {
  return escText(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
