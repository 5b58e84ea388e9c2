// The rule catalogue as a whole: every rule of rules.md exists with its metadata, has its
// generated page, fires on the Musterstadt sample, and stays quiet on the Vorbildstadt sample.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { audit, openWorkspace, RULES } from '../engine';
import { ruleDoc, ruleIndex } from '../engine/docs';

const REPO = path.resolve(__dirname, '../..');
const SPEC_IDS = [
  'SCHEMA', 'REF-001', 'REF-002', 'SUP-001', 'CFG-001',
  'LIC-001', 'LIC-002', 'LIC-003', 'LIC-004', 'LIC-005', 'LIC-006', 'LIC-007',
  'STD-001', 'STD-002', 'STD-003', 'STD-004', 'STD-005', 'STD-006', 'STD-007', 'STD-008',
  'JUR-001', 'JUR-002', 'JUR-003', 'JUR-004', 'JUR-005', 'JUR-006', 'JUR-007', 'JUR-008', 'JUR-009',
  'EXIT-001', 'EXIT-002', 'EXIT-003', 'EXIT-004', 'EXIT-005',
  'LIFE-001', 'LIFE-002', 'LIFE-003', 'LIFE-004', 'LIFE-005', 'LIFE-006', 'ENV-001', 'LEVEL-001',
];

describe('rule catalogue', () => {
  it('has every rule id of rules.md, plus PARSE', () => {
    assert.deepEqual(RULES.map((r) => r.meta.id).sort(), [...SPEC_IDS, 'PARSE'].sort());
  });

  it('every rule has titles, messages, rationale in German and English and sources', () => {
    for (const { meta } of RULES) {
      for (const text of [meta.title, meta.rationale, ...Object.values(meta.messages)]) {
        assert.ok(text.de.trim() && text.en.trim(), `${meta.id}: German and English text`);
      }
      assert.ok(meta.sources.length > 0, `${meta.id}: sources`);
      assert.ok(meta.messages.default || Object.keys(meta.messages).length, `${meta.id}: a message`);
    }
  });

  it('docs/rules is generated from the metadata and up to date (run `npm run docs` after changing a rule)', () => {
    for (const rule of RULES) {
      const file = path.join(REPO, 'docs', 'rules', `${rule.meta.id}.md`);
      assert.equal(fs.readFileSync(file, 'utf8'), ruleDoc(rule), `${rule.meta.id}.md is stale`);
    }
    assert.equal(fs.readFileSync(path.join(REPO, 'docs', 'rules', 'README.md'), 'utf8'), ruleIndex());
  });
});

describe('samples', () => {
  const asOf = '2026-11-23';

  it('every rule fires at least once on Musterstadt', () => {
    const result = audit(openWorkspace(path.join(REPO, 'samples', 'musterstadt')), { asOf });
    const fired = new Set(result.findings.filter((f) => !f.suppressed).map((f) => f.ruleId));
    const silent = RULES.map((r) => r.meta.id).filter((id) => id !== 'PARSE' && !fired.has(id));
    assert.deepEqual(silent, []);
    assert.ok(result.findings.some((f) => f.suppressed?.reason), 'a finding is suppressed with its justification');
  });

  it('Vorbildstadt has no finding at warning level or above', () => {
    const result = audit(openWorkspace(path.join(REPO, 'samples', 'vorbildstadt')), { asOf });
    const loud = result.findings.filter((f) => !f.suppressed && f.severity !== 'info');
    assert.deepEqual(loud.map((f) => `${f.ruleId} ${path.relative(REPO, f.file)}:${f.range.start.line + 1} ${f.message}`), []);
    assert.ok(result.landscape.all('Application').length >= 12);
  });
});
