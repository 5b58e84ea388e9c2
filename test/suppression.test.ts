import { strict as assert } from 'node:assert';
import { app, applyFix, auditYaml, reaudit, textAt } from './harness';

// LIC-004 fires on `model: open-source` with SSPL; we use it as the finding to suppress.
const SSPL = 'licence:\n  spdx: SSPL-1.0\n  model: open-source\n';

describe('sova-ignore suppression', () => {
  it('an own-line comment covers the next mapping pair and keeps the finding with its reason', () => {
    const t = auditYaml({
      'a.yaml': app('mongo', `# sova-ignore LIC-004 until 2027-06-30 -- Beschluss IT-Lenkungskreis 2026-03-12: Ablösung bis Mitte 2027\n${SSPL}`),
    });
    const [f] = t.findings('LIC-004');
    assert.ok(f, 'the finding is kept');
    assert.deepEqual(f.suppressed && { reason: f.suppressed.reason, until: f.suppressed.until },
      { reason: 'Beschluss IT-Lenkungskreis 2026-03-12: Ablösung bis Mitte 2027', until: '2027-06-30' });
    assert.equal(t.active('LIC-004').length, 0);
    assert.equal(t.active('SUP-001').length, 0);
  });

  it('a comment at the end of a line covers the pair on that line', () => {
    const t = auditYaml({ 'a.yaml': app('mongo', 'licence: {spdx: SSPL-1.0, model: open-source} # sova-ignore LIC-004 -- Übergang\n') });
    assert.equal(t.active('LIC-004').length, 0);
    assert.equal(t.findings('LIC-004')[0].suppressed?.reason, 'Übergang');
  });

  it('a comment before the first key covers the whole document, and only that document', () => {
    const doc = (id: string) => `apiVersion: sova/v1\nkind: Application\nid: ${id}\nname: ${id}\n${SSPL}`;
    const t = auditYaml({ 'a.yaml': `# sova-ignore LIC-004 -- Altlast, wird 2027 abgelöst\n${doc('one')}---\n${doc('two')}` });
    const ids = t.findings('LIC-004').map((f) => [f.entity?.id, !!f.suppressed]);
    assert.deepEqual(ids, [['one', true], ['two', false]]);
  });

  it('does not cover a finding outside the next pair', () => {
    const t = auditYaml({ 'a.yaml': app('mongo', `# sova-ignore LIC-004 -- falsch platziert\nusers: 10\n${SSPL}`) });
    assert.equal(t.active('LIC-004').length, 1);
    const sup = t.active('SUP-001');
    assert.equal(sup.length, 1);
    assert.match(sup[0].message, /suppresses nothing/);
    assert.deepEqual(sup[0].tags, ['unnecessary']);
  });

  it('an ignore without reason suppresses nothing and is SUP-001', () => {
    const t = auditYaml({ 'a.yaml': app('mongo', `# sova-ignore LIC-004\n${SSPL}`) });
    assert.equal(t.active('LIC-004').length, 1);
    assert.deepEqual(t.active('SUP-001').map((f) => f.message), ["sova-ignore without a reason suppresses nothing: write why after '--' (e.g. decision, deadline)."]);
  });

  it('an expired ignore suppresses nothing and says since when', () => {
    const t = auditYaml({ 'a.yaml': app('mongo', `# sova-ignore LIC-004 until 2025-12-31 -- Übergang\n${SSPL}`) }, { asOf: '2026-01-01' });
    assert.equal(t.active('LIC-004').length, 1);
    assert.match(t.active('SUP-001')[0].message, /expired on 2025-12-31/);
    // on its last day it still holds
    const onTime = auditYaml({ 'a.yaml': app('mongo', `# sova-ignore LIC-004 until 2025-12-31 -- Übergang\n${SSPL}`) }, { asOf: '2025-12-31' });
    assert.equal(onTime.active('LIC-004').length, 0);
  });

  it('an unknown rule id is SUP-001, the known ones in the same comment still apply', () => {
    const t = auditYaml({ 'a.yaml': app('mongo', `# sova-ignore LIC-004, LIC-999 -- Übergang\n${SSPL}`) });
    assert.equal(t.active('LIC-004').length, 0);
    assert.deepEqual(t.active('SUP-001').map((f) => f.message), ["sova-ignore names the unknown rule LIC-999."]);
  });

  it('SUP-001 is located at the comment and its fix removes the comment line only', () => {
    const files = { 'a.yaml': app('mongo', `# keep me\n# sova-ignore LIC-004 -- nichts zu tun\nusers: 10 # and me\n`) };
    const t = auditYaml(files);
    const [f] = t.active('SUP-001');
    assert.equal(textAt(t, f), '# sova-ignore LIC-004 -- nichts zu tun');
    const changed = applyFix(t, f.fixes![0]);
    assert.equal(changed['a.yaml'], app('mongo', '# keep me\nusers: 10 # and me\n'));
    assert.equal(reaudit(files, changed).active('SUP-001').length, 0);
  });

  it('an ignore covering a sequence item covers only that item', () => {
    // REF-001 on two dangling data references; only the first is ignored.
    const t = auditYaml({ 'a.yaml': app('x', 'data:\n  # sova-ignore REF-001 -- wird nachgetragen\n  - missing-one\n  - missing-two\n') });
    assert.deepEqual(t.findings('REF-001').map((f) => [textAt(t, f), !!f.suppressed]), [['missing-one', true], ['missing-two', false]]);
  });

  it('a "#" inside a quoted value is not a comment', () => {
    const t = auditYaml({ 'a.yaml': app('x', 'description: "see # sova-ignore LIC-004 -- not a comment"\n') });
    assert.equal(t.findings('SUP-001').length, 0);
  });
});
