// JUR-001…JUR-009: YAML snippets in, the expected findings out (ids, messages, severities, locations, related).
import { strict as assert } from 'node:assert';
import { app, auditYaml, textAt } from './harness';
import type { TestAudit } from './harness';
import { RULES } from '../engine';
import type { AuditOptions, EngineFinding } from '../engine';

/** Parties, sites and data categories the applications below refer to. */
const BASE = `apiVersion: sova/v1
kind: Party
id: kommune
name: Stadt Musterstadt
country: DE
self: true
---
apiVersion: sova/v1
kind: Party
id: kdo
name: Kommunaler IT-Dienstleister
country: DE
sector: municipal-it
---
apiVersion: sova/v1
kind: Party
id: us-cloud-inc
name: US Cloud Inc.
country: US
dpf: {certified: true, checked: 2026-06-01}
---
apiVersion: sova/v1
kind: Party
id: us-cloud-de
name: US Cloud Deutschland GmbH
country: DE
parent: us-cloud-inc
---
apiVersion: sova/v1
kind: Party
id: us-nodpf
name: Uncertified Corp.
country: US
---
apiVersion: sova/v1
kind: Party
id: loop-a
name: Loop A
country: DE
parent: loop-b
---
apiVersion: sova/v1
kind: Party
id: loop-b
name: Loop B
country: AT
parent: loop-a
---
apiVersion: sova/v1
kind: Party
id: c5-cloud
name: C5 Cloud AG
country: DE
certifications:
  - {scheme: "C5:2020", type: type2, date: 2026-03-31}
---
apiVersion: sova/v1
kind: Party
id: c5-type1
name: C5 Typ 1 AG
country: DE
certifications:
  - {scheme: "C5:2020", type: type1, date: 2026-03-31}
---
apiVersion: sova/v1
kind: HostingSite
id: rz
name: Rechenzentrum KDO
country: DE
ownership: colocation
operator: kdo
---
apiVersion: sova/v1
kind: HostingSite
id: cloud-fra
name: US Cloud Frankfurt
country: DE
ownership: public-cloud
operator: us-cloud-de
---
apiVersion: sova/v1
kind: HostingSite
id: cloud-us
name: US Cloud Virginia
country: US
ownership: public-cloud
operator: us-cloud-inc
---
apiVersion: sova/v1
kind: HostingSite
id: nodpf-us
name: Uncertified Virginia
country: US
ownership: public-cloud
operator: us-nodpf
---
apiVersion: sova/v1
kind: HostingSite
id: zurich
name: Rechenzentrum Zürich
country: CH
ownership: colocation
operator: kdo
---
apiVersion: sova/v1
kind: HostingSite
id: colo-us
name: Colocation USA
country: US
ownership: colocation
operator: us-nodpf
---
apiVersion: sova/v1
kind: HostingSite
id: c5-site
name: C5 Cloud Berlin
country: DE
ownership: public-cloud
operator: c5-cloud
---
apiVersion: sova/v1
kind: HostingSite
id: type1-site
name: Typ-1-Cloud
country: DE
ownership: public-cloud
operator: c5-type1
---
apiVersion: sova/v1
kind: HostingSite
id: nowhere
name: Standort ohne Land
ownership: own
---
apiVersion: sova/v1
kind: DataCategory
id: meldedaten
name: Meldedaten
personal: true
protectionNeed: high
allowedRegions: [DE]
---
apiVersion: sova/v1
kind: DataCategory
id: kontakt
name: Kontaktdaten
personal: true
requiredLevel: 1
allowedRegions: [adequacy]
---
apiVersion: sova/v1
kind: DataCategory
id: sozialdaten
name: Sozialdaten
secrecy: [social]
protectionNeed: very-high
---
apiVersion: sova/v1
kind: DataCategory
id: steuerdaten
name: Steuerdaten
secrecy: [tax]
---
apiVersion: sova/v1
kind: DataCategory
id: intern
name: Interne Notizen
secrecy: [other]
---
apiVersion: sova/v1
kind: DataCategory
id: geodaten
name: Geodaten
personal: false
protectionNeed: normal
allowedRegions: [any]
`;

const APP = 'landscape/app.yaml';

function run(body: string, opts: AuditOptions & { config?: string; extra?: Record<string, string> } = {}): TestAudit {
  return auditYaml({ 'landscape/base.yaml': BASE, [APP]: app('x', body), ...opts.extra }, opts);
}

/** The one active finding of a rule (fails when there is not exactly one). */
function one(t: TestAudit, ruleId: string): EngineFinding {
  const found = t.active(ruleId);
  assert.equal(found.length, 1, `${ruleId}: expected one finding, got ${found.map((f) => f.message).join(' | ') || 'none'}`);
  return found[0];
}

/** The related locations as `text@file-suffix`. */
function related(t: TestAudit, f: EngineFinding): string[] {
  return (f.related ?? []).map((r) => `${textAt(t, r)}@${r.file.split('/').pop()}`);
}

describe('JUR-001 personal data without site or operator', () => {
  it('fires at the data key when there is no deployment at all', () => {
    const t = run('data: [meldedaten]\n');
    const f = one(t, 'JUR-001');
    assert.equal(f.severity, 'error');
    assert.equal(f.message, "'x' processes personal data ('Meldedaten'), but neither deployment.sites nor deployment.operator is given: where the data lies and who has access to it is not documented.");
    assert.equal(textAt(t, f), 'data');
    assert.deepEqual(related(t, f), ['personal@base.yaml']);
  });

  it('fires at deployment.sites when the sites are missing or empty', () => {
    const t = run('data: [sozialdaten]\ndeployment: {operator: kdo, sites: []}\n');
    const f = one(t, 'JUR-001');
    assert.match(f.message, /but deployment\.sites is missing: where the data lies is not documented\.$/);
    assert.equal(textAt(t, f), 'sites');
    assert.deepEqual(related(t, f), ['secrecy@base.yaml'], 'secrecy makes a category personal');
  });

  it('fires at the deployment key when the operator is missing', () => {
    const t = run('data: [meldedaten]\ndeployment:\n  sites: [rz]\n');
    const f = one(t, 'JUR-001');
    assert.match(f.message, /but deployment\.operator is missing/);
    assert.equal(textAt(t, f), 'deployment');
  });

  it('stays quiet with sites and operator, without personal data, and for a dangling data reference', () => {
    assert.equal(run('data: [meldedaten]\ndeployment: {sites: [rz], operator: kdo}\n').active('JUR-001').length, 0);
    assert.equal(run('data: [geodaten]\n').active('JUR-001').length, 0);
    assert.equal(run('data: [gibt-es-nicht]\n').active('JUR-001').length, 0);
  });
});

describe('JUR-002 site outside the allowed regions', () => {
  it('fires at the sites item, with related locations at the country and the allowed regions', () => {
    const t = run('data: [meldedaten, geodaten]\ndeployment:\n  sites: [rz, zurich]\n  operator: kdo\n');
    const f = one(t, 'JUR-002');
    assert.equal(f.severity, 'error');
    assert.equal(f.message, "'x' runs at the site 'Rechenzentrum Zürich', country Switzerland (CH), outside the regions allowed for this data: 'Meldedaten' (DE).");
    assert.equal(textAt(t, f), 'zurich');
    assert.deepEqual(related(t, f), ['CH@base.yaml', '[DE]@base.yaml']);
  });

  it('counts an adequacy country as inside adequacy', () => {
    assert.equal(run('data: [kontakt]\ndeployment: {sites: [zurich], operator: kdo}\n').active('JUR-002').length, 0);
  });

  it('counts the US as adequacy only with a DPF-certified US importer among the operators and their parents', () => {
    assert.equal(run('data: [kontakt]\ndeployment: {sites: [cloud-us], operator: kdo}\n').active('JUR-002').length, 0, 'us-cloud-inc operates cloud-us and is certified');
    const t = run('data: [kontakt]\ndeployment: {sites: [nodpf-us], operator: kdo}\n');
    const f = one(t, 'JUR-002');
    assert.match(f.message, /, country United States \(US\), outside the regions allowed for this data: 'Kontaktdaten' \(adequacy\)\. The US counts as 'adequacy' only when/);
  });

  it('stays quiet for a site without a country and for data without allowedRegions', () => {
    assert.equal(run('data: [meldedaten]\ndeployment: {sites: [nowhere], operator: kdo}\n').active('JUR-002').length, 0);
    assert.equal(run('data: [sozialdaten]\ndeployment: {sites: [zurich], operator: kdo}\n').active('JUR-002').length, 0);
  });
});

describe('JUR-003 operator subject to extraterritorial law', () => {
  it('is an error at deployment.operator when the jurisdiction comes through the parent and the required level is ≥ 2', () => {
    const t = run('data: [meldedaten]\ndeployment: {sites: [rz], operator: us-cloud-de}\n');
    const f = one(t, 'JUR-003');
    assert.equal(f.severity, 'error');
    assert.equal(textAt(t, f), 'us-cloud-de');
    assert.equal(f.message, "'US Cloud Deutschland GmbH', operator of 'x', is subject to the law of these states: United States (US) through 'US Cloud Inc.'. Authorities there can compel it to disclose data in its control, even data stored in the EU (US: CLOUD Act, 18 U.S.C. §2713). 'x' processes personal data ('Meldedaten'; required level 2). This is an exposure to assess, not a verdict on whether the use is lawful.");
    assert.doesNotMatch(f.message, /unlawful/);
    assert.deepEqual(related(t, f), ['US@base.yaml']);
  });

  it('is a warning when the effective required level is below 2', () => {
    const t = run('data: [kontakt]\ndeployment: {sites: [rz], operator: us-nodpf}\n');
    assert.equal(one(t, 'JUR-003').severity, 'warning');
  });

  it('finds the operator of a public-cloud site, located at that sites item', () => {
    const t = run('data: [meldedaten]\ndeployment: {sites: [rz, cloud-us], operator: kdo}\n');
    const f = one(t, 'JUR-003');
    assert.equal(textAt(t, f), 'cloud-us');
    assert.match(f.message, /^'US Cloud Inc\.', operator of 'x', is subject to the law of these states: United States \(US\)\. /);
    assert.deepEqual(related(t, f), ['us-cloud-inc@base.yaml', 'US@base.yaml']);
  });

  it('ignores the operator of a colocation site, and parties outside policy.extraterritorialCountries', () => {
    assert.equal(run('data: [meldedaten]\ndeployment: {sites: [colo-us], operator: kdo}\n').active('JUR-003').length, 0);
    const config = 'include: ["**/*.yaml"]\npolicy:\n  extraterritorialCountries: [CN]\n';
    assert.equal(run('data: [meldedaten]\ndeployment: {sites: [rz], operator: us-cloud-de}\n', { config }).active('JUR-003').length, 0);
  });

  it('stays quiet without personal data, and terminates on a cycle of parents', () => {
    assert.equal(run('data: [geodaten]\ndeployment: {sites: [rz], operator: us-cloud-de}\n').active('JUR-003').length, 0);
    assert.equal(run('data: [meldedaten]\ndeployment: {sites: [rz], operator: loop-a}\n').active('JUR-003').length, 0);
  });
});

describe('JUR-004 Data Privacy Framework without a checked certification', () => {
  const dpf = 'data: [kontakt]\ndeployment: {sites: [rz], operator: us-cloud-de}\ncontract: {dpa: {signed: true, transfer: dpf}}\n';

  it('stays quiet when a US parent is certified and was checked within 12 months of the as-of date', () => {
    assert.equal(run(dpf).active('JUR-004').length, 0);
    assert.equal(run(dpf, { asOf: '2027-06-01' }).active('JUR-004').length, 0, 'exactly 12 months: still within');
  });

  it('fires at the inline dpa.transfer when the check is older than 12 months', () => {
    const t = run(dpf, { asOf: '2027-06-02' });
    const f = one(t, 'JUR-004');
    assert.equal(f.severity, 'warning');
    assert.equal(textAt(t, f), 'dpf');
    assert.equal(f.message, "The contract of 'x' bases the transfer on the EU-US Data Privacy Framework (dpa.transfer: dpf); 'US Cloud Inc.' is recorded as certified, but the DPF list was last checked 2026-06-01 — not within the 12 months before 2027-06-02.");
    assert.deepEqual(related(t, f), ['dpf@base.yaml']);
  });

  it('fires when the US operator is not certified', () => {
    const t = run('data: [kontakt]\ndeployment: {sites: [rz], operator: us-nodpf}\ncontract: {dpa: {transfer: dpf}}\n');
    assert.match(one(t, 'JUR-004').message, /but 'Uncertified Corp\.' is not recorded as certified \(dpf\.certified: true\)\.$/);
  });

  it('fires at the contract reference when no US company is among the operators', () => {
    const contract = 'apiVersion: sova/v1\nkind: Contract\nid: rahmenvertrag\nname: Rahmenvertrag\ndpa: {signed: true, transfer: dpf}\n';
    const t = run('data: [kontakt]\ndeployment: {sites: [rz], operator: kdo}\ncontract: rahmenvertrag\n', { extra: { 'landscape/contract.yaml': contract } });
    const f = one(t, 'JUR-004');
    assert.equal(textAt(t, f), 'rahmenvertrag');
    assert.match(f.message, /but there is no US company among the operators and their parents that could be certified\.$/);
    assert.deepEqual(related(t, f), ['dpf@contract.yaml']);
  });

  it('says so when the DPF list was never checked (no dpf.checked)', () => {
    const never = 'apiVersion: sova/v1\nkind: Party\nid: us-never\nname: Never Checked Inc.\ncountry: US\ndpf: {certified: true}\n';
    const body = 'data: [kontakt]\ndeployment: {sites: [rz], operator: us-never}\ncontract: {dpa: {transfer: dpf}}\n';
    const en = one(run(body, { extra: { 'landscape/never.yaml': never } }), 'JUR-004');
    assert.equal(en.message, "The contract of 'x' bases the transfer on the EU-US Data Privacy Framework (dpa.transfer: dpf); 'Never Checked Inc.' is recorded as certified, but the DPF list was never checked (dpf.checked).");
    const de = one(run(body, { extra: { 'landscape/never.yaml': never }, locale: 'de' }), 'JUR-004');
    assert.match(de.message, /; „Never Checked Inc\.“ ist als zertifiziert eingetragen, aber die DPF-Liste wurde nie geprüft \(dpf\.checked\)\.$/);
  });

  it('puts the verb in the plural for several parties', () => {
    const parties = 'apiVersion: sova/v1\nkind: Party\nid: us-other\nname: Other Corp.\ncountry: US\n---\n' +
      'apiVersion: sova/v1\nkind: Party\nid: us-old-a\nname: Old A\ncountry: US\ndpf: {certified: true, checked: 2024-01-15}\n---\n' +
      'apiVersion: sova/v1\nkind: Party\nid: us-old-b\nname: Old B\ncountry: US\nparent: us-old-a\ndpf: {certified: true, checked: 2024-03-01}\n';
    const extra = { 'landscape/parties.yaml': parties };
    // Not certified: the operator and the operator of the public-cloud site.
    const uncertified = 'data: [kontakt]\ndeployment: {sites: [nodpf-us], operator: us-other}\ncontract: {dpa: {transfer: dpf}}\n';
    assert.match(one(run(uncertified, { extra, locale: 'de' }), 'JUR-004').message, /, aber „Other Corp\.“ und „Uncertified Corp\.“ sind nicht als zertifiziert eingetragen \(dpf\.certified: true\)\.$/);
    assert.match(one(run(uncertified, { extra }), 'JUR-004').message, /, but 'Other Corp\.' and 'Uncertified Corp\.' are not recorded as certified \(dpf\.certified: true\)\.$/);
    // Certified, checked too long ago: the newest check is named.
    const stale = 'data: [kontakt]\ndeployment: {sites: [rz], operator: us-old-b}\ncontract: {dpa: {transfer: dpf}}\n';
    assert.match(one(run(stale, { extra, locale: 'de' }), 'JUR-004').message, /; „Old B“ und „Old A“ sind als zertifiziert eingetragen, aber die DPF-Liste wurde zuletzt 2024-03-01 geprüft – nicht innerhalb der 12 Monate vor dem 2026-11-23\.$/);
    assert.match(one(run(stale, { extra }), 'JUR-004').message, /; 'Old B' and 'Old A' are recorded as certified, but the DPF list was last checked 2024-03-01 — /);
    // One party: singular.
    assert.match(one(run('data: [kontakt]\ndeployment: {sites: [rz], operator: us-nodpf}\ncontract: {dpa: {transfer: dpf}}\n', { locale: 'de' }), 'JUR-004').message, /, aber „Uncertified Corp\.“ ist nicht als zertifiziert eingetragen /);
  });

  it('stays quiet for another transfer basis and without operators', () => {
    assert.equal(run('data: [kontakt]\ndeployment: {sites: [rz], operator: us-nodpf}\ncontract: {dpa: {transfer: scc}}\n').active('JUR-004').length, 0);
    assert.equal(run('data: [kontakt]\ncontract: {dpa: {transfer: dpf}}\n').active('JUR-004').length, 0);
  });
});

describe('JUR-005 social or tax data outside the EU, the EEA and adequate countries', () => {
  it('fires at the sites item for social and tax data on a US site without a certified importer', () => {
    const t = run('data: [sozialdaten, steuerdaten]\ndeployment: {sites: [rz, nodpf-us], operator: kdo}\n');
    const f = one(t, 'JUR-005');
    assert.equal(f.severity, 'error');
    assert.equal(textAt(t, f), 'nodpf-us');
    assert.equal(f.message, "'x' processes data under social secrecy and tax secrecy ('Sozialdaten', 'Steuerdaten') at the site 'Uncertified Virginia', country United States (US) — outside Germany, the EU, the EEA and the countries with an adequacy decision, to which §80(2) SGB X confines processing on behalf (sova applies the same standard to tax data under §30 AO).");
    assert.deepEqual(related(t, f), ['US@base.yaml', 'secrecy@base.yaml', 'secrecy@base.yaml']);
  });

  it('stays quiet in an adequacy country, with a DPF-certified US importer, and for secrecy other', () => {
    assert.equal(run('data: [sozialdaten]\ndeployment: {sites: [zurich], operator: kdo}\n').active('JUR-005').length, 0);
    assert.equal(run('data: [steuerdaten]\ndeployment: {sites: [cloud-us], operator: kdo}\n').active('JUR-005').length, 0);
    assert.equal(run('data: [intern]\ndeployment: {sites: [nodpf-us], operator: kdo}\n').active('JUR-005').length, 0);
  });
});

describe('JUR-006 no data processing agreement', () => {
  it('fires at the operator when there is no contract (a missing contract counts as empty)', () => {
    const t = run('data: [meldedaten]\ndeployment: {sites: [rz], operator: kdo}\n');
    const f = one(t, 'JUR-006');
    assert.equal(f.severity, 'error');
    assert.equal(textAt(t, f), 'kdo');
    assert.equal(f.message, "'x' processes personal data ('Meldedaten') and is run by 'Kommunaler IT-Dienstleister', not by the municipality itself, but no contract is recorded: GDPR art. 28(3) requires a data processing agreement or another legal act that binds the processor.");
    assert.deepEqual(related(t, f), ['kdo@base.yaml']);
  });

  it('fires at the inline contract without dpa, and at dpa.signed: false', () => {
    const t = run('data: [meldedaten]\ndeployment: {sites: [rz], operator: kdo}\ncontract: {type: Werkvertrag}\n');
    assert.equal(textAt(t, one(t, 'JUR-006')), 'contract');
    const t2 = run('data: [meldedaten]\ndeployment: {sites: [rz], operator: kdo}\ncontract:\n  dpa: {signed: false}\n');
    const f = one(t2, 'JUR-006');
    assert.equal(textAt(t2, f), 'false');
    assert.match(f.message, /the contract records neither a signed data processing agreement \(dpa\.signed: true\) nor a binding legal act \(dpa\.legalAct\)/);
  });

  it('fires at a referenced contract without dpa, with related at the Contract', () => {
    const contract = 'apiVersion: sova/v1\nkind: Contract\nid: pflege\nname: Pflegevertrag\n';
    const t = run('data: [meldedaten]\ndeployment: {sites: [rz], operator: kdo}\ncontract: pflege\n', { extra: { 'landscape/contract.yaml': contract } });
    const f = one(t, 'JUR-006');
    assert.equal(textAt(t, f), 'pflege');
    assert.deepEqual(related(t, f), ['pflege@contract.yaml', 'kdo@base.yaml']);
  });

  it('counts the operator of a public-cloud site even when the municipality runs the application', () => {
    const t = run('data: [meldedaten]\ndeployment: {sites: [c5-site], operator: kommune}\n');
    assert.equal(textAt(t, one(t, 'JUR-006')), 'c5-site');
  });

  it('stays quiet with a signed DPA, a legal act, the municipality as operator, or a dangling contract', () => {
    assert.equal(run('data: [meldedaten]\ndeployment: {sites: [rz], operator: kdo}\ncontract: {dpa: {signed: true}}\n').active('JUR-006').length, 0);
    assert.equal(run('data: [meldedaten]\ndeployment: {sites: [rz], operator: kdo}\ncontract: {dpa: {legalAct: "Zweckvereinbarung KDO 2019"}}\n').active('JUR-006').length, 0);
    assert.equal(run('data: [meldedaten]\ndeployment: {sites: [rz], operator: kommune}\n').active('JUR-006').length, 0);
    assert.equal(run('data: [meldedaten]\ndeployment: {sites: [rz], operator: kdo}\ncontract: fehlt\n').active('JUR-006').length, 0);
    assert.equal(run('data: [geodaten]\ndeployment: {sites: [rz], operator: kdo}\n').active('JUR-006').length, 0);
  });
});

describe('JUR-007 high protection need in a public cloud without C5 type 2', () => {
  it('fires at the sites item; related at the operator and the protection need', () => {
    const t = run('data: [meldedaten]\ndeployment: {sites: [cloud-fra], operator: kdo}\n');
    const f = one(t, 'JUR-007');
    assert.equal(f.severity, 'warning');
    assert.equal(textAt(t, f), 'cloud-fra');
    assert.equal(f.message, "'x' processes data of high protection need ('Meldedaten') at the public-cloud site 'US Cloud Frankfurt', whose operator 'US Cloud Deutschland GmbH' has no BSI C5 type 2 attestation (certifications).");
    assert.deepEqual(related(t, f), ['us-cloud-de@base.yaml', 'high@base.yaml']);
  });

  it('a C5 type 1 report is not enough', () => {
    const t = run('data: [sozialdaten]\ndeployment: {sites: [type1-site], operator: kdo}\n');
    assert.deepEqual(related(t, one(t, 'JUR-007')), ['certifications@base.yaml', 'very-high@base.yaml']);
  });

  it('stays quiet with C5 type 2, on a site that is not public cloud, and for normal protection need', () => {
    assert.equal(run('data: [meldedaten]\ndeployment: {sites: [c5-site], operator: kdo}\n').active('JUR-007').length, 0);
    assert.equal(run('data: [meldedaten]\ndeployment: {sites: [rz], operator: kdo}\n').active('JUR-007').length, 0);
    assert.equal(run('data: [geodaten]\ndeployment: {sites: [cloud-fra], operator: kdo}\n').active('JUR-007').length, 0);
  });
});

describe('JUR-008 provider holds the keys', () => {
  it('fires at keyControl for data of high protection need', () => {
    const t = run('data: [geodaten, meldedaten]\ndeployment: {sites: [rz], operator: kdo, keyControl: provider}\n');
    const f = one(t, 'JUR-008');
    assert.equal(f.severity, 'warning');
    assert.equal(textAt(t, f), 'provider');
    assert.equal(f.message, "For 'x' the provider holds the keys (keyControl: provider), although the application processes data of high protection need ('Meldedaten'): the provider can decrypt the data, and can be compelled to.");
    assert.deepEqual(related(t, f), ['high@base.yaml']);
  });

  it('stays quiet with customer keys and for normal protection need', () => {
    assert.equal(run('data: [meldedaten]\ndeployment: {keyControl: customer}\n').active('JUR-008').length, 0);
    assert.equal(run('data: [geodaten]\ndeployment: {keyControl: provider}\n').active('JUR-008').length, 0);
  });
});

describe('JUR-009 cloud contract under non-EU/EEA law', () => {
  it('fires at the inline governingLaw of a cloud service', () => {
    const t = run('deployment: {model: saas}\ncontract: {governingLaw: US}\n');
    const f = one(t, 'JUR-009');
    assert.equal(f.severity, 'warning');
    assert.equal(textAt(t, f), 'US');
    assert.equal(f.message, "'x' is a cloud service whose contract is governed by the law of a state outside the EU and the EEA; governing law: United States (US). Disputes and the enforcement of data-protection and switching duties follow a foreign legal order.");
  });

  it('fires at the contract reference, related at the Contract\'s governingLaw', () => {
    const contract = 'apiVersion: sova/v1\nkind: Contract\nid: cloud-agb\nname: Cloud-AGB\ngoverningLaw: GB\n';
    const t = run('deployment: {model: iaas}\ncontract: cloud-agb\n', { extra: { 'landscape/contract.yaml': contract } });
    const f = one(t, 'JUR-009');
    assert.equal(textAt(t, f), 'cloud-agb');
    assert.deepEqual(related(t, f), ['GB@contract.yaml']);
  });

  it('stays quiet for EU/EEA law, for services that are not cloud services, and without governingLaw', () => {
    assert.equal(run('deployment: {model: saas}\ncontract: {governingLaw: DE}\n').active('JUR-009').length, 0);
    assert.equal(run('deployment: {model: saas}\ncontract: {governingLaw: "NO"}\n').active('JUR-009').length, 0, 'Norway is in the EEA');
    assert.equal(run('deployment: {model: hosted}\ncontract: {governingLaw: US}\n').active('JUR-009').length, 0);
    assert.equal(run('deployment: {model: saas}\ncontract: {type: AGB}\n').active('JUR-009').length, 0);
    assert.equal(run('deployment: {model: saas}\n').active('JUR-009').length, 0);
  });
});

describe('JUR rules: metadata and German messages', () => {
  it('every JUR rule has complete bilingual metadata with facet D and the catalogue\'s objective and cap', () => {
    const expected: Record<string, [string, number, string]> = {
      'JUR-001': ['SOV-3', 0, 'error'], 'JUR-002': ['SOV-3', 0, 'error'], 'JUR-003': ['SOV-2', 1, 'warning'],
      'JUR-004': ['SOV-2', 2, 'warning'], 'JUR-005': ['SOV-3', 0, 'error'], 'JUR-006': ['SOV-7', 1, 'error'],
      'JUR-007': ['SOV-7', 2, 'warning'], 'JUR-008': ['SOV-3', 2, 'warning'], 'JUR-009': ['SOV-2', 2, 'warning'],
    };
    for (const [id, [objective, cap, severity]] of Object.entries(expected)) {
      const meta = RULES.find((r) => r.meta.id === id)?.meta;
      assert.ok(meta, id);
      assert.deepEqual([meta.facet, meta.objective, meta.cap, meta.severity], ['D', objective, cap, severity], id);
      for (const text of [meta.title, meta.rationale, ...Object.values(meta.messages)]) assert.ok(text.de && text.en, `${id}: de and en`);
      assert.ok(meta.sources.length >= 2 && meta.examples?.bad && meta.examples?.good, id);
    }
  });

  it('speaks German with German quotes', () => {
    const t = run('data: [meldedaten]\ndeployment: {sites: [rz], operator: us-cloud-de}\n', { locale: 'de' });
    assert.equal(one(t, 'JUR-003').message, '„US Cloud Deutschland GmbH“, Betreiber von „x“, unterliegt dem Recht folgender Staaten: Vereinigte Staaten (US) über „US Cloud Inc.“. Behörden dort können die Herausgabe von Daten unter seiner Kontrolle verlangen, auch wenn sie in der EU gespeichert sind (USA: CLOUD Act, 18 U.S.C. §2713). „x“ verarbeitet personenbezogene Daten („Meldedaten“; geforderte Stufe 2). Das ist ein Risiko, das zu bewerten ist, keine Aussage über die Rechtmäßigkeit der Nutzung.');
    assert.match(one(t, 'JUR-006').message, /^„x“ verarbeitet personenbezogene Daten \(„Meldedaten“\) und wird von „US Cloud Deutschland GmbH“ betrieben/);
  });

  it('a suppressed JUR finding is kept but not active', () => {
    const t = run('data: [meldedaten]\ndeployment:\n  # sova-ignore JUR-007 -- C5-Testat liegt vor, Eintrag folgt\n  sites: [cloud-fra]\n  operator: kdo\n');
    assert.equal(t.active('JUR-007').length, 0);
    assert.equal(t.findings('JUR-007')[0].suppressed?.reason, 'C5-Testat liegt vor, Eintrag folgt');
  });
});
