// `--fix` logic (engine/fix.ts) and the unified diff of `--fix-dry-run`.
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { chooseFix, fixAll, offsetOf, planFixes } from '../engine/fix';
import { unifiedDiff } from '../engine/formats/diff';
import { templateId } from '../engine/formats/fingerprint';
import type { EngineFinding, Fix } from '../engine';
import { app, auditYaml, ROOT } from './harness';

const edit = (file: string, line: number, from: number, to: number, newText: string) =>
  ({ file, range: { start: { line, character: from }, end: { line, character: to } }, newText });
const finding = (fixes: Fix[], extra: Partial<EngineFinding> = {}): EngineFinding =>
  ({ ruleId: 'LIC-001', severity: 'error', message: 'm', file: '/f', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, fixes, ...extra });

describe('--fix', () => {
  describe('chooseFix', () => {
    const a: Fix = { title: 'a', edits: [edit('/f', 0, 0, 1, 'x')] };
    const b: Fix = { title: 'b', edits: [edit('/f', 0, 0, 1, 'y')], preferred: true };
    const choice: Fix = { title: 'c', edits: [edit('/f', 0, 0, 1, 'z')], needsChoice: true };
    it('takes the only fix that needs no choice', () => {
      assert.equal(chooseFix(finding([a, choice])), a);
    });
    it('takes the preferred one among several, none when none is preferred', () => {
      assert.equal(chooseFix(finding([a, b])), b);
      assert.equal(chooseFix(finding([a, { ...a, title: 'a2' }])), undefined);
    });
    it('never applies a choice, a suppressed finding or a SUP-001 comment removal', () => {
      assert.equal(chooseFix(finding([choice, { ...choice, title: 'd' }])), undefined);
      assert.equal(chooseFix(finding([a], { suppressed: { reason: 'r', file: '/f', range: a.edits[0].range } })), undefined);
      assert.equal(chooseFix(finding([a], { ruleId: 'SUP-001' })), undefined);
    });
  });

  describe('planFixes', () => {
    it('defers a fix whose edit overlaps or touches one already taken, and applies equal fixes once', () => {
      const text = 'abcdef\n';
      const result = {
        findings: [
          finding([{ title: 'one', edits: [edit('/f', 0, 0, 2, 'XY')] }]),
          finding([{ title: 'overlap', edits: [edit('/f', 0, 1, 3, '--')] }]),
          finding([{ title: 'touch', edits: [edit('/f', 0, 2, 2, '+')] }]),
          finding([{ title: 'same', edits: [edit('/f', 0, 0, 2, 'XY')] }]),
          finding([{ title: 'far', edits: [edit('/f', 0, 4, 6, 'EF')] }]),
        ],
      } as any;
      const plan = planFixes(result, () => text);
      assert.equal(plan.texts.get('/f'), 'XYcdEF\n');
      assert.deepEqual(plan.applied.map((x) => x.title), ['one', 'same', 'far']);
      assert.equal(plan.deferred, 2);
    });
    it('skips edits outside the text', () => {
      const plan = planFixes({ findings: [finding([{ title: 'x', edits: [edit('/f', 5, 0, 0, 'x')] }])] } as any, () => 'one line\n');
      assert.equal(plan.texts.size, 0);
    });
  });

  describe('fixAll', () => {
    const FILE = 'landscape/apps.yaml';
    const text = [
      '# Fachverfahren der Stadt – Pflege: FB 10',
      app('buergerportal', [
        'commissioned: true   # Eigenentwicklung 2024',
        '# Ansprechpartner: Frau Muster',
        'lastReviewed: 2026-10-01',
      ].join('\n') + '\n').trimEnd(),
      '---',
      app('mongo', 'lastReviewed: 2026-10-01\nlicence: {spdx: SSPL-1.0, model: open-source}  # laut Vertrag\n').trimEnd(),
      '---',
      app('mail', 'lastReviewed: 2026-10-01\nlicence: {spdx: GPL-3.0, model: open-source}\n').trimEnd(),
      '',
    ].join('\n');

    it('applies the unambiguous fixes over several passes and keeps every comment', () => {
      const t = auditYaml({ [FILE]: text });
      const before = t.active().map((f) => f.ruleId);
      for (const id of ['LIC-001', 'LIC-003', 'LIC-004', 'LIC-005']) assert.ok(before.includes(id), id);
      const fixed = fixAll(t.ws, { asOf: '2026-11-23', locale: 'en' });
      const abs = path.join(ROOT, FILE);
      const after = fixed.changed.get(abs)!.after;
      assert.ok(fixed.passes >= 2, `LIC-001 and LIC-005 insert at the same spot: ${fixed.passes} pass(es)`);
      assert.deepEqual(fixed.applied.map((a) => a.ruleId).sort(), ['LIC-001', 'LIC-004', 'LIC-005']);
      // Reported lines are those of the original text, even for fixes of later passes.
      for (const a of fixed.applied) assert.ok(t.findings(a.ruleId).some((f) => f.range.start.line + 1 === a.line), `${a.ruleId} at line ${a.line}`);
      // what is left: the choice between GPL-3.0-only and -or-later, and findings without a fix to apply
      const left = fixed.result.findings.filter((f) => !f.suppressed);
      assert.deepEqual(left.filter((f) => f.ruleId.startsWith('LIC-')).map((f) => `${f.ruleId}/${templateId(f)}`), [
        'LIC-005/notOsi', // the placeholder licence LicenseRef-unknown is not OSI-approved: a new finding
        'LIC-003/default',
      ]);
      assert.deepEqual(left.filter((f) => chooseFix(f)).map((f) => f.ruleId), []);
      for (const line of text.split('\n').filter((l) => l.includes('#'))) assert.ok(after.includes(line.slice(line.indexOf('#'))), `comment kept: ${line}`);
      assert.match(after, /licence: \{spdx: SSPL-1\.0, model: source-available\} {2}# laut Vertrag/);
      assert.equal(fixed.changed.get(abs)!.before, text);
    });

    it('changes nothing when nothing is fixable', () => {
      const t = auditYaml({ [FILE]: app('ok', 'lastReviewed: 2026-10-01\nlicence: {spdx: EUPL-1.2, model: open-source}\n') });
      const fixed = fixAll(t.ws, { asOf: '2026-11-23' });
      assert.equal(fixed.passes, 0);
      assert.equal(fixed.changed.size, 0);
    });

    it('honours the filter', () => {
      const t = auditYaml({ [FILE]: text });
      const fixed = fixAll(t.ws, { asOf: '2026-11-23' }, { filter: (f) => f.ruleId === 'LIC-004' });
      assert.deepEqual(fixed.applied.map((a) => a.ruleId), ['LIC-004']);
    });
  });

  it('offsetOf maps LSP positions and rejects positions outside the text', () => {
    assert.equal(offsetOf('ab\ncd', { line: 1, character: 1 }), 4);
    assert.equal(offsetOf('ab\ncd', { line: 1, character: 2 }), 5);
    assert.equal(offsetOf('ab\ncd', { line: 1, character: 3 }), undefined);
    assert.equal(offsetOf('ab\ncd', { line: 2, character: 0 }), undefined);
  });

  describe('unifiedDiff', () => {
    it('is empty for equal texts', () => {
      assert.equal(unifiedDiff('a.yaml', 'x\n', 'x\n'), '');
    });
    it('shows a change with three lines of context', () => {
      const a = ['1', '2', '3', '4', '5', '6', '7', '8', '9', ''].join('\n');
      const b = a.replace('5\n', 'five\n');
      assert.equal(unifiedDiff('a.yaml', a, b), [
        '--- a/a.yaml', '+++ b/a.yaml', '@@ -2,7 +2,7 @@', ' 2', ' 3', ' 4', '-5', '+five', ' 6', ' 7', ' 8', '',
      ].join('\n'));
    });
    it('keeps distant changes in separate hunks and handles a missing final newline', () => {
      const a = Array.from({ length: 20 }, (_, i) => `l${i + 1}`).join('\n');
      const b = a.replace('l2\n', 'L2\n').replace(/l20$/, 'l20\nl21');
      const d = unifiedDiff('f', a, b);
      assert.equal((d.match(/^@@/gm) ?? []).length, 2);
      assert.match(d, /@@ -1,5 \+1,5 @@\n l1\n-l2\n\+L2\n/);
      assert.match(d, /-l20\n\\ No newline at end of file\n\+l20\n\+l21\n\\ No newline at end of file\n$/);
    });
    it('shows an insertion and a new file', () => {
      assert.equal(unifiedDiff('f', 'a\nb\n', 'a\nx\nb\n'), '--- a/f\n+++ b/f\n@@ -1,2 +1,3 @@\n a\n+x\n b\n');
      assert.equal(unifiedDiff('n', '', 'new\n', 3, true), '--- /dev/null\n+++ b/n\n@@ -0,0 +1,1 @@\n+new\n');
    });
  });
});
