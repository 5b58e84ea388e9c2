import { strict as assert } from 'node:assert';
import { app, applyFix, auditYaml, reaudit, textAt } from './harness';

describe('parsing, ranges and bad input', () => {
  it('reports a YAML syntax error with its position and still audits the other files', () => {
    const t = auditYaml({
      'broken.yaml': 'apiVersion: sova/v1\nkind: Application\nid: x\nname: [unclosed\n',
      'ok.yaml': app('y'),
    });
    const parse = t.active('PARSE');
    assert.equal(parse.length, 1);
    assert.match(parse[0].message, /^YAML syntax error/);
    assert.ok(parse[0].file.endsWith('broken.yaml'));
    assert.ok(t.active('LIC-001').some((f) => f.entity?.id === 'y'), 'the other file is audited');
  });

  it('an empty file and a file of comments yield nothing', () => {
    const t = auditYaml({ 'empty.yaml': '', 'comments.yaml': '# nur ein Kommentar\n' });
    assert.deepEqual(t.ids(), []);
  });

  it('documents that are not ours are skipped and listed for the editor', () => {
    const t = auditYaml({ 'k8s.yaml': 'apiVersion: apps/v1\nkind: Deployment\n---\nfoo: bar\n' });
    assert.deepEqual(t.ids(), []);
    assert.equal(t.result.skipped.length, 2);
    assert.equal(t.result.skipped[0].apiVersion, 'apps/v1');
  });

  it('another sova/ version or an unknown kind is a SCHEMA error with a fix', () => {
    const t = auditYaml({ 'a.yaml': 'apiVersion: sova/v2\nkind: Application\nid: a\nname: A\n---\napiVersion: sova/v1\nkind: Aplication\nid: b\nname: B\n' });
    const schema = t.active('SCHEMA');
    assert.deepEqual(schema.map((f) => textAt(t, f)), ['sova/v2', 'Aplication']);
    assert.equal(schema[1].fixes?.[0].title, "Replace with 'Application'");
  });

  it('a billion-laughs alias bomb is a positioned problem, not a hang or crash', () => {
    const bomb = ['apiVersion: sova/v1', 'kind: Application', 'id: bomb', 'name: bomb', 'a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 8; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`);
    const t = auditYaml({ 'bomb.yaml': bomb.join('\n') + '\n' });
    assert.equal(t.active('PARSE').length, 1);
  });

  it('deeply nested flow collections do not crash the audit', () => {
    const deep = app('deep', `x-deep: ${'['.repeat(5000)}${']'.repeat(5000)}\n`);
    const t = auditYaml({ 'deep.yaml': deep });
    assert.ok(Array.isArray(t.result.findings));
  });

  it('dates validate quoted and unquoted (YAML 1.2 core schema keeps them as text)', () => {
    const t = auditYaml({ 'a.yaml': app('x', 'lastReviewed: 2026-01-31\nmaintenance: {type: internal, until: "2027-01-31"}\n') });
    assert.equal(t.active('SCHEMA').length, 0);
    const bad = auditYaml({ 'a.yaml': app('x', 'lastReviewed: 2026-13-45\n') });
    assert.equal(bad.active('SCHEMA')[0].message, "'2026-13-45' is not a valid date YYYY-MM-DD ('lastReviewed').");
  });

  it('NO stays a string (YAML 1.2): a country code NO is valid', () => {
    const t = auditYaml({ 'a.yaml': 'apiVersion: sova/v1\nkind: Party\nid: p\nname: P\ncountry: NO\n' });
    assert.equal(t.active('SCHEMA').length, 0);
  });
});

describe('SCHEMA', () => {
  it('an unknown key is located at the key, with the nearest known key as fix that keeps comments', () => {
    const files = { 'a.yaml': app('x', '# Schutzbedarf laut Fachbereich\ncriticallity: high # geprüft\nusers: 5\n') };
    const t = auditYaml(files);
    const [f] = t.active('SCHEMA');
    assert.equal(textAt(t, f), 'criticallity');
    assert.equal(f.message, "Unknown field 'criticallity' – did you mean 'criticality'. Unknown fields would silently disable rules; custom fields start with 'x-'.");
    const changed = applyFix(t, f.fixes![0]);
    assert.equal(changed['a.yaml'], app('x', '# Schutzbedarf laut Fachbereich\ncriticality: high # geprüft\nusers: 5\n'));
    assert.equal(reaudit(files, changed).active('SCHEMA').length, 0);
  });

  it('x- keys are kept and ignored at any level', () => {
    const t = auditYaml({ 'a.yaml': app('x', 'x-intern: 1\nlicence: {spdx: MIT, model: open-source, x-note: ok}\n') });
    assert.equal(t.active('SCHEMA').length, 0);
  });

  it('a wrong enum value is located at the value and offers the nearest values', () => {
    const t = auditYaml({ 'a.yaml': app('x', 'criticality: hihg\n') });
    const [f] = t.active('SCHEMA');
    assert.equal(textAt(t, f), 'hihg');
    assert.equal(f.fixes?.[0].title, "Replace with 'high'");
  });

  it('a missing required field is located at the key of the mapping that should hold it', () => {
    const t = auditYaml({ 'a.yaml': 'apiVersion: sova/v1\nkind: Party\nid: p\n' });
    const [f] = t.active('SCHEMA');
    assert.equal(f.message, "Required field 'name' is missing.");
    assert.equal(textAt(t, f), 'kind');
  });

  it('an unknown category is a warning with the nearest category as fix; extraCategories extend it', () => {
    const t = auditYaml({ 'a.yaml': app('x', 'category: [e-invoice, e-fiel]\n') });
    const [f] = t.active('SCHEMA');
    assert.equal(f.severity, 'warning');
    assert.equal(textAt(t, f), 'e-fiel');
    assert.equal(f.fixes?.[0].title, "Replace with 'e-file'");
    const extended = auditYaml({ 'a.yaml': app('x', 'category: e-fiel\n') }, { config: 'include: ["*.yaml"]\npolicy: {extraCategories: [e-fiel]}\n' });
    assert.equal(extended.active('SCHEMA').length, 0);
  });

  it('rules skip only the invalid field: a document with SCHEMA errors is still audited', () => {
    const t = auditYaml({ 'a.yaml': app('x', 'users: many\nlicence: {spdx: SSPL-1.0, model: open-source}\n') });
    assert.deepEqual(t.active('SCHEMA').map((f) => textAt(t, f)), ['many']);
    assert.equal(t.active('LIC-004').length, 1, 'the valid licence fields are still checked');
  });

  it('messages are German by default', () => {
    const t = auditYaml({ 'a.yaml': app('x', 'criticality: hihg\n') }, { locale: 'de' });
    assert.match(t.active('SCHEMA')[0].message, /„hihg“ ist kein zulässiger Wert für „criticality“/);
  });
});

describe('REF-001 and REF-002', () => {
  it('a dangling reference offers the nearest id and a stub document', () => {
    const files = {
      'parties.yaml': 'apiVersion: sova/v1\nkind: Party\nid: dataport\nname: Dataport AöR\n',
      'a.yaml': app('x', 'vendor: dataprot\n'),
    };
    const t = auditYaml(files);
    const [f] = t.active('REF-001');
    assert.equal(textAt(t, f), 'dataprot');
    assert.equal(f.message, "No Party with the id 'dataprot' in the landscape – did you mean 'dataport'.");
    assert.deepEqual(f.fixes?.map((x) => x.title), ["Replace with 'dataport'", "Create Party 'dataprot' as a new document"]);
    assert.equal(reaudit(files, applyFix(t, f.fixes![0])).active('REF-001').length, 0);
    const stubbed = reaudit(files, applyFix(t, f.fixes![1]));
    assert.equal(stubbed.active('REF-001').length, 0);
    assert.equal(stubbed.active('SCHEMA').length, 0);
  });

  it('standards resolve against the shipped catalogue', () => {
    const t = auditYaml({ 'a.yaml': app('x', 'interfaces:\n  - {standard: xrechnung, role: api, spec: api.yaml}\n  - {standard: xrechnug, role: api, spec: api.yaml}\n') });
    assert.deepEqual(t.active('REF-001').map((f) => textAt(t, f)), ['xrechnug']);
  });

  it('a duplicate id is reported at both declarations, pointing at each other', () => {
    const p = (n: string) => `apiVersion: sova/v1\nkind: Party\nid: itdz\nname: ${n}\n`;
    const t = auditYaml({ 'a.yaml': p('A'), 'b.yaml': p('B') });
    const dup = t.active('REF-002');
    assert.equal(dup.length, 2);
    assert.ok(dup[0].related?.[0].file.endsWith('b.yaml'));
    assert.ok(dup[1].related?.[0].file.endsWith('a.yaml'));
  });

  it('the same id in two kinds is fine', () => {
    const t = auditYaml({ 'a.yaml': 'apiVersion: sova/v1\nkind: Party\nid: same\nname: P\n---\napiVersion: sova/v1\nkind: HostingSite\nid: same\nname: S\n' });
    assert.equal(t.active('REF-002').length, 0);
  });
});

describe('CFG-001 and the config', () => {
  it('a broken config is a positioned finding and the defaults apply', () => {
    const t = auditYaml({ 'landscape/a.yaml': app('x') }, { config: 'include: [landscape/**/*.yaml\nlocale: de\n' });
    const cfg = t.active('CFG-001');
    assert.equal(cfg.length, 1);
    assert.ok(cfg[0].file.endsWith('sova.config.yaml'));
    assert.ok(t.active('LIC-001').length, 'the landscape is still audited with the default include');
  });

  it('an unknown rule id is reported at its key with a rename fix, the rest applies', () => {
    const t = auditYaml({ 'a.yaml': app('x') }, { config: 'include: ["*.yaml"]\nrules:\n  LIC-01: off\n  LIC-001: off\n' });
    const [f] = t.active('CFG-001');
    assert.match(f.message, /Unknown rule 'LIC-01'/);
    assert.equal(f.range.start.line, 2);
    assert.equal(t.active('LIC-001').length, 0, 'LIC-001: off still applies');
  });

  it('a wrong value keeps its default and says which values are allowed', () => {
    const t = auditYaml({ 'a.yaml': app('x') }, { config: 'include: ["*.yaml"]\nlocale: fr\n', locale: undefined });
    assert.match(t.active('CFG-001')[0].message, /Ungültiger Wert für „locale“; erlaubt: „de“, „en“/);
  });

  it('severity overrides apply to all findings of a rule', () => {
    const t = auditYaml({ 'a.yaml': app('x') }, { config: 'include: ["*.yaml"]\nrules: {LIC-001: info}\n' });
    assert.equal(t.active('LIC-001')[0].severity, 'info');
  });
});

describe('LIC rules', () => {
  it('LIC-001 inserts LicenseRef-unknown into an existing mapping without touching comments', () => {
    const files = { 'a.yaml': app('x', 'licence:\n  model: proprietary # laut Vertrag\nusers: 3\n') };
    const t = auditYaml(files);
    const [f] = t.active('LIC-001');
    assert.equal(textAt(t, f), 'licence');
    const changed = applyFix(t, f.fixes![0]);
    assert.equal(changed['a.yaml'], app('x', 'licence:\n  model: proprietary # laut Vertrag\n  spdx: LicenseRef-unknown\nusers: 3\n'));
    assert.equal(reaudit(files, changed).active('LIC-001').length, 0);
  });

  it('LIC-001 creates the licence mapping when it is missing', () => {
    const files = { 'a.yaml': app('x') };
    const t = auditYaml(files);
    const changed = applyFix(t, t.active('LIC-001')[0].fixes![0]);
    assert.equal(changed['a.yaml'], app('x', 'licence:\n  spdx: LicenseRef-unknown\n'));
  });

  it('LIC-002 offers the ranked suggestions as separate choices', () => {
    const t = auditYaml({ 'a.yaml': app('x', 'licence: {spdx: "GPLv2+CPE", model: open-source}\n') });
    const [f] = t.active('LIC-002');
    assert.equal(textAt(t, f), '"GPLv2+CPE"');
    assert.equal(f.fixes?.[0].title, 'Set licence to GPL-2.0-only WITH Classpath-exception-2.0');
    assert.ok(f.fixes!.every((x) => x.needsChoice));
  });

  it('LIC-003 offers -only and -or-later and replaces just the deprecated id', () => {
    const files = { 'a.yaml': app('x', 'licence: {spdx: MIT OR GPL-3.0, model: open-source}\n') };
    const t = auditYaml(files);
    const [f] = t.active('LIC-003');
    assert.deepEqual(f.fixes?.map((x) => x.title), ['Replace GPL-3.0 with GPL-3.0-only', 'Replace GPL-3.0 with GPL-3.0-or-later']);
    const changed = applyFix(t, f.fixes![1]);
    assert.equal(changed['a.yaml'], app('x', 'licence: {spdx: MIT OR GPL-3.0-or-later, model: open-source}\n'));
    assert.equal(reaudit(files, changed).active('LIC-003').length, 0);
  });

  it('LIC-004 sets model: source-available', () => {
    const files = { 'a.yaml': app('x', 'licence: {spdx: BUSL-1.1, model: open-source}\n') };
    const t = auditYaml(files);
    const changed = applyFix(t, t.active('LIC-004')[0].fixes![0]);
    assert.equal(changed['a.yaml'], app('x', 'licence: {spdx: BUSL-1.1, model: source-available}\n'));
    assert.equal(auditYaml({ 'a.yaml': app('x', 'licence: {spdx: MIT OR SSPL-1.0, model: open-source}\n') }).active('LIC-004').length, 0);
  });

  it('LIC-005 fires for commissioned software without public repository or OSI licence', () => {
    const t = auditYaml({ 'a.yaml': app('x', 'commissioned: true\nlicence: {spdx: LicenseRef-proprietary, model: proprietary}\n') });
    assert.deepEqual(t.active('LIC-005').map((f) => textAt(t, f)), ['commissioned', 'LicenseRef-proprietary']);
    const ok = auditYaml({ 'a.yaml': app('x', 'commissioned: true\nlicence: {spdx: EUPL-1.2, model: open-source}\nsource: {repository: https://gitlab.opencode.de/stadt/app}\n') });
    assert.equal(ok.active('LIC-005').length, 0);
  });

  it('LIC-006 checks the allow list with SPDX semantics, only when set', () => {
    const config = 'include: ["*.yaml"]\npolicy: {licenceAllowList: [MIT, EUPL-1.2]}\n';
    const lic = (spdx: string) => auditYaml({ 'a.yaml': app('x', `licence: {spdx: "${spdx}", model: open-source}\n`) }, { config }).active('LIC-006').length;
    assert.equal(lic('MIT OR SSPL-1.0'), 0);
    assert.equal(lic('MIT AND SSPL-1.0'), 1);
    assert.equal(lic('Apache-2.0'), 1);
    assert.equal(auditYaml({ 'a.yaml': app('x', 'licence: {spdx: Apache-2.0, model: open-source}\n') }).active('LIC-006').length, 0);
  });

  it('LIC-007 fires when the contract of a proprietary app ends within eolWarningDays', () => {
    const contract = (end: string) => `apiVersion: sova/v1\nkind: Contract\nid: c\nname: C\nend: ${end}\n`;
    const a = app('x', 'licence: {spdx: LicenseRef-proprietary, model: proprietary}\ncontract: c\n');
    const soon = auditYaml({ 'a.yaml': a, 'c.yaml': contract('2027-03-01') });
    assert.equal(soon.active('LIC-007').length, 1);
    assert.equal(textAt(soon, soon.active('LIC-007')[0]), 'c', 'located at the application\'s contract reference');
    assert.equal(auditYaml({ 'a.yaml': a, 'c.yaml': contract('2028-03-01') }).active('LIC-007').length, 0);
    const inline = auditYaml({ 'a.yaml': app('x', 'licence: {spdx: LicenseRef-proprietary, model: saas}\ncontract: {end: 2026-12-31}\n') });
    assert.equal(textAt(inline, inline.active('LIC-007')[0]), '2026-12-31');
  });
});

describe('incremental re-audit', () => {
  it('re-uses per-document results only while nothing they read has changed', () => {
    const t = auditYaml({
      'apps.yaml': app('a', 'vendor: acme\nlicence: {spdx: SSPL-1.0, model: open-source}\n') + '---\n' + app('b', 'vendor: acme\n'),
      'parties.yaml': 'apiVersion: sova/v1\nkind: Party\nid: acme\nname: ACME\n',
    });
    const { ws } = t;
    const { audit } = require('../engine') as typeof import('../engine');
    const again = () => audit(ws, { asOf: '2026-11-23', locale: 'en' });
    assert.deepEqual(again().findings.map((f) => f.ruleId), t.result.findings.map((f) => f.ruleId), 'a warm re-audit gives the same findings');
    // Edit one application: its finding changes, the other keeps its findings.
    const apps = ws.files().find((f) => f.file.endsWith('apps.yaml'))!;
    ws.setText(apps.file, apps.text.replace('SSPL-1.0, model: open-source', 'SSPL-1.0, model: source-available'));
    assert.equal(again().findings.filter((f) => f.ruleId === 'LIC-004').length, 0);
    // Remove the party: both applications' references dangle at once.
    const parties = ws.files().find((f) => f.file.endsWith('parties.yaml'))!;
    ws.setText(parties.file, '# leer\n');
    assert.deepEqual(again().findings.filter((f) => f.ruleId === 'REF-001').map((f) => f.entity?.id), ['a', 'b']);
  });

  it('an unchanged application sees a change of the data category it references', () => {
    const cat = (personal: boolean) => `apiVersion: sova/v1\nkind: DataCategory\nid: akten\nname: Akten\npersonal: ${personal}\n`;
    const t = auditYaml({ 'apps.yaml': app('a', 'data: [akten]\n'), 'data.yaml': cat(false) });
    const { audit } = require('../engine') as typeof import('../engine');
    assert.equal(t.active('JUR-001').length, 0);
    const data = t.ws.files().find((f) => f.file.endsWith('data.yaml'))!;
    t.ws.setText(data.file, cat(true));
    const after = audit(t.ws, { asOf: '2026-11-23', locale: 'en' });
    assert.deepEqual(after.findings.filter((f) => f.ruleId === 'JUR-001').map((f) => f.entity?.id), ['a']);
    const score = [...after.scores.values()].find((s) => s.entity.id === 'a')!;
    assert.equal(score.personalData, true, 'the score sees the changed category too');
  });
});

describe('config catalogues', () => {
  it('a broken extra end-of-life catalogue is CFG-001 and the shipped catalogue applies', () => {
    const t = auditYaml({ 'a.yaml': app('x') }, { config: 'include: ["*.yaml"]\ncatalogues:\n  endOfLife: [does-not-exist.yaml]\n' });
    const [f] = t.active('CFG-001');
    assert.match(f.message, /end-of-life catalogue of catalogues.endOfLife cannot be read/);
  });
});

describe('LIC-003 without a replacement', () => {
  it('Net-SNMP is deprecated without a single replacement: no fix, a message that says so', () => {
    const t = auditYaml({ 'a.yaml': app('x', 'licence: {spdx: Net-SNMP, model: open-source}\n') });
    const [f] = t.active('LIC-003');
    assert.equal(f.message, "The SPDX id 'Net-SNMP' is deprecated; the SPDX list names no single replacement. Please give the licence that actually applies.");
    assert.equal(f.fixes, undefined);
  });
});

describe('files that are not UTF-8 or too large', () => {
  const { readSource } = require('../engine/workspace') as typeof import('../engine/workspace');

  it('a Latin-1 file is a PARSE finding at the first invalid byte', () => {
    const bytes = Buffer.concat([Buffer.from('apiVersion: sova/v1\nkind: Party\nid: p\nname: Stadt M'), Buffer.from([0xfc]), Buffer.from('nster\n')]);
    const src = readSource('/virtual/latin1.yaml', bytes);
    assert.equal(src.entities.length, 0);
    assert.deepEqual(src.problems.map((p) => [p.code, p.range.start]), [['encoding', { line: 3, character: 13 }]]);
  });

  it('a file over the size limit is refused with a positioned problem instead of being parsed', () => {
    const { LIMITS } = require('../engine/document') as typeof import('../engine/document');
    const src = readSource('/virtual/huge.yaml', Buffer.alloc(LIMITS.maxFileBytes + 1, 0x20));
    assert.deepEqual(src.problems.map((p) => p.code), ['size']);
  });

  it('a UTF-8 byte order mark is accepted', () => {
    const src = readSource('/virtual/bom.yaml', Buffer.from('\uFEFFapiVersion: sova/v1\nkind: Party\nid: p\nname: P\n'));
    assert.deepEqual([src.problems.length, src.entities[0]?.id], [0, 'p']);
  });
});

describe('invalid list items', () => {
  it('do not shift the positions of the valid items after them', () => {
    const t = auditYaml({ 'a.yaml': app('x', 'data: [5, meldedaten, meldedatn]\ninterfaces:\n  - 5\n  - {standard: odf, role: default-format}\n  - {standard: ooxml, role: default-format}\n') + '---\napiVersion: sova/v1\nkind: DataCategory\nid: meldedaten\nname: M\nallowedRegions: [5, DE]\n' });
    assert.deepEqual(t.active('REF-001').map((f) => textAt(t, f)), ['meldedatn']);
    assert.deepEqual(t.active('STD-001').map((f) => textAt(t, f)), ['ooxml']);
    assert.deepEqual(t.active('SCHEMA').map((f) => textAt(t, f)), ['5', '5', '5']);
  });
});

describe('workspace paths', () => {
  it('a folder whose name starts with two dots is inside the workspace', () => {
    const { isInside } = require('../engine/workspace') as typeof import('../engine/workspace');
    assert.equal(isInside('/ws', '/ws/..archiv/a.yaml'), true);
    assert.equal(isInside('/ws', '/other/a.yaml'), false);
    assert.equal(isInside('/ws', '/ws/../a.yaml'), false);
  });
});
