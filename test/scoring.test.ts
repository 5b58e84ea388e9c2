// Sovereignty levels, scores, LEVEL-001, the landscape view and `sova score`, computed by hand.
// Default weights SOV-1…8 = 15/10/10/15/20/15/10/5 (sum 100).
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { app, auditYaml, textAt } from './harness';
import type { TestAudit } from './harness';
import type { AuditOptions } from '../engine';
import type { ApplicationScore } from '../engine/scoring';
import { landscapeView, statusSummary } from '../engine/landscape-view';
import { main } from '../cli/main';

const BASE = `apiVersion: sova/v1
kind: Party
id: kommune
name: Stadt Musterstadt
country: DE
self: true
---
apiVersion: sova/v1
kind: Party
id: us-hoster
name: US Hosting LLC
country: US
---
apiVersion: sova/v1
kind: HostingSite
id: rz
name: Rechenzentrum
country: DE
ownership: own
operator: kommune
energy: {pue: 1.2, renewableShare: 1}
---
apiVersion: sova/v1
kind: DataCategory
id: bauakten
name: Bauakten
personal: true
---
apiVersion: sova/v1
kind: DataCategory
id: gesundheit
name: Gesundheitsdaten
specialCategory: true
---
apiVersion: sova/v1
kind: DataCategory
id: messwerte
name: Messwerte
personal: false
protectionNeed: high
`;

/** A site that ENV-001 reports (it checks every site, used or not), so it is added only where wanted. */
const ALT_SITE = `apiVersion: sova/v1
kind: HostingSite
id: rz-alt
name: Altes Rechenzentrum
country: DE
ownership: own
operator: kommune
energy: {pue: 1.9, renewableShare: 0.2}
`;

/** Every objective's deciding field is present and no rule fires: each objective stays at 4. */
const CLEAN = {
  criticality: 'criticality: normal',
  vendor: 'vendor: kommune',
  licence: 'licence: {spdx: EUPL-1.2, model: open-source}',
  product: 'product: {eol: 2030-01-01}',
  deployment: 'deployment: {model: on-premises, sites: [rz], operator: kommune}',
  data: 'data: [bauakten]',
  lastReviewed: 'lastReviewed: 2026-10-01',
};
type Part = keyof typeof CLEAN;

function body(replace: Partial<Record<Part, string>> = {}): string {
  return (Object.keys(CLEAN) as Part[]).map((k) => (k in replace ? replace[k] : CLEAN[k])).filter(Boolean).join('\n') + '\n';
}

function run(appBody: string, opts: AuditOptions & { config?: string } = {}): TestAudit {
  return auditYaml({ 'landscape/base.yaml': BASE, 'landscape/app.yaml': app('x', appBody) }, opts);
}

function scoreOf(t: TestAudit, id = 'x'): ApplicationScore {
  const s = [...t.result.scores.values()].find((a) => a.entity.id === id);
  assert.ok(s, `no score for ${id}`);
  return s;
}

/** "SOV-1 4 · SOV-2 – …" with – for unassessed objectives. */
function levels(s: ApplicationScore): string {
  return Object.entries(s.objectives).map(([o, v]) => `${o} ${v.assessed ? v.level : '–'}`).join(' · ');
}

describe('scoring: levels and scores per application', () => {
  it('a fully assessed application without findings: level 4, score 100', () => {
    const t = run(body());
    assert.deepEqual(t.ids(), []);
    const s = scoreOf(t);
    // score = 15 + 10 + 10 + 15 + 20 + 15 + 10 + 5 = 100
    assert.equal(levels(s), 'SOV-1 4 · SOV-2 4 · SOV-3 4 · SOV-4 4 · SOV-5 4 · SOV-6 4 · SOV-7 4 · SOV-8 4');
    assert.deepEqual([s.level, s.score, s.requiredLevel, s.unassessed], [4, 100, 2, []]);
  });

  it('LIC-001 caps SOV-6 at 1; the finding is recorded as the cause', () => {
    const t = run(body({ licence: 'licence: {model: open-source}' }));
    const s = scoreOf(t);
    // SOV-6 capped at 1 by LIC-001; score = 15·4/4 + 10 + 10 + 15 + 20 + 15·1/4 + 10 + 5 = 85 + 3.75 = 88.75
    assert.equal(levels(s), 'SOV-1 4 · SOV-2 4 · SOV-3 4 · SOV-4 4 · SOV-5 4 · SOV-6 1 · SOV-7 4 · SOV-8 4');
    assert.equal(s.level, 1);
    assert.equal(s.score, 88.75);
    const [cause] = s.objectives['SOV-6'].cappedBy;
    assert.deepEqual([cause.ruleId, cause.cap, textAt(t, cause)], ['LIC-001', 1, 'licence']);
  });

  it('unassessed objectives are kept apart and never rewarded', () => {
    const t = run('licence: {spdx: MIT, model: open-source}\n');
    const s = scoreOf(t);
    // only SOV-6 is decided (always assessed): level 4; score = 15·4/4 = 15, the other seven count 0
    assert.equal(levels(s), 'SOV-1 – · SOV-2 – · SOV-3 – · SOV-4 – · SOV-5 – · SOV-6 4 · SOV-7 – · SOV-8 –');
    assert.deepEqual([s.level, s.score, s.requiredLevel], [4, 15, undefined]);
    assert.deepEqual(s.unassessed, ['SOV-1', 'SOV-2', 'SOV-3', 'SOV-4', 'SOV-5', 'SOV-7', 'SOV-8']);
  });

  it('criticality without licence.model assesses SOV-4 but not SOV-1; commissioned alone assesses SOV-5', () => {
    const s = scoreOf(run('criticality: normal\ncommissioned: false\nlicence: {spdx: MIT}\n'));
    assert.equal(levels(s), 'SOV-1 – · SOV-2 – · SOV-3 – · SOV-4 4 · SOV-5 4 · SOV-6 4 · SOV-7 – · SOV-8 –');
    // score = 15·4/4 (SOV-4) + 20·4/4 (SOV-5) + 15·4/4 (SOV-6) = 50
    assert.equal(s.score, 50);
  });

  it('an objective with an active capping finding is assessed even without its fields', () => {
    const t = run('licence: {spdx: MIT, model: open-source}\ndata: [messwerte]\ndeployment: {keyControl: provider}\nlastReviewed: 2026-10-01\n');
    assert.deepEqual(t.ids(), ['JUR-008']);
    const s = scoreOf(t);
    // SOV-3 capped at 2 by JUR-008 (no sites or operator, yet assessed); SOV-2 stays unassessed
    // level = min(SOV-3 2, SOV-6 4) = 2; score = 10·2/4 + 15·4/4 = 5 + 15 = 20
    assert.equal(levels(s), 'SOV-1 – · SOV-2 – · SOV-3 2 · SOV-4 – · SOV-5 – · SOV-6 4 · SOV-7 – · SOV-8 –');
    assert.deepEqual([s.level, s.score, s.requiredLevel], [2, 20, 1]);
  });

  it('a proprietary licence caps SOV-6 at 2 without a finding', () => {
    const t = run(body({ licence: 'licence: {spdx: LicenseRef-fachverfahren, model: proprietary}' }) +
      'exitPlan: {alternatives: [Open-Source-Alternative], exportTested: 2026-01-15}\ninterfaces:\n  - {standard: odf, role: export-format}\n');
    assert.deepEqual(t.ids(), []);
    const s = scoreOf(t);
    // SOV-6 = 2 (proprietary); score = 100 − 15 + 15·2/4 = 92.5
    assert.deepEqual([s.objectives['SOV-6'].level, s.objectives['SOV-6'].proprietaryLicence, s.objectives['SOV-6'].cappedBy], [2, true, []]);
    assert.deepEqual([s.level, s.score], [2, 92.5]);
  });

  it('a finding on a hosting site lowers every application deployed there (ENV-001 `affects`)', () => {
    const t = auditYaml({ 'landscape/base.yaml': BASE, 'landscape/alt.yaml': ALT_SITE, 'landscape/app.yaml': app('x', body({ deployment: 'deployment: {model: on-premises, sites: [rz-alt], operator: kommune}' })) });
    const s = scoreOf(t);
    // SOV-8 capped at 2 by ENV-001 (reported on the site); score = 100 − 5 + 5·2/4 = 97.5
    assert.equal(s.objectives['SOV-8'].level, 2);
    assert.deepEqual(s.objectives['SOV-8'].cappedBy.map((c) => [c.ruleId, path.basename(c.file)]), [['ENV-001', 'alt.yaml']]);
    assert.deepEqual([s.level, s.score], [2, 97.5]);
  });

  it('SOV-8 is unassessed when one of the sites has no energy data', () => {
    const site = 'apiVersion: sova/v1\nkind: HostingSite\nid: ohne-energie\nname: Ohne Energieangaben\ncountry: DE\nownership: own\noperator: kommune\n';
    const t = auditYaml({ 'landscape/base.yaml': BASE, 'landscape/site.yaml': site, 'landscape/app.yaml': app('x', body({ deployment: 'deployment: {model: on-premises, sites: [rz, ohne-energie], operator: kommune}' })) });
    const s = scoreOf(t);
    // score = 100 − 5 (SOV-8 counts 0) = 95
    assert.deepEqual([s.unassessed, s.level, s.score], [['SOV-8'], 4, 95]);
  });

  it('a suppressed finding does not lower the level', () => {
    const t = run(body({ licence: '# sova-ignore LIC-001 -- Lizenz wird beim Hersteller erfragt\nlicence: {model: open-source}' }));
    assert.equal(t.findings('LIC-001')[0].suppressed?.reason, 'Lizenz wird beim Hersteller erfragt');
    const s = scoreOf(t);
    assert.deepEqual([s.objectives['SOV-6'].level, s.level, s.score], [4, 4, 100]);
    assert.equal(t.active('LEVEL-001').length, 0);
  });

  it('a rule turned off does not lower the level (config and editor overrides)', () => {
    const config = 'include: ["**/*.yaml"]\nrules:\n  LIC-001: "off"\n';
    for (const t of [run(body({ licence: 'licence: {model: open-source}' }), { config }), run(body({ licence: 'licence: {model: open-source}' }), { ruleOverrides: { 'LIC-001': 'off' } })]) {
      assert.equal(t.findings('LIC-001').length, 0);
      assert.deepEqual([scoreOf(t).level, scoreOf(t).score], [4, 100]);
    }
  });

  it('a severity override keeps the cap', () => {
    const t = run(body({ licence: 'licence: {model: open-source}' }), { ruleOverrides: { 'LIC-001': 'info' } });
    assert.equal(t.active('LIC-001')[0].severity, 'info');
    assert.equal(scoreOf(t).objectives['SOV-6'].level, 1);
  });

  it('custom weights from policy.weights, sub-key by sub-key', () => {
    const config = 'include: ["**/*.yaml"]\npolicy:\n  weights: {SOV-5: 0, SOV-6: 40}\n';
    const s = scoreOf(run(body({ licence: 'licence: {model: open-source}' }), { config }));
    // weights 15/10/10/15/0/40/10/5; SOV-6 = 1 (LIC-001): score = 15 + 10 + 10 + 15 + 0 + 40·1/4 + 10 + 5 = 75
    assert.equal(s.score, 75);
  });
});

describe('LEVEL-001 level below the required level', () => {
  it('fires at the id, names the capping finding and points at it', () => {
    const t = run(body({ deployment: 'deployment: {model: on-premises, sites: [rz], operator: us-hoster}' }) + 'contract: {dpa: {signed: true}}\n');
    assert.deepEqual(t.ids().sort(), ['JUR-003', 'LEVEL-001']);
    const s = scoreOf(t);
    // SOV-2 capped at 1 by JUR-003; level 1 < required 2 (personal); score = 100 − 10 + 10·1/4 = 92.5
    assert.deepEqual([s.level, s.requiredLevel, s.score], [1, 2, 92.5]);
    const [f] = t.active('LEVEL-001');
    const [jur] = t.active('JUR-003');
    assert.equal(f.severity, 'error');
    assert.equal(textAt(t, f), 'x');
    assert.equal(f.message, "'x' reaches sovereignty level 1; the data it processes requires at least level 2. Capped by: JUR-003 (SOV-2 ≤ 1).");
    assert.equal(f.related?.length, 1);
    assert.deepEqual([f.related![0].file, f.related![0].range], [jur.file, jur.range]);
    assert.match(f.related![0].message, /^JUR-003 \(SOV-2 ≤ 1\): 'US Hosting LLC', operator of 'x'/);
  });

  it('names a proprietary licence as the cause and points at licence.model', () => {
    const t = run(body({ data: 'data: [gesundheit]', licence: 'licence: {spdx: LicenseRef-fachverfahren, model: proprietary}' }) +
      'exitPlan: {alternatives: [Open-Source-Alternative], exportTested: 2026-01-15}\ninterfaces:\n  - {standard: odf, role: export-format}\n');
    const [f] = t.active('LEVEL-001');
    // required level 3 (special category); level 2 (SOV-6 proprietary)
    assert.equal(f.message, "'x' reaches sovereignty level 2; the data it processes requires at least level 3. Capped by: proprietary licence (SOV-6 ≤ 2).");
    assert.equal(textAt(t, f.related![0]), 'proprietary');
    const de = run(body({ data: 'data: [gesundheit]', licence: 'licence: {spdx: LicenseRef-fachverfahren, model: proprietary}' }) +
      'exitPlan: {alternatives: [Open-Source-Alternative], exportTested: 2026-01-15}\ninterfaces:\n  - {standard: odf, role: export-format}\n', { locale: 'de' });
    assert.equal(de.active('LEVEL-001')[0].message, '„x“ erreicht die Souveränitätsstufe 2; die verarbeiteten Daten verlangen mindestens Stufe 3. Begrenzt durch: proprietäre Lizenz (SOV-6 ≤ 2).');
  });

  it('fires when personal data leaves SOV-2 and SOV-3 unassessed', () => {
    const config = 'include: ["**/*.yaml"]\nrules:\n  JUR-001: "off"\n';
    const t = run(body({ deployment: '' }), { config });
    const s = scoreOf(t);
    assert.deepEqual(s.unassessed, ['SOV-2', 'SOV-3', 'SOV-8']);
    assert.equal(s.level, 4, 'the assessed objectives are all 4: not below the required 2');
    assert.equal(t.active('LEVEL-001')[0].message, "'x' processes personal data, but SOV-2 and SOV-3 cannot be assessed: data, deployment.sites and deployment.operator must all be given.");
    const de = run(body({ deployment: '' }), { config, locale: 'de' });
    assert.equal(de.active('LEVEL-001')[0].message, '„x“ verarbeitet personenbezogene Daten, aber SOV-2 und SOV-3 lassen sich nicht bewerten: Dafür müssen data, deployment.sites und deployment.operator angegeben sein.');
  });

  it('says both when the level is below and SOV-2 is unassessed', () => {
    const t = run(body({ deployment: '' }));
    // JUR-001 caps SOV-3 at 0 (and so assesses it); SOV-2 stays unassessed; level 0 < 2
    assert.equal(t.active('LEVEL-001')[0].message, "'x' reaches sovereignty level 0; the data it processes requires at least level 2. Capped by: JUR-001 (SOV-3 ≤ 0). Unassessed: SOV-8. 'x' processes personal data, but SOV-2 cannot be assessed: data, deployment.sites and deployment.operator must all be given.");
    assert.match(run(body({ deployment: '' }), { locale: 'de' }).active('LEVEL-001')[0].message, / „x“ verarbeitet personenbezogene Daten, aber SOV-2 lässt sich nicht bewerten: /);
  });

  it('stays quiet at or above the required level and without data categories', () => {
    assert.equal(run(body()).active('LEVEL-001').length, 0);
    assert.equal(run(body({ licence: 'licence: {model: open-source}', data: 'data: []' })).active('LEVEL-001').length, 0, 'level 1, but no required level');
    const lowered = 'include: ["**/*.yaml"]\npolicy:\n  requiredLevelDefaults: {personal: 1}\n';
    assert.equal(run(body({ licence: 'licence: {model: open-source}' }), { config: lowered }).active('LEVEL-001').length, 0, 'level 1 = required 1');
  });

  it('a suppressed capping finding is neither a cause nor lowers the level', () => {
    const t = run(body({ deployment: 'deployment:\n  model: on-premises\n  sites: [rz]\n  # sova-ignore JUR-003 -- Risikoanalyse 2026-05, Verschlüsselung mit eigenem Schlüssel\n  operator: us-hoster' }) + 'contract: {dpa: {signed: true}}\n');
    assert.equal(t.findings('JUR-003').length, 1);
    assert.deepEqual([scoreOf(t).level, t.active('LEVEL-001').length], [4, 0]);
  });
});

describe('landscape view', () => {
  const parties = `apiVersion: sova/v1
kind: Party
id: big-corp
name: Big Corp
country: DE
---
apiVersion: sova/v1
kind: Party
id: big-sub
name: Big Sub
country: DE
parent: big-corp
---
apiVersion: sova/v1
kind: Party
id: small
name: Small GmbH
country: DE
`;
  const apps = [
    app('a', 'layer: office\nusers: 100\ncriticality: high\nvendor: big-sub\nlicence: {spdx: MIT, model: open-source}\ninterfaces:\n  - {standard: odf, role: default-format}\n  - {standard: imap, role: api, spec: https://example.org/imap}\n'),
    app('b', 'layer: office\nusers: 300\ncriticality: normal\nvendor: big-corp\nlicence: {spdx: LicenseRef-b, model: proprietary}\ninterfaces:\n  - {standard: ooxml, role: default-format}\n'),
    app('c', 'layer: office\nusers: 100\ncriticality: very-high\nvendor: small\nlicence: {model: open-source}\n'),
    app('d', 'layer: client-os\nlicence: {spdx: MIT, model: open-source}\n'),
  ].join('---\n');
  // Rules that would cap SOV-1/4/5 of these minimal entries are turned off, so the levels come from SOV-6 alone.
  const isolate: AuditOptions = { ruleOverrides: { 'EXIT-001': 'off', 'EXIT-004': 'off', 'LIFE-004': 'off', 'STD-007': 'off' } };

  it('weights levels by users × criticality, computes HHI by top parent and the open shares per layer', () => {
    const t = auditYaml({ 'landscape/parties.yaml': parties, 'landscape/apps.yaml': apps }, isolate);
    const view = landscapeView(t.result);
    // levels: a 4 (MIT), b 2 (proprietary), c 1 (LIC-001), d 4
    // weights: a 100·2 = 200, b 300·1 = 300, c 100·3 = 300, d 1·1 = 1 (no users, no criticality)
    // weighted level = (200·4 + 300·2 + 300·1 + 1·4) / 801 = 1704 / 801
    assert.deepEqual(view.levels.distribution, { '0': 0, '1': 1, '2': 1, '3': 0, '4': 2, unassessed: 0 });
    assert.ok(Math.abs(view.levels.weightedLevel! - 1704 / 801) < 1e-9);
    assert.equal(view.levels.meanLevel, (4 + 2 + 1 + 4) / 4);
    assert.deepEqual(view.layers.map((l) => l.layer), ['office', 'client-os']);
    const office = view.layers[0];
    // vendor groups by top parent: big-corp = a 100 + b 300 = 400 users (0.8), small = 100 (0.2)
    // HHI = 80² + 20² = 6400 + 400 = 6800
    assert.equal(office.users, 500);
    assert.equal(office.hhi, 6800);
    assert.deepEqual(office.vendors.map((v) => [v.id, v.users]), [['big-corp', 400], ['small', 100]]);
    assert.deepEqual(office.osiLicensed, { count: 1, total: 3, share: 1 / 3 });
    // interfaces: odf, imap open; ooxml contested → 2 of 3
    assert.deepEqual(office.openInterfaces, { count: 2, total: 3, share: 2 / 3 });
    const client = view.layers[1];
    assert.deepEqual([client.hhi, client.withoutVendor, client.osiLicensed.share, client.openInterfaces.share], [undefined, 1, 1, undefined]);
    assert.equal(view.findings.byFacet.T.error, t.active().filter((f) => f.ruleId.startsWith('LIC-') && f.severity === 'error').length);
    assert.equal(statusSummary(view, 'en'), 'Sovereignty 2.1 · 0 below required · 0 unassessed');
  });

  it('counts end-of-life applications from LIFE-001 and LIFE-002, and findings per facet and severity', () => {
    const eol = [
      app('alt', 'licence: {spdx: MIT, model: open-source}\nproduct: {eol: 2025-01-31}\n'),
      app('bald', 'licence: {spdx: MIT, model: open-source}\nproduct: {eol: 2027-01-31}\n'),
      app('neu', 'licence: {spdx: MIT, model: open-source}\nproduct: {eol: 2031-01-31}\n'),
    ].join('---\n');
    const t = auditYaml({ 'landscape/eol.yaml': eol });
    const view = landscapeView(t.result);
    assert.deepEqual(view.endOfLife, { ended: 1, endingSoon: 1 });
    const active = t.active();
    assert.equal(view.findings.bySeverity.error + view.findings.bySeverity.warning + view.findings.bySeverity.info, active.length);
    assert.equal(view.findings.byFacet.KS.error, active.filter((f) => f.ruleId === 'LIFE-001').length);
  });
});

describe('sova score', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sova-score-'));
    fs.mkdirSync(path.join(dir, 'landscape'));
    fs.writeFileSync(path.join(dir, 'sova.config.yaml'), 'locale: en\n');
    fs.writeFileSync(path.join(dir, 'landscape', 'base.yaml'), BASE);
    fs.writeFileSync(path.join(dir, 'landscape', 'app.yaml'), app('x', body({ licence: 'licence: {model: open-source}' })));
    fs.writeFileSync(path.join(dir, 'landscape', 'other.yaml'), app('y', 'licence: {spdx: MIT, model: open-source}\n'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  function cli(args: string[]) {
    let out = '';
    let err = '';
    const code = main(['score', ...args], { out: (s) => { out += s; }, err: (s) => { err += s; }, cwd: dir, isTty: false });
    return { code, out, err };
  }

  it('prints level, objectives with unassessed marked, score, required level and the landscape view', () => {
    const { code, out } = cli(['.', '--as-of', '2026-11-23']);
    assert.equal(code, 0);
    assert.match(out, /landscape\/app\.yaml:3 {2}x\n {2}level 1 · required 2 \(below\) · score 88\.8\/100\n {2}SOV-1 4 {2}SOV-2 4 {2}SOV-3 4 {2}SOV-4 4 {2}SOV-5 4 {2}SOV-6 1 {2}SOV-7 4 {2}SOV-8 4\n {2}capped by: LIC-001 SOV-6 ≤ 1 \(landscape\/app\.yaml:7\)/);
    assert.match(out, /landscape\/other\.yaml:3 {2}y\n {2}level 4; SOV-1, SOV-2, SOV-3, SOV-4, SOV-5, SOV-7, SOV-8 unassessed · score 15\/100\n {2}SOV-1 – {2}SOV-2 – {2}SOV-3 – {2}SOV-4 – {2}SOV-5 – {2}SOV-6 4 {2}SOV-7 – {2}SOV-8 –/);
    assert.match(out, /^Landscape: 2 applications, 2 assessed;/m);
  });

  it('lists only the applications of the files given, in German with --locale de', () => {
    const { code, out } = cli(['landscape/other.yaml', '--as-of', '2026-11-23', '--locale', 'de']);
    assert.equal(code, 0);
    assert.doesNotMatch(out, /app\.yaml/);
    assert.match(out, /Stufe 4; SOV-1, SOV-2, SOV-3, SOV-4, SOV-5, SOV-7, SOV-8 nicht bewertet · Punkte 15\/100/);
    assert.match(out, /^Landschaft: 2 Anwendungen/m);
  });

  it('writes JSON with null for unassessed objectives', () => {
    const { code, out } = cli(['--format', 'json', '--as-of', '2026-11-23']);
    assert.equal(code, 0);
    const doc = JSON.parse(out);
    assert.equal(doc.asOf, '2026-11-23');
    const [x, y] = doc.workspaces[0].applications;
    assert.deepEqual([x.id, x.level, x.requiredLevel, x.belowRequired, x.score], ['x', 1, 2, true, 88.75]);
    assert.deepEqual(x.objectives['SOV-6'].cappedBy.map((c: { ruleId: string; file: string }) => [c.ruleId, c.file]), [['LIC-001', 'landscape/app.yaml']]);
    assert.deepEqual([y.level, y.objectives['SOV-8'].level, y.objectives['SOV-8'].assessed], [4, null, false]);
    assert.equal(doc.workspaces[0].landscape.levels.applications, 2);
  });

  it('exits 2 on usage errors', () => {
    assert.equal(cli(['--format', 'xml']).code, 2);
    assert.equal(cli(['--as-of', '2026-02-30']).code, 2);
    assert.equal(cli(['gibt-es-nicht']).code, 2);
  });
});
