// Fingerprints: stable across unrelated edits and locales, different for different findings.
import { strict as assert } from 'node:assert';
import { fingerprint, fingerprintParts, templateId } from '../engine/formats/fingerprint';
import { app, auditYaml } from './harness';
import type { TestAudit } from './harness';

const prints = (t: TestAudit, ruleId?: string) => t.findings(ruleId).map((f) => fingerprint(t.result, f));

describe('fingerprints', () => {
  const base = {
    'landscape/a.yaml': app('mail', 'lastReviewed: 2026-10-01\nlicence: {spdx: GPL-3.0, model: open-source}\n') + '---\n' + app('nolic', 'lastReviewed: 2026-10-01\n'),
  };

  it('do not change when lines are inserted above or unrelated fields change', () => {
    const before = auditYaml(base);
    const shifted = auditYaml({
      'landscape/a.yaml': '# Kopfkommentar\n# noch einer\n\n' + app('mail', 'description: Mailserver der Verwaltung\nlastReviewed: 2026-10-01\ntags: [mail]\nlicence: {spdx: GPL-3.0, model: open-source}\n') + '---\n' + app('nolic', 'owner: FB 10\nlastReviewed: 2026-10-01\n'),
    });
    assert.deepEqual(before.findings().map((f) => f.ruleId), ['LIC-003', 'LIC-001']);
    assert.notDeepEqual(before.findings().map((f) => f.range.start.line), shifted.findings().map((f) => f.range.start.line));
    assert.deepEqual(prints(shifted), prints(before));
  });

  it('do not depend on the locale', () => {
    assert.deepEqual(prints(auditYaml(base, { locale: 'de' })), prints(auditYaml(base, { locale: 'en' })));
  });

  it('differ between entities, rules, files and offending values', () => {
    const t = auditYaml({
      'landscape/a.yaml': app('one', 'lastReviewed: 2026-10-01\n') + '---\n' + app('two', 'lastReviewed: 2026-10-01\n'),
      'landscape/b.yaml': app('three', 'lastReviewed: 2026-10-01\nlicence: {spdx: GPL-2.0 OR LGPL-2.1, model: open-source}\n'),
    });
    const all = prints(t);
    assert.equal(new Set(all).size, all.length);
    assert.equal(t.findings('LIC-003').length, 2, 'two deprecated ids in one expression');
  });

  it('change when the finding itself changes (another offending value)', () => {
    const a = auditYaml({ 'a.yaml': app('x', 'licence: {spdx: GPL-3.0, model: open-source}\n') });
    const b = auditYaml({ 'a.yaml': app('x', 'licence: {spdx: LGPL-2.1, model: open-source}\n') });
    assert.notEqual(prints(a, 'LIC-003')[0], prints(b, 'LIC-003')[0]);
  });

  it('follow the recipe: rule, root-relative file, entity, field path without indices, template id, located text', () => {
    const t = auditYaml({ 'landscape/a.yaml': app('mail', 'licence: {spdx: GPL-3.0, model: open-source}\n') });
    const f = t.findings('LIC-003')[0];
    assert.deepEqual(fingerprintParts(t.result, f), ['sova/v1', 'LIC-003', 'landscape/a.yaml', 'Application/mail', 'licence.spdx', templateId(f), 'GPL-3.0']);
    assert.equal(templateId(f), 'default');
  });

  it('recognise the message template in either locale', () => {
    const de = auditYaml({ 'a.yaml': app('x', '# sova-ignore LIC-004\nlicence: {spdx: SSPL-1.0, model: open-source}\n') }, { locale: 'de' });
    const sup = de.findings('SUP-001')[0];
    assert.equal(templateId(sup), 'noReason');
  });
});
