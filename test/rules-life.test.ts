import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { app, auditYaml, expectFindings } from './harness';
import type { Expected, Snippets } from './harness';
import { audit, RULE_IDS, ruleById, Workspace } from '../engine';

// Lifecycle, knowledge and sustainability rules LIFE-001…006 and ENV-001, with fixed as-of dates.
// Catalogue facts used (rules/catalogues/end-of-life.yaml, from endoflife.date): windows-server 2012-r2
// eol 2023-10-10; windows-server 2016 eol 2027-01-12; postgresql 14 eol 2026-11-12; msexchange 4.0 eol: true.

const site = (id: string, body: string) => `apiVersion: sova/v1\nkind: HostingSite\nid: ${id}\nname: ${id}\n${body}`;


function table(ruleId: string, cases: { name: string; body?: string; files?: Snippets; asOf?: string; config?: string; expected: Expected[] }[]): void {
  for (const c of cases) {
    it(c.name, () => expectFindings(auditYaml(c.files ?? { 'a.yaml': app('a', c.body ?? '') }, { asOf: c.asOf, config: c.config }), ruleId, c.expected));
  }
}

describe('LIFE-001 no more security updates', () => {
  table('LIFE-001', [
    { name: 'catalogue cycle past its eol', body: 'product: {endoflife: windows-server, cycle: "2012-r2"}\n',
      expected: [{ at: '"2012-r2"', severity: 'error', message: "'a' ('Microsoft Windows Server 2012-r2') has had no security updates since 2023-10-10." }] },
    { name: 'the cycle is compared case-insensitively', body: 'product:\n  endoflife: windows-server\n  cycle: 2012-R2\n', expected: [{ at: '2012-R2' }] },
    { name: 'a number is read as text', body: 'product: {endoflife: postgresql, cycle: 14}\n', expected: [{ at: '14', message: /'PostgreSQL 14'\) has had no security updates since 2026-11-12\./ }] },
    { name: 'the eol date itself counts as ended', asOf: '2026-11-12', body: 'product: {endoflife: postgresql, cycle: "14"}\n', expected: [{ at: '"14"' }] },
    { name: 'the day before the eol', asOf: '2026-11-11', body: 'product: {endoflife: postgresql, cycle: "14"}\n', expected: [] },
    { name: 'ended without a recorded date', body: 'product: {endoflife: msexchange, cycle: 4.0}\n',
      expected: [{ at: '4.0', message: /no longer receives security updates \(ended according to the catalogue, date not recorded\)\.$/ }] },
    { name: 'product.eol overrides the catalogue (past)', body: 'product: {endoflife: windows-server, cycle: "2022", eol: 2026-06-30}\n',
      expected: [{ at: '2026-06-30', message: "'a' (product.eol) has had no security updates since 2026-06-30." }] },
    { name: 'product.eol overrides the catalogue (future)', body: 'product: {endoflife: windows-server, cycle: "2012-r2", eol: "2029-01-01"}\n', expected: [] },
    { name: 'extended security updates until the as-of date cover it', body: 'product: {endoflife: windows-server, cycle: "2012-r2", extendedSupportUntil: 2026-11-23}\n', expected: [] },
    { name: 'expired extended security updates', body: 'product: {endoflife: windows-server, cycle: "2012-r2", extendedSupportUntil: 2026-10-13}\n',
      expected: [{ at: '"2012-r2"', message: "'a' ('Microsoft Windows Server 2012-r2') has had no security updates since 2023-10-10; the extended security updates (extendedSupportUntil) ended on 2026-10-13." }] },
    { name: 'a supported cycle', body: 'product: {endoflife: windows-server, cycle: "2022"}\n', expected: [] },
    { name: 'an unknown cycle: quiet', body: 'product: {endoflife: windows-server, cycle: "1999"}\n', expected: [] },
    { name: 'an unknown product: quiet', body: 'product: {endoflife: no-such-product, cycle: "1"}\n', expected: [] },
    { name: 'no cycle: quiet', body: 'product: {endoflife: windows-server, version: "2012"}\n', expected: [] },
    { name: 'no product: quiet', body: 'criticality: high\n', expected: [] },
  ]);

  it('reads extra cycles from catalogues.endOfLife, relative to the workspace root', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sova-eol-'));
    try {
      fs.writeFileSync(path.join(root, 'eol-extra.yaml'), 'products:\n  fachverfahren-x:\n    label: Fachverfahren X\n    cycles:\n      - {cycle: "3", eol: 2026-01-31}\n  postgresql:\n    cycles:\n      - {cycle: "14", eol: 2027-12-31}\n');
      const ws = new Workspace(root, RULE_IDS);
      ws.setConfigText('include: ["landscape/*.yaml"]\ncatalogues:\n  endOfLife: [eol-extra.yaml]\n');
      ws.setText(path.join(root, 'landscape', 'a.yaml'), `${app('fx', 'product: {endoflife: fachverfahren-x, cycle: "3"}\n')}---\n${app('pg', 'product: {endoflife: postgresql, cycle: "14"}\n')}`);
      const result = audit(ws, { asOf: '2026-11-23', locale: 'en' });
      const life = result.findings.filter((f) => f.ruleId === 'LIFE-001');
      assert.deepEqual(life.map((f) => f.message), ["'fx' ('Fachverfahren X 3') has had no security updates since 2026-01-31."]);
      assert.deepEqual(result.findings.filter((f) => f.ruleId === 'LIFE-002').map((f) => f.entity?.id), [], 'the extra cycle replaces postgresql 14 (eol 2027-12-31, outside 180 days)');
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('LIFE-002 end of security updates approaching', () => {
  table('LIFE-002', [
    { name: 'within the warning window', body: 'product: {endoflife: windows-server, cycle: "2016"}\n',
      expected: [{ at: '"2016"', severity: 'warning', message: "'a' ('Microsoft Windows Server 2016') receives security updates only until 2027-01-12 (in 50 days)." }] },
    { name: 'the last day of the window', asOf: '2026-07-16', body: 'product: {endoflife: windows-server, cycle: "2016"}\n', expected: [{ at: '"2016"', message: /in 180 days/ }] },
    { name: 'outside the window', asOf: '2026-07-15', body: 'product: {endoflife: windows-server, cycle: "2016"}\n', expected: [] },
    { name: 'the window comes from the policy', config: 'include: ["**/*.yaml"]\npolicy: {eolWarningDays: 30}\n', body: 'product: {endoflife: windows-server, cycle: "2016"}\n', expected: [] },
    { name: 'product.eol soon', body: 'product:\n  eol: 2026-12-01\n', expected: [{ at: '2026-12-01', message: "'a' (product.eol) receives security updates only until 2026-12-01 (in 8 days)." }] },
    { name: 'past, but covered by extended security updates', body: 'product: {endoflife: windows-server, cycle: "2012-r2", extendedSupportUntil: 2027-03-01}\n',
      expected: [{ at: '"2012-r2"', message: "'a' ('Microsoft Windows Server 2012-r2') has had no regular security updates since 2023-10-10 and is covered only by paid extended security updates until 2027-03-01 (extendedSupportUntil, 98 days left)." }] },
    { name: 'past and not covered: that is LIFE-001', body: 'product: {endoflife: windows-server, cycle: "2012-r2"}\n', expected: [] },
    { name: 'far away', body: 'product: {endoflife: windows-server, cycle: "2025"}\n', expected: [] },
  ]);

  it('LIFE-001 and LIFE-002 never both fire for one application', () => {
    for (const esu of ['2026-11-22', '2026-11-23', '2030-01-01']) {
      const t = auditYaml({ 'a.yaml': app('a', `product: {endoflife: windows-server, cycle: "2012", extendedSupportUntil: ${esu}}\n`) });
      assert.equal(t.active('LIFE-001').length + t.active('LIFE-002').length, 1, esu);
    }
  });
});

describe('LIFE-003 not maintained', () => {
  table('LIFE-003', [
    { name: 'type none', body: 'maintenance: {type: none}\n', expected: [{ at: 'none', severity: 'warning', message: "'a' is not maintained (maintenance.type: none)." }] },
    { name: 'maintenance ended', body: 'maintenance:\n  type: contract\n  until: 2026-11-22\n', expected: [{ at: '2026-11-22', message: "The maintenance of 'a' ended on 2026-11-22 (maintenance.until)." }] },
    { name: 'maintained until the as-of date', body: 'maintenance: {type: contract, until: 2026-11-23}\n', expected: [] },
    { name: 'community maintenance', body: 'maintenance: {type: community}\n', expected: [] },
    { name: 'no maintenance field: quiet', body: 'criticality: high\n', expected: [] },
  ]);
});

describe('LIFE-004 bus factor', () => {
  table('LIFE-004', [
    { name: 'high with one admin', body: 'criticality: high\ncompetence: {admins: 1}\n',
      expected: [{ at: '1', severity: 'warning', message: "'a' is critical (criticality: high) but has fewer than 2 administrators (competence.admins: 1): if one is unavailable, nobody can look after it." }] },
    { name: 'very high with none', body: 'criticality: very-high\ncompetence:\n  admins: 0\n', expected: [{ at: '0' }] },
    { name: 'two admins', body: 'criticality: very-high\ncompetence: {admins: 2}\n', expected: [] },
    { name: 'normal criticality', body: 'criticality: normal\ncompetence: {admins: 1}\n', expected: [] },
    { name: 'admins unknown: quiet', body: 'criticality: high\ncompetence: {trainedUsers: 10}\n', expected: [] },
  ]);
});

describe('LIFE-005 commissioned software without an SBOM', () => {
  table('LIFE-005', [
    { name: 'no source at all', body: 'commissioned: true\n', expected: [{ at: 'kind', severity: 'warning', message: "'a' was developed with public money (commissioned: true) but has no software bill of materials (source.sbom)." }] },
    { name: 'a repository but no SBOM', body: 'commissioned: true\nsource:\n  repository: https://gitlab.opencode.de/x/y\n', expected: [{ at: 'source' }] },
    { name: 'with an SBOM', body: 'commissioned: true\nsource: {repository: https://gitlab.opencode.de/x/y, sbom: sbom.cdx.json}\n', expected: [] },
    { name: 'not commissioned', body: 'commissioned: false\n', expected: [] },
    { name: 'commissioned not stated: quiet', body: 'source: {repository: https://example.org/x}\n', expected: [] },
    { name: 'source not a mapping: SCHEMA\'s finding, quiet', body: 'commissioned: true\nsource: 5\n', expected: [] },
  ]);
});

describe('LIFE-006 stale inventory', () => {
  table('LIFE-006', [
    { name: 'never reviewed', body: 'users: 3\n', expected: [{ at: 'kind', severity: 'info', message: "It is not recorded when the entry for 'a' was last reviewed (lastReviewed)." }] },
    { name: 'reviewed more than 12 months ago', body: 'lastReviewed: 2025-11-22\n', expected: [{ at: '2025-11-22', message: "The entry for 'a' was last reviewed on 2025-11-22, more than 12 months ago." }] },
    { name: 'reviewed exactly 12 months ago', body: 'lastReviewed: "2025-11-23"\n', expected: [] },
    { name: 'reviewed recently', body: 'lastReviewed: 2026-10-01\n', expected: [] },
    { name: 'other kinds are not checked', files: { 's.yaml': site('rz', 'country: DE\n') }, expected: [] },
  ]);

  it('caps no objective', () => {
    const meta = ruleById('LIFE-006')!.meta;
    assert.equal(meta.objective, undefined);
    assert.equal(meta.cap, undefined);
  });
});

describe('ENV-001 data centre efficiency', () => {
  table('ENV-001', [
    { name: 'PUE above 1.5', files: { 's.yaml': site('rz', 'energy: {pue: 1.8, renewableShare: 1}\n') },
      expected: [{ at: '{pue: 1.8, renewableShare: 1}', severity: 'info', message: "The site 'rz' misses the limits of the German Energy Efficiency Act: PUE 1.8 (at most 1.5)." }] },
    { name: 'too little renewable energy', files: { 's.yaml': site('rz', 'energy: {renewableShare: 0.3}\n') },
      expected: [{ at: '{renewableShare: 0.3}', message: "The site 'rz' misses the limits of the German Energy Efficiency Act: renewable energy share 30% (at least 50%)." }] },
    { name: 'both', files: { 's.yaml': site('rz', 'energy:\n  pue: 2.1\n  renewableShare: 0.25\n') },
      expected: [{ at: 'pue: 2.1\n  renewableShare: 0.25', message: /PUE 2.1 \(at most 1.5\) and renewable energy share 25% \(at least 50%\)\.$/ }] },
    { name: 'at the limits', files: { 's.yaml': site('rz', 'energy: {pue: 1.5, renewableShare: 0.5}\n') }, expected: [] },
    { name: 'no energy data: quiet', files: { 's.yaml': site('rz', 'country: DE\n') }, expected: [] },
  ]);

  it('caps SOV-8 of the applications deployed there, and checks unused sites too', () => {
    const t = auditYaml({
      's.yaml': `${site('rz-alt', 'energy: {pue: 2.0}\n')}---\n${site('rz-leer', 'energy: {pue: 1.9}\n')}`,
      'a.yaml': `${app('a', 'deployment: {sites: [rz-alt]}\n')}---\n${app('b', 'deployment:\n  sites:\n    - rz-alt\n    - rz-alt\n')}---\n${app('c', 'deployment: {sites: [rz-leer2]}\n')}`,
    });
    const byId = new Map(t.active('ENV-001').map((f) => [f.entity?.id, f]));
    assert.deepEqual([...byId.keys()], ['rz-alt', 'rz-leer']);
    assert.deepEqual(byId.get('rz-alt')!.affects?.map((e) => e.id), ['a', 'b']);
    assert.deepEqual(byId.get('rz-leer')!.affects, []);
  });

  it('writes German numbers', () => {
    const t = auditYaml({ 's.yaml': site('rz', 'energy: {pue: 1.65, renewableShare: 0.4}\n') }, { locale: 'de' });
    assert.equal(t.active('ENV-001')[0].message, 'Der Standort „rz“ verfehlt die Vorgaben des Energieeffizienzgesetzes: PUE 1,65 (höchstens 1,5) und Anteil erneuerbarer Energie 40\u00a0% (mindestens 50\u00a0%).');
  });
});
