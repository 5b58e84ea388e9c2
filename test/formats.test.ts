// The output formats on a small landscape: structure, escaping, suppressed findings, exit codes.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { RULES } from '../engine';
import { exitCode, SEVERITY_RANK } from '../engine/formats/common';
import type { FormatOptions } from '../engine/formats/common';
import { FORMATS } from '../engine/formats';
import { csvCell } from '../engine/formats/csv';
import { escapeData, escapeProperty } from '../engine/formats/github';
import { pascalCase } from '../engine/formats/sarif';
import { codeQualitySeverity } from '../engine/formats/gitlab';
import { packageRoot } from '../engine/assets';
import { fixtureAudit, FORMULA_NAME, HOSTILE_NAME, render } from './formats-fixture';
import { auditYaml } from './harness';
import type { Severity } from '../engine';

const schema = (name: string) => JSON.parse(fs.readFileSync(path.join(packageRoot(), 'schemas', name), 'utf8'));

/** RFC 4180 parser (quoted fields, doubled quotes, CRLF), enough to read our CSV back. */
export function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === delimiter) { row.push(cell); cell = ''; } else if (ch === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; } else cell += ch;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

describe('output formats', () => {
  const t = fixtureAudit('en');
  const results = [t.result];

  it('the fixture has an error with a fix, a warning with choices, an info and a suppressed warning', () => {
    assert.deepEqual(t.result.findings.map((f) => [f.ruleId, f.severity, !!f.suppressed]), [
      ['LIC-004', 'warning', true], ['LIC-003', 'warning', false], ['LIC-001', 'error', false], ['LIFE-006', 'info', false],
    ]);
  });

  describe('json', () => {
    const doc = JSON.parse(render('json', results));
    it('validates against schemas/report.schema.json', () => {
      const ajv = new Ajv2020({ allErrors: true, strict: true });
      const validate = ajv.compile(schema('report.schema.json'));
      assert.ok(validate(doc), JSON.stringify(validate.errors, null, 2));
    });
    it('documents every property of the schema', () => {
      const missing: string[] = [];
      const walk = (node: any, where: string) => {
        if (!node || typeof node !== 'object') return;
        if (node.properties) for (const [k, v] of Object.entries<any>(node.properties)) { if (!v.description) missing.push(`${where}.${k}`); walk(v, `${where}.${k}`); }
        for (const key of ['items', 'additionalProperties']) if (node[key] && typeof node[key] === 'object') walk(node[key], `${where}[${key}]`);
        if (node.$defs) for (const [k, v] of Object.entries(node.$defs)) walk(v, `#${k}`);
      };
      const s = schema('report.schema.json');
      assert.equal(s.$id, 'https://sova.example/schemas/report.schema.json');
      walk(s, '');
      assert.deepEqual(missing, []);
    });
    it('records as-of, tool and catalogue versions, fingerprints and the suppression', () => {
      assert.equal(doc.asOf, '2026-11-23');
      assert.equal(doc.tool.name, 'sova');
      assert.deepEqual(Object.keys(doc.catalogues).sort(), ['countries', 'endOfLife', 'spdx', 'standards']);
      const ws = doc.workspaces[0];
      assert.deepEqual(ws.summary, { error: 1, warning: 1, info: 1, suppressed: 1, baselined: 0 });
      assert.ok(ws.findings.every((f: any) => /^[0-9a-f]{32}$/.test(f.fingerprint)));
      const sup = ws.findings.find((f: any) => f.ruleId === 'LIC-004');
      assert.equal(sup.suppressed.reason, 'Beschluss IT-Lenkungskreis 2026-03-12: Ablösung bis 2027');
      assert.equal(sup.suppressed.until, '2027-06-30');
      assert.equal(sup.file, 'landscape/apps.yaml');
      assert.equal(doc.exitCode, 1);
    });
    it('includes the levels per application when scores exist', () => {
      const ws = doc.workspaces[0];
      if (!t.result.scores.size) return assert.equal(ws.levels, undefined);
      assert.deepEqual(ws.levels.map((l: any) => l.id), ['mail', 'nolic', 'ratsinfo']);
      assert.ok(ws.levels.every((l: any) => l.level === null || (l.level >= 0 && l.level <= 4)));
    });
  });

  describe('sarif', () => {
    const log = JSON.parse(render('sarif', results));
    const run = log.runs[0];
    it('is SARIF 2.1.0 with one run and every rule of the catalogue', () => {
      assert.equal(log.version, '2.1.0');
      assert.match(log.$schema, /sarif-2\.1\.0/);
      assert.equal(log.runs.length, 1);
      assert.equal(run.tool.driver.name, 'sova');
      assert.deepEqual(run.tool.driver.rules.map((r: any) => r.id), RULES.map((r) => r.meta.id));
      for (const r of run.tool.driver.rules) {
        assert.match(r.name, /^[A-Z][A-Za-z0-9]*$/, r.id);
        assert.ok(r.shortDescription.text && r.fullDescription.text && r.help.text && r.help.markdown, r.id);
        assert.equal(r.helpUri, `https://docs.example.org/sova/rules/${r.id}.md`);
        assert.ok(['error', 'warning', 'note'].includes(r.defaultConfiguration.level));
        assert.ok(r.properties.facet && Array.isArray(r.properties.tags));
      }
      const lic004 = run.tool.driver.rules.find((r: any) => r.id === 'LIC-004');
      assert.equal(lic004.name, 'ListedAsOpenSourceButNotOsiApproved');
      assert.deepEqual([lic004.properties.objective, lic004.properties.cap], ['SOV-6', 2]);
    });
    it('records as-of date, tool and catalogue versions', () => {
      assert.equal(run.properties.asOf, '2026-11-23');
      assert.equal(run.invocations[0].executionSuccessful, true);
      assert.equal(run.invocations[0].properties.asOf, '2026-11-23');
      assert.deepEqual(run.properties.catalogues, t.result.catalogues);
      assert.ok(run.originalUriBaseIds.SRCROOT);
    });
    it('maps severities, 1-based regions, rule indices, fingerprints', () => {
      assert.deepEqual(run.results.map((r: any) => [r.ruleId, r.level]), [['LIC-004', 'warning'], ['LIC-003', 'warning'], ['LIC-001', 'error'], ['LIFE-006', 'note']]);
      const r = run.results[1];
      const f = t.result.findings[1];
      assert.equal(run.tool.driver.rules[r.ruleIndex].id, r.ruleId);
      const loc = r.locations[0].physicalLocation;
      assert.deepEqual(loc.artifactLocation, { uri: 'landscape/apps.yaml', uriBaseId: 'SRCROOT' });
      assert.deepEqual([loc.region.startLine, loc.region.startColumn, loc.region.endLine, loc.region.endColumn],
        [f.range.start.line + 1, f.range.start.character + 1, f.range.end.line + 1, f.range.end.character + 1]);
      assert.equal(loc.region.snippet.text, 'GPL-3.0');
      assert.match(r.partialFingerprints['sova/v1'], /^[0-9a-f]{32}$/);
    });
    it('carries every quick fix as replacements, choices marked', () => {
      const lic003 = run.results[1];
      const titles = t.findings('LIC-003')[0].fixes!.map((x) => x.title);
      assert.equal(titles.length, 2);
      assert.deepEqual(lic003.fixes.map((x: any) => [x.description.text, x.properties?.needsChoice]), titles.map((x) => [x, true]));
      const rep = lic003.fixes[0].artifactChanges[0].replacements[0];
      assert.equal(rep.insertedContent.text, 'GPL-3.0-only');
      assert.deepEqual(rep.deletedRegion, { startLine: 15, startColumn: 17, endLine: 15, endColumn: 24 });
    });
    it('keeps suppressed findings with their justification and expiry', () => {
      const [s] = run.results[0].suppressions;
      assert.deepEqual([s.kind, s.status, s.justification, s.properties.until],
        ['inSource', 'accepted', 'Beschluss IT-Lenkungskreis 2026-03-12: Ablösung bis 2027', '2027-06-30']);
      assert.equal(s.location.physicalLocation.region.startLine, 7);
      assert.equal(run.results[1].suppressions, undefined);
    });
    it('names rules in PascalCase', () => {
      assert.equal(pascalCase('File is not readable YAML'), 'FileIsNotReadableYaml');
      assert.equal(pascalCase('Licence missing'), 'LicenceMissing');
      assert.equal(pascalCase('Not a valid SPDX licence expression'), 'NotValidSpdxLicenceExpression');
    });
  });

  describe('junit', () => {
    const xml = render('junit', results);
    it('has a testsuite per rule and a testcase per rule × file', () => {
      assert.equal((xml.match(/<testsuite /g) ?? []).length, RULES.length);
      assert.equal((xml.match(/<testcase /g) ?? []).length, RULES.length * 1);
      assert.match(xml, /<property name="sova.asOf" value="2026-11-23"\/>/);
    });
    it('fails only for active findings at or above --fail-on', () => {
      const failing = (failOn: Severity | 'never') => (render('junit', results, { failOn }).match(/<failure /g) ?? []).length;
      assert.equal(failing('error'), 1);
      assert.equal(failing('warning'), 2); // LIC-001, LIC-003 — the suppressed LIC-004 never
      assert.equal(failing('info'), 3);
      assert.equal(failing('never'), 0);
      assert.match(xml, /<system-out>landscape\/apps\.yaml:8:34 warning .*\[suppressed: Beschluss IT-Lenkungskreis/);
    });
    it('escapes markup in names', () => {
      assert.ok(!xml.includes('<script>'));
    });
  });

  describe('gitlab', () => {
    const issues = JSON.parse(render('gitlab', results));
    it('lists active findings only, with stable fingerprints and mapped severities', () => {
      assert.deepEqual(issues.map((i: any) => [i.check_name, i.severity, i.location.path, i.location.lines.begin]), [
        ['LIC-003', 'minor', 'landscape/apps.yaml', 15], ['LIC-001', 'major', 'landscape/apps.yaml', 18], ['LIFE-006', 'info', 'landscape/apps.yaml', 18],
      ]);
      const json = JSON.parse(render('json', results)).workspaces[0].findings;
      assert.equal(issues[0].fingerprint, json[1].fingerprint);
      assert.equal(new Set(issues.map((i: any) => i.fingerprint)).size, issues.length);
      assert.ok(issues.every((i: any) => i.description.startsWith(i.check_name)));
    });
    it('maps errors of rules capping at 0 to critical', () => {
      const cap0 = RULES.find((r) => r.meta.cap === 0 && r.meta.severity === 'error');
      if (!cap0) return;
      assert.equal(codeQualitySeverity({ ruleId: cap0.meta.id, severity: 'error' } as any), 'critical');
    });
  });

  describe('github', () => {
    it('escapes data and properties like @actions/core', () => {
      assert.equal(escapeData('50% done\r\nnext'), '50%25 done%0D%0Anext');
      assert.equal(escapeProperty('a:b,c%'), 'a%3Ab%2Cc%25');
    });
    it('writes one workflow command per active finding, info as notice', () => {
      const lines = render('github', results).trimEnd().split('\n');
      assert.deepEqual(lines.map((l) => l.slice(0, l.indexOf(' '))), ['::warning', '::error', '::notice']);
      assert.equal(lines[0], `::warning file=landscape/apps.yaml,line=15,col=17,endLine=15,endColumn=23,title=LIC-003::${t.findings('LIC-003')[0].message}`);
    });
    it('cannot be broken out of by a newline in a message', () => {
      const hostile = auditYaml({ 'a.yaml': 'apiVersion: sova/v1\nkind: Application\nid: x\nname: "a\\n::error::owned"\n' }, {});
      const out = render('github', [hostile.result]);
      assert.ok(out.split('\n').every((l) => l === '' || /^::(error|warning|notice) file=/.test(l)), out);
    });
  });

  describe('csv', () => {
    const text = render('csv', results);
    const rows = parseCsv(text.slice(1), ';');
    it('starts with a BOM, has a header and one row per finding including suppressed ones', () => {
      assert.equal(text.charCodeAt(0), 0xfeff);
      assert.deepEqual(rows[0], ['rule', 'title', 'severity', 'facet', 'objective', 'file', 'line', 'column', 'entity kind', 'entity id', 'name', 'message', 'suppressed', 'justification', 'until']);
      assert.equal(rows.length - 1, t.result.findings.length);
      assert.ok(rows.every((r) => r.length === 15));
      assert.ok(text.endsWith('\r\n'));
    });
    it('keeps the justification and expiry of suppressed findings', () => {
      const sup = rows.find((r) => r[0] === 'LIC-004')!;
      assert.deepEqual(sup.slice(12), ['yes', 'Beschluss IT-Lenkungskreis 2026-03-12: Ablösung bis 2027', '2027-06-30']);
    });
    it('quotes per RFC 4180 and guards against formula injection', () => {
      const mail = rows.find((r) => r[0] === 'LIC-003')!;
      assert.equal(mail[10], `'${FORMULA_NAME}`);
      assert.equal(csvCell('=1+1', ';'), "'=1+1");
      assert.equal(csvCell('-2', ';'), "'-2");
      assert.equal(csvCell('@SUM(A1)', ';'), "'@SUM(A1)");
      assert.equal(csvCell('a;b', ';'), '"a;b"');
      assert.equal(csvCell('say "hi"', ','), '"say ""hi"""');
      assert.equal(csvCell('two\nlines', ','), '"two\nlines"');
      assert.equal(csvCell('plain', ';'), 'plain');
    });
    it('uses the delimiter given and German headers and ja/nein in German', () => {
      const de = render('csv', [fixtureAudit('de').result], { delimiter: ',' });
      const r = parseCsv(de.slice(1), ',');
      assert.equal(r[0][0], 'Regel');
      assert.equal(r.length - 1, 4);
      assert.deepEqual(r.slice(1).map((x) => x[12]), ['ja', 'nein', 'nein', 'nein']);
      const tab = parseCsv(render('csv', results, { delimiter: '\t' }).slice(1), '\t');
      assert.equal(tab[1].length, 15);
    });
  });

  describe('html', () => {
    const page = render('html', results);
    it('is self-contained: no URL but the documentation links, and a CSP that forbids loading', () => {
      const urls = [...page.matchAll(/(?:href|src|action)\s*=\s*"([^"]*)"/g)].map((m) => m[1]);
      const external = urls.filter((u) => !u.startsWith('#') && !u.startsWith('https://docs.example.org/sova/rules/'));
      assert.deepEqual(external, []);
      assert.ok(!/\bsrc=|@import|url\(/i.test(page));
      assert.match(page, /Content-Security-Policy" content="default-src 'none'/);
      assert.ok(urls.some((u) => u.startsWith('https://docs.example.org/sova/rules/LIC-001.md')));
    });
    it('escapes a <script> planted in a YAML name', () => {
      assert.ok(!page.includes('<script>alert(1)'));
      assert.ok(page.includes(HOSTILE_NAME.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')));
      assert.equal((page.match(/<script>/g) ?? []).length, 1, 'only the report\'s own script');
    });
    it('shows suppressed findings with their justification, filters and a print stylesheet', () => {
      assert.match(page, /data-status="suppressed"/);
      assert.match(page, /Beschluss IT-Lenkungskreis 2026-03-12: Ablösung bis 2027 <i>\(until 2027-06-30\)<\/i>/);
      for (const id of ['f-severity', 'f-facet', 'f-rule', 'f-text', 'f-suppressed']) assert.match(page, new RegExp(`id="${id}"`));
      assert.match(page, /@media print/);
      assert.match(page, /2026-11-23/);
    });
    it('speaks German when the locale is de', () => {
      const de = render('html', [fixtureAudit('de').result]);
      assert.match(de, /<html lang="de">/);
      assert.match(de, /Bericht Digitale Souveränität/);
      assert.match(de, /Begründung/);
    });
  });

  describe('markdown', () => {
    const md = render('markdown', results);
    it('has a summary table, findings by file with line links, suppressed ones collapsed', () => {
      assert.match(md, /\| `\.` \| 1 \| 1 \| 1 \| 1 \|/);
      assert.match(md, /### `landscape\/apps\.yaml`/);
      assert.match(md, /\[landscape\/apps\.yaml:15\]\(landscape\/apps\.yaml#L15\)/);
      const details = md.slice(md.indexOf('<details>'), md.indexOf('</details>'));
      assert.match(details, /LIC-004/);
      assert.match(details, /Beschluss IT-Lenkungskreis/);
      assert.ok(!md.slice(0, md.indexOf('<details>')).includes('LIC-004'));
    });
    it('escapes HTML and Markdown from the landscape', () => {
      assert.ok(!md.includes('<script>'));
      assert.match(md, /Ratsinfo &lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; "Co"/);
    });
  });

  describe('stylish', () => {
    it('groups by file, hides suppressed findings, ends with a summary; colour only when asked', () => {
      const plain = render('stylish', results);
      assert.ok(!plain.includes('\x1b['));
      assert.match(plain, /^landscape\/apps\.yaml\n {2}15:17 +warning +The SPDX id/m);
      assert.ok(!plain.includes('LIC-004'));
      assert.match(plain, /✖ 3 findings \(1 errors, 1 warnings, 1 infos\), 1 suppressed with justification · as of 2026-11-23\n$/);
      assert.ok(render('stylish', results, { color: true }).includes('\x1b[31m'));
    });
    it('shows the level per application when scores exist', () => {
      const out = render('stylish', results);
      if (t.result.scores.size) assert.match(out, /Sovereignty level per application/);
    });
  });

  it('every format agrees with the exit code for every --fail-on', () => {
    for (const failOn of ['error', 'warning', 'info', 'never'] as const) {
      const code = exitCode(results, failOn);
      const expected = t.result.findings.some((f) => !f.suppressed && failOn !== 'never' && SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]) ? 1 : 0;
      assert.equal(code, expected, failOn);
      const opts: Partial<FormatOptions> = { failOn };
      assert.equal(JSON.parse(render('json', results, opts)).exitCode, code);
      assert.equal(JSON.parse(render('sarif', results, opts)).runs[0].invocations[0].properties.exitCode, code);
      assert.equal(/<failure /.test(render('junit', results, opts)), code === 1, failOn);
    }
  });

  it('every registered format renders an empty landscape', () => {
    const empty = auditYaml({ 'a.yaml': '# nichts\n' });
    for (const [name, format] of Object.entries(FORMATS)) assert.equal(typeof format([empty.result], { failOn: 'error' }), 'string', name);
  });
});

describe('paths in URIs', () => {
  it('escape # and ? in every segment', () => {
    const { uriOfPath } = require('../engine/formats/common') as typeof import('../engine/formats/common');
    assert.equal(uriOfPath('landscape/a#1 b?.yaml'), 'landscape/a%231%20b%3F.yaml');
  });
});
