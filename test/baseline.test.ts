// The baseline: file format, matching, and the round trip through the CLI.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { BaselineError, createBaseline, matchBaseline, parseBaseline, serializeBaseline } from '../engine/baseline';
import { packageRoot } from '../engine/assets';
import { app } from './harness';
import { fixtureAudit } from './formats-fixture';
import { AS_OF, sova, tempDir, writeFiles } from './cli-helpers';
import { ROOT } from './harness';

const CONFIG = 'include: [landscape/**/*.yaml]\nlocale: en\n';
const APPS = [
  '# Fachverfahren',
  app('mail', 'lastReviewed: 2026-10-01\nlicence: {spdx: GPL-3.0, model: open-source}  # laut Vertrag\n').trimEnd(),
  '---',
  app('nolic', 'lastReviewed: 2026-10-01\n').trimEnd(),
  '',
].join('\n');

describe('baseline', () => {
  it('holds every active finding, sorted, with paths relative to its folder; suppressed ones are left out', () => {
    const t = fixtureAudit();
    const b = createBaseline([t.result], ROOT);
    assert.deepEqual(b.findings.map((e) => e.ruleId), ['LIC-001', 'LIC-003', 'LIFE-006']);
    assert.ok(b.findings.every((e) => e.file === 'landscape/apps.yaml' && /^[0-9a-f]{32}$/.test(e.fingerprint)));
    assert.equal(b.findings[0].entity, 'Application/nolic');
    assert.equal(b.asOf, '2026-11-23');
    const ajv = new Ajv2020({ strict: true });
    const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(packageRoot(), 'schemas', 'baseline.schema.json'), 'utf8')));
    assert.ok(validate(JSON.parse(serializeBaseline(b))), JSON.stringify(validate.errors));
  });

  it('matches findings by file and fingerprint; the rest are new, unmatched entries absent', () => {
    const t = fixtureAudit();
    const b = createBaseline([t.result], ROOT);
    const gone = { fingerprint: 'f'.repeat(32), ruleId: 'LIC-002', file: 'landscape/apps.yaml', message: 'old' };
    const otherFile = { ...b.findings[0], file: 'landscape/other.yaml' };
    b.findings = [b.findings[0], b.findings[2], gone, otherFile];
    const m = matchBaseline([t.result], b, ROOT);
    assert.deepEqual([...m.unchanged].map((f) => f.ruleId).sort(), ['LIC-001', 'LIFE-006']);
    assert.deepEqual((m.absent.get(ROOT) ?? []).map((a) => a.ruleId), ['LIC-002', 'LIC-001']);
    const narrow = matchBaseline([t.result], b, ROOT, (file) => file.endsWith('apps.yaml'));
    assert.deepEqual((narrow.absent.get(ROOT) ?? []).map((a) => a.ruleId), ['LIC-002']);
  });

  it('rejects files that are not a baseline with a readable message', () => {
    assert.throws(() => parseBaseline('nope'), BaselineError);
    assert.throws(() => parseBaseline('{"version": 2, "findings": []}'), /not a sova baseline/);
    assert.throws(() => parseBaseline('{"version": 1, "findings": [{"ruleId": "X"}]}'), /entry 1 needs/);
    assert.equal(parseBaseline('\ufeff{"version": 1, "tool": "sova", "asOf": "2026-01-01", "findings": []}').findings.length, 0);
  });

  describe('round trip through the CLI', () => {
    let root: string;
    beforeEach(() => {
      root = path.join(tempDir(), 'stadt');
      writeFiles(root, { 'sova.config.yaml': CONFIG, 'landscape/apps.yaml': APPS });
    });

    it('baseline → check passes → a new problem fails with only the new one → a fixed one is absent', () => {
      assert.equal(sova(['check', '--as-of', AS_OF], root).code, 1);
      const made = sova(['baseline', '--as-of', AS_OF], root);
      assert.equal(made.code, 0, made.err);
      assert.match(made.err, /wrote 2 finding\(s\) to sova-baseline\.json/);
      const file = path.join(root, 'sova-baseline.json');
      const text = fs.readFileSync(file, 'utf8');
      assert.deepEqual(JSON.parse(text).findings.map((e: any) => [e.ruleId, e.file, e.entity]), [
        ['LIC-001', 'landscape/apps.yaml', 'Application/nolic'], ['LIC-003', 'landscape/apps.yaml', 'Application/mail'],
      ]);

      const clean = sova(['check', '--as-of', AS_OF, '--baseline', 'sova-baseline.json', '--fail-on', 'warning'], root);
      assert.equal(clean.code, 0, clean.out + clean.err);
      assert.match(clean.out, /0 findings .*2 known from the baseline/);

      // Lines move (a comment on top) and a new problem appears.
      fs.writeFileSync(path.join(root, 'landscape/apps.yaml'), '# Neu: Kopfzeile\n# zweite Zeile\n' + APPS + '---\n' + app('neu', 'lastReviewed: 2026-10-01\n'));
      const dirty = sova(['check', '--as-of', AS_OF, '--baseline', 'sova-baseline.json', '-f', 'json'], root);
      assert.equal(dirty.code, 1);
      const findings = JSON.parse(dirty.out).workspaces[0].findings;
      assert.deepEqual(findings.filter((f: any) => f.baselineState === 'new').map((f: any) => [f.ruleId, f.entity.id]), [['LIC-001', 'neu']]);
      assert.equal(findings.filter((f: any) => f.baselineState === 'unchanged').length, 2);
      const stylish = sova(['check', '--as-of', AS_OF, '--baseline', 'sova-baseline.json'], root).out;
      assert.equal((stylish.match(/LIC-001/g) ?? []).length, 1, stylish);

      // Fix a baselined problem: it is reported as absent.
      fs.writeFileSync(path.join(root, 'landscape/apps.yaml'), APPS.replace('GPL-3.0,', 'GPL-3.0-only,'));
      const fixed = sova(['check', '--as-of', AS_OF, '--baseline', 'sova-baseline.json', '-f', 'json', '-f', 'sarif', '-o', 'out.sarif'], root);
      assert.equal(fixed.code, 0);
      assert.deepEqual(JSON.parse(fixed.out).workspaces[0].absent.map((a: any) => a.ruleId), ['LIC-003']);
      const sarif = JSON.parse(fs.readFileSync(path.join(root, 'out.sarif'), 'utf8'));
      assert.deepEqual(sarif.runs[0].results.map((r: any) => [r.ruleId, r.baselineState]), [['LIC-001', 'unchanged'], ['LIC-003', 'absent']]);
    });

    it('the baseline matches wherever sova runs from', () => {
      sova(['baseline', '--as-of', AS_OF, '-o', 'ci/baseline.json'], root);
      const fromParent = sova(['check', 'stadt', '--as-of', AS_OF, '--baseline', 'stadt/ci/baseline.json'], path.dirname(root));
      assert.equal(fromParent.code, 0, fromParent.out);
    });

    it('-o - prints the baseline; a missing or broken baseline is a usage error', () => {
      const printed = sova(['baseline', '--as-of', AS_OF, '-o', '-'], root);
      assert.equal(JSON.parse(printed.out).findings.length, 2);
      assert.ok(!fs.existsSync(path.join(root, 'sova-baseline.json')));
      const missing = sova(['check', '--baseline', 'nope.json'], root);
      assert.equal(missing.code, 2);
      assert.match(missing.err, /cannot read the baseline nope\.json/);
      fs.writeFileSync(path.join(root, 'bad.json'), '{"version": 1}');
      const bad = sova(['check', '--baseline', 'bad.json'], root);
      assert.equal(bad.code, 2);
      assert.match(bad.err, /the baseline bad\.json is invalid/);
    });
  });
});
