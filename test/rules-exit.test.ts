import { strict as assert } from 'node:assert';
import { app, auditYaml, expectFindings, textAt } from './harness';
import type { Expected, Snippets } from './harness';

// Lock-in and exit rules EXIT-001…005 as YAML snippets: findings, locations, messages (en), severities.

const doc = (kind: string, id: string, body = '', name = id) => `apiVersion: sova/v1\nkind: ${kind}\nid: ${id}\nname: ${name}\n${body}`;
const PROPRIETARY = 'licence: {spdx: LicenseRef-proprietary, model: proprietary}\n';
const OPEN = 'licence: {spdx: EUPL-1.2, model: open-source}\n';


function table(ruleId: string, cases: { name: string; files: Snippets; asOf?: string; config?: string; expected: Expected[] }[]): void {
  for (const c of cases) it(c.name, () => expectFindings(auditYaml(c.files, { asOf: c.asOf, config: c.config }), ruleId, c.expected));
}

describe('EXIT-001 no exit plan', () => {
  table('EXIT-001', [
    { name: 'a cloud service', files: { 'a.yaml': app('a', `deployment: {model: saas}\n${OPEN}`) },
      expected: [{ at: 'kind', severity: 'warning', message: "There is no exit plan (exitPlan) for 'a', although it is used as a cloud service (saas)." }] },
    { name: 'a critical application', files: { 'a.yaml': app('a', 'criticality: very-high\ndeployment: {model: on-premises}\n') },
      expected: [{ at: 'kind', severity: 'warning', message: "There is no exit plan (exitPlan) for 'a', although it is rated critical (criticality: very-high)." }] },
    { name: 'otherwise proprietary: info', files: { 'a.yaml': app('a', `criticality: normal\n${PROPRIETARY}`) },
      expected: [{ at: 'kind', severity: 'info', message: "There is no exit plan (exitPlan) for the proprietary application 'a'." }] },
    { name: 'IaaS counts as cloud', files: { 'a.yaml': app('a', 'deployment: {model: iaas}\n') }, expected: [{ at: 'kind', severity: 'warning' }] },
    { name: 'open source, normal, on premises', files: { 'a.yaml': app('a', `criticality: normal\n${OPEN}deployment: {model: on-premises}\n`) }, expected: [] },
    { name: 'source-available is not proprietary', files: { 'a.yaml': app('a', 'licence: {spdx: BUSL-1.1, model: source-available}\n') }, expected: [] },
    { name: 'with an exit plan', files: { 'a.yaml': app('a', `deployment: {model: saas}\n${PROPRIETARY}exitPlan: {alternatives: [Nextcloud]}\n`) }, expected: [] },
  ]);
});

describe('EXIT-002 exit plan without a tested open export', () => {
  const OPEN_EXPORT = 'interfaces:\n  - {standard: odf, role: export-format}\n';
  table('EXIT-002', [
    { name: 'export never tested', files: { 'a.yaml': app('a', `exitPlan:\n  alternatives: [B]\n${OPEN_EXPORT}`) },
      expected: [{ at: 'exitPlan', severity: 'warning', message: "The exit plan of 'a' names no tested data export (exitPlan.exportTested)." }] },
    { name: 'export tested more than 24 months ago', files: { 'a.yaml': app('a', `exitPlan: {exportTested: 2024-11-22}\n${OPEN_EXPORT}`) },
      expected: [{ at: '2024-11-22', message: "The data export of 'a' was last tested on 2024-11-22, more than 24 months ago." }] },
    { name: 'exactly 24 months is still fine', files: { 'a.yaml': app('a', `exitPlan: {exportTested: 2024-11-23}\n${OPEN_EXPORT}`) }, expected: [] },
    { name: 'only a contested export format', files: { 'a.yaml': app('a', 'exitPlan: {exportTested: 2026-01-10}\ninterfaces:\n  - {standard: ooxml, role: export-format}\n  - {standard: odf, role: default-format}\n') },
      expected: [{ at: 'interfaces', message: /relies on no open export format/ }] },
    { name: 'no interfaces and no contract: located at the exit plan', files: { 'a.yaml': app('a', 'exitPlan: {exportTested: 2026-01-10}\n') }, expected: [{ at: 'exitPlan' }] },
    { name: 'an open format in the contract\'s switching terms', files: {
      'a.yaml': app('a', 'exitPlan: {exportTested: 2026-01-10}\ncontract: rv\n'),
      'c.yaml': doc('Contract', 'rv', 'switching: {exportFormats: [csv]}\n') }, expected: [] },
    { name: 'an inline contract with a proprietary format', files: {
      'a.yaml': app('a', 'exitPlan: {exportTested: 2026-01-10}\ncontract: {switching: {exportFormats: [legacy]}}\n'),
      's.yaml': doc('Standard', 'legacy', 'openness: proprietary\n') }, expected: [{ at: 'exitPlan' }] },
    { name: 'an unknown export standard: quiet (REF-001)', files: { 'a.yaml': app('a', 'exitPlan: {exportTested: 2026-01-10}\ninterfaces:\n  - {standard: nope, role: export-format}\n') }, expected: [] },
    { name: 'no exit plan: that is EXIT-001', files: { 'a.yaml': app('a', 'deployment: {model: saas}\n') }, expected: [] },
  ]);

  it('both problems are reported separately', () => {
    const t = auditYaml({ 'a.yaml': app('a', 'exitPlan: {alternatives: [B]}\n') });
    assert.deepEqual(t.active('EXIT-002').map((f) => textAt(t, f)), ['exitPlan', 'exitPlan']);
  });
});

describe('EXIT-003 switching terms of cloud services (EU Data Act)', () => {
  const SAAS = 'deployment: {model: saas}\n';
  table('EXIT-003', [
    { name: 'inline contract without switching', files: { 'a.yaml': app('a', `${SAAS}contract:\n  noticeMonths: 3\n`) },
      expected: [{ at: 'contract', severity: 'warning', message: "The contract of the cloud service 'a' has no switching terms (switching): notice period, data retrieval period and switching charge are unknown." }] },
    { name: 'referenced contract without switching: at the reference', files: { 'a.yaml': app('a', `${SAAS}contract: cloud-rv\n`), 'c.yaml': doc('Contract', 'cloud-rv', 'type: EVB-IT Cloud\n') },
      expected: [{ at: 'cloud-rv' }] },
    { name: 'too long a notice period', files: { 'a.yaml': app('a', `${SAAS}contract: {switching: {noticeMonths: 3, retrievalDays: 30}}\n`) },
      expected: [{ at: '3', message: "The contract of 'a' requires 3 months' notice to switch provider; the EU Data Act (art. 25) allows at most 2 months." }] },
    { name: 'too short a retrieval period', files: { 'a.yaml': app('a', `${SAAS}contract: {switching: {noticeMonths: 2, retrievalDays: 14}}\n`) },
      expected: [{ at: '14', message: /only 14 days to retrieve the data.*at least 30 days/ }] },
    { name: 'a charge before 2027-01-12 is allowed', asOf: '2027-01-11', files: { 'a.yaml': app('a', `${SAAS}contract: {switching: {noticeMonths: 1, retrievalDays: 30, charge: 500}}\n`) }, expected: [] },
    { name: 'a charge from 2027-01-12 is an error', asOf: '2027-01-12', files: { 'a.yaml': app('a', `${SAAS}contract: {switching: {noticeMonths: 1, retrievalDays: 30, charge: 500}}\n`) },
      expected: [{ at: '500', severity: 'error', message: "The contract of 'a' charges 500 EUR for switching; since 2027-01-12 switching must be free of charge under the EU Data Act (art. 29)." }] },
    { name: 'free switching within the limits', asOf: '2027-06-01', files: { 'a.yaml': app('a', `${SAAS}contract: {switching: {noticeMonths: 2, retrievalDays: 30, charge: 0}}\n`) }, expected: [] },
    { name: 'a cloud service without a contract: quiet', files: { 'a.yaml': app('a', SAAS) }, expected: [] },
    { name: 'not a cloud service', files: { 'a.yaml': app('a', 'deployment: {model: hosted}\ncontract: {noticeMonths: 12}\n') }, expected: [] },
  ]);

  it('a referenced contract is related information', () => {
    const t = auditYaml({ 'a.yaml': app('a', 'deployment: {model: iaas}\ncontract: cloud-rv\n'), 'c.yaml': doc('Contract', 'cloud-rv', 'switching:\n  noticeMonths: 6\n') });
    const [f] = t.active('EXIT-003');
    assert.equal(textAt(t, f), 'cloud-rv');
    assert.deepEqual(f.related?.map((r) => [textAt(t, r), r.message]), [['6', "In the contract 'cloud-rv'"]]);
  });
});

describe('EXIT-004 vendor concentration', () => {
  const parties = doc('Party', 'microsoft', 'country: US\n', 'Microsoft Corporation') + '---\n' + doc('Party', 'microsoft-de', 'parent: microsoft\ncountry: DE\n', 'Microsoft Deutschland GmbH') + '---\n' + doc('Party', 'tdf', 'country: DE\n', 'The Document Foundation');
  const office = (users: [number, number, number]) =>
    app('word', `layer: office\nvendor: microsoft-de\nusers: ${users[0]}\n${PROPRIETARY}`).replace('name: word', 'name: Word') + '---\n' +
    app('excel', `layer: office\nvendor: microsoft\nusers: ${users[1]}\n${PROPRIETARY}`).replace('name: excel', 'name: Excel') + '---\n' +
    app('libreoffice', `layer: office\nvendor: tdf\nusers: ${users[2]}\n${OPEN}`).replace('name: libreoffice', 'name: LibreOffice');

  it('a vendor group holding more than half of a layer\'s users', () => {
    const t = auditYaml({ 'parties.yaml': parties, 'apps.yaml': office([300, 100, 200]) });
    const [f, ...rest] = t.active('EXIT-004');
    assert.equal(rest.length, 0);
    assert.equal(f.severity, 'warning');
    assert.equal(f.message, "The not-open-source applications of 'Microsoft Corporation' hold 66.7% of the users of layer 'office' (threshold 50%): 'Word', 'Excel'.");
    assert.equal(textAt(t, f), 'microsoft');
    assert.ok(f.file.endsWith('parties.yaml'));
    assert.deepEqual(f.related?.map((r) => [textAt(t, r), r.message]), [['microsoft-de', "'Word': 300 users"], ['microsoft', "'Excel': 100 users"]]);
    assert.deepEqual(f.affects?.map((e) => e.id), ['word', 'excel']);
  });

  it('exactly the threshold is not more than it', () => {
    expectFindings(auditYaml({ 'parties.yaml': parties, 'apps.yaml': office([200, 100, 300]) }), 'EXIT-004', []);
  });

  it('the threshold comes from the policy', () => {
    const config = 'include: ["**/*.yaml"]\npolicy:\n  concentrationThreshold: 0.7\n';
    expectFindings(auditYaml({ 'parties.yaml': parties, 'apps.yaml': office([300, 100, 200]) }, { config }), 'EXIT-004', []);
  });

  it('a layer with fewer than 3 applications is not judged', () => {
    const apps = office([300, 100, 200]).split('---\n').slice(0, 2).join('---\n');
    expectFindings(auditYaml({ 'parties.yaml': parties, 'apps.yaml': apps }), 'EXIT-004', []);
  });

  it('an application without users counts 1, and open-source applications of the vendor do not count', () => {
    const apps = app('a1', `layer: platform\nvendor: tdf\n${PROPRIETARY}`) + '---\n' + app('a2', `layer: platform\nvendor: microsoft\nusers: 1\n${PROPRIETARY}`)
      + '---\n' + app('a3', `layer: platform\nvendor: microsoft\nusers: 5\n${OPEN}`) + '---\n' + app('a4', 'layer: platform\nvendor: microsoft\nusers: 0\n');
    // total 1 + 1 + 5 + 0 = 7: tdf 1/7, microsoft's not-open-source apps 1/7 (a3 is open source, a4 has no licence model)
    expectFindings(auditYaml({ 'parties.yaml': parties, 'apps.yaml': apps }), 'EXIT-004', []);
  });

  it('a cycle in the parent chain ends, and its members form one group', () => {
    const cyclic = doc('Party', 'b-corp', 'parent: a-corp\n') + '---\n' + doc('Party', 'a-corp', 'parent: b-corp\n') + '---\n' + doc('Party', 'c-sub', 'parent: b-corp\n');
    const apps = app('x', `layer: specialist-app\nvendor: c-sub\nusers: 10\n${PROPRIETARY}`) + '---\n' + app('y', `layer: specialist-app\nvendor: b-corp\nusers: 10\n${PROPRIETARY}`)
      + '---\n' + app('z', `layer: specialist-app\nusers: 1\n${OPEN}`);
    const t = auditYaml({ 'parties.yaml': cyclic, 'apps.yaml': apps });
    const [f] = t.active('EXIT-004');
    assert.equal(t.active('EXIT-004').length, 1);
    assert.equal(f.entity?.id, 'a-corp');
    assert.match(f.message, /hold 95.2% of the users of layer 'specialist-app'/);
  });

  it('one vendor group in 3 or more layers', () => {
    const apps = app('w', `layer: office\nvendor: microsoft-de\n${PROPRIETARY}`) + '---\n' + app('win', `layer: client-os\nvendor: microsoft\n${PROPRIETARY}`)
      + '---\n' + app('ws', `layer: server-os\nvendor: microsoft\nlicence: {spdx: LicenseRef-x, model: open-core}\n`) + '---\n' + app('lo', `layer: office\nvendor: tdf\n${OPEN}`);
    const t = auditYaml({ 'parties.yaml': parties, 'apps.yaml': apps });
    const [f] = t.active('EXIT-004');
    assert.equal(t.active('EXIT-004').length, 1);
    assert.equal(f.message, "'Microsoft Corporation' supplies not-open-source applications on 3 layers of the stack ('office', 'client-os', 'server-os'): 'w', 'win', 'ws'.");
    assert.deepEqual(f.related?.map((r) => r.message), ["'w' (layer 'office')", "'win' (layer 'client-os')", "'ws' (layer 'server-os')"]);
    assert.deepEqual(f.affects?.map((e) => e.id), ['w', 'win', 'ws']);
  });

  it('two layers are not enough; an unknown vendor is not guessed', () => {
    const apps = app('w', `layer: office\nvendor: microsoft\n${PROPRIETARY}`) + '---\n' + app('win', `layer: client-os\nvendor: microsoft\n${PROPRIETARY}`)
      + '---\n' + app('ws', `layer: server-os\nvendor: nobody\n${PROPRIETARY}`);
    expectFindings(auditYaml({ 'parties.yaml': parties, 'apps.yaml': apps }), 'EXIT-004', []);
  });

  it('can be suppressed on the vendor\'s document', () => {
    const suppressed = parties.replace('apiVersion: sova/v1\nkind: Party\nid: microsoft\n', '# sova-ignore EXIT-004 -- Rahmenvertrag des Landes, Ablösung geplant\napiVersion: sova/v1\nkind: Party\nid: microsoft\n');
    const t = auditYaml({ 'parties.yaml': suppressed, 'apps.yaml': office([300, 100, 200]) });
    assert.equal(t.active('EXIT-004').length, 0);
    assert.equal(t.findings('EXIT-004').length, 1);
  });
});

describe('EXIT-005 no escrow for a very critical proprietary application', () => {
  const CRIT = `criticality: very-high\n${PROPRIETARY}`;
  table('EXIT-005', [
    { name: 'no contract at all', files: { 'a.yaml': app('a', CRIT) },
      expected: [{ at: 'kind', severity: 'info', message: "'a' is very critical (criticality: very-high) and proprietary, but there is no contract that provides a source code escrow (escrow)." }] },
    { name: 'a referenced contract without escrow', files: { 'a.yaml': app('a', `${CRIT}contract: wartung\n`), 'c.yaml': doc('Contract', 'wartung', 'type: EVB-IT Pflege S\n') },
      expected: [{ at: 'wartung', message: "'a' is very critical (criticality: very-high) and proprietary, but the contract 'wartung' provides no source code escrow (escrow)." }] },
    { name: 'inline escrow: false', files: { 'a.yaml': app('a', `${CRIT}contract: {escrow: false}\n`) }, expected: [{ at: 'false' }] },
    { name: 'escrow as text', files: { 'a.yaml': app('a', `${CRIT}contract: {escrow: Hinterlegung beim Treuhänder}\n`) }, expected: [] },
    { name: 'escrow: true in the referenced contract', files: { 'a.yaml': app('a', `${CRIT}contract: wartung\n`), 'c.yaml': doc('Contract', 'wartung', 'escrow: true\n') }, expected: [] },
    { name: 'a dangling contract reference: quiet (REF-001)', files: { 'a.yaml': app('a', `${CRIT}contract: nope\n`) }, expected: [] },
    { name: 'high, not very high', files: { 'a.yaml': app('a', `criticality: high\n${PROPRIETARY}`) }, expected: [] },
    { name: 'open core is not proprietary', files: { 'a.yaml': app('a', 'criticality: very-high\nlicence: {spdx: MIT, model: open-core}\n') }, expected: [] },
  ]);
});
