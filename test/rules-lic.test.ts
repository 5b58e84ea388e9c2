// LIC-001…007 beyond the examples in engine.test.ts: a field that is present but not a mapping is
// SCHEMA's finding alone (landscape-format.md: rules skip only the invalid fields), and day counts.
import { strict as assert } from 'node:assert';
import { app, auditYaml, textAt } from './harness';

describe('LIC rules skip only the invalid fields', () => {
  it('LIC-001 stays quiet when licence is present but not a mapping (SCHEMA reports it)', () => {
    for (const licence of ['licence: "MIT"\n', 'licence: [MIT]\n', 'licence: 5\n']) {
      const t = auditYaml({ 'a.yaml': app('x', licence) });
      assert.equal(t.active('LIC-001').length, 0, licence);
      assert.ok(t.active('SCHEMA').some((f) => textAt(t, f).startsWith(licence.slice('licence: '.length).trim())), licence);
    }
  });

  it('LIC-001 still fires without licence, with an empty licence and with a mapping without spdx', () => {
    for (const body of ['', 'licence:\n', 'licence: {model: proprietary}\n']) {
      assert.equal(auditYaml({ 'a.yaml': app('x', body) }).active('LIC-001').length, 1, JSON.stringify(body));
    }
  });

  it('LIC-005 does not ask for a repository when source is not a mapping, but still checks the licence', () => {
    const t = auditYaml({ 'a.yaml': app('x', 'commissioned: true\nsource: 5\nlicence: {spdx: LicenseRef-proprietary, model: proprietary}\n') });
    assert.deepEqual(t.active('LIC-005').map((f) => textAt(t, f)), ['LicenseRef-proprietary']);
    assert.ok(t.active('SCHEMA').some((f) => textAt(t, f) === '5'));
    const valid = auditYaml({ 'a.yaml': app('x', 'commissioned: true\nsource: {sbom: sbom.json}\nlicence: {spdx: EUPL-1.2, model: open-source}\n') });
    assert.deepEqual(valid.active('LIC-005').map((f) => textAt(valid, f)), ['source'], 'a source mapping without repository still fires');
  });
});

describe('LIC-007 contract ending', () => {
  const body = (end: string) => `licence: {spdx: LicenseRef-proprietary, model: proprietary}\ncontract: {end: ${end}}\n`;

  it('counts the days from the as-of date to the end', () => {
    const t = auditYaml({ 'a.yaml': app('x', body('2027-01-12')) });
    assert.equal(t.active('LIC-007')[0].message, "The contract of 'x' ends on 2027-01-12 (in 50 days): time to assess alternatives and open solutions before renewing.");
    const march = auditYaml({ 'a.yaml': app('x', body('2027-03-30')) }, { asOf: '2027-03-28' });
    assert.match(march.active('LIC-007')[0].message, /\(in 2 days\)/, 'across the change to summer time');
  });

  it('fires up to eolWarningDays ahead, and says when the contract has ended', () => {
    assert.equal(auditYaml({ 'a.yaml': app('x', body('2027-05-22')) }).active('LIC-007').length, 1, '180 days ahead');
    assert.equal(auditYaml({ 'a.yaml': app('x', body('2027-05-23')) }).active('LIC-007').length, 0, '181 days ahead');
    assert.match(auditYaml({ 'a.yaml': app('x', body('2026-11-22')) }).active('LIC-007')[0].message, /^The contract of 'x' ended on 2026-11-22;/);
  });
});
