import { strict as assert } from 'node:assert';
import { app, applyFix, auditYaml, expectFindings, reaudit, textAt } from './harness';
import type { Expected, Snippets, TestAudit } from './harness';
import { ruleById } from '../rules';
import { mandatesByCategory } from '../rules/std-003';

// Open-standards rules STD-001…008: positive and negative cases as YAML snippets, with locations
// (`textAt`), messages (en), severities and quick fixes applied and re-audited.

const standard = (id: string, body: string) => `apiVersion: sova/v1\nkind: Standard\nid: ${id}\nname: ${id}\n${body}`;


/** Applies fix `fixIndex` of the first finding of the rule, re-audits, and checks the finding is gone and comments stay. */
function fixClears(files: Snippets, ruleId: string, fixIndex = 0, opts: Parameters<typeof auditYaml>[1] = {}): { text: string; after: TestAudit } {
  const t = auditYaml(files, opts);
  const before = t.active(ruleId);
  assert.ok(before.length >= 1, `${ruleId} fires before the fix`);
  const fix = before[0].fixes?.[fixIndex];
  assert.ok(fix, `${ruleId} has fix #${fixIndex}`);
  const changed = applyFix(t, fix);
  const after = reaudit(files, changed, opts);
  assert.equal(after.active(ruleId).length, before.length - 1, `${ruleId} is gone after the fix: ${after.active(ruleId).map((f) => f.message).join(' | ')}`);
  for (const [rel, text] of Object.entries(changed)) {
    for (const line of files[rel].split('\n').filter((l) => l.includes('#'))) {
      const comment = line.slice(line.indexOf('#'));
      assert.ok(text.split('\n').some((l) => l.endsWith(comment)), `comment kept: ${comment}`);
    }
    assert.deepEqual(after.active('SCHEMA').map((f) => f.message), [], 'the fixed file is valid');
  }
  return { text: Object.values(changed)[0], after };
}

describe('STD-001 proprietary or contested standard at an interface', () => {
  const cases: { name: string; files: Snippets; expected: Expected[] }[] = [
    { name: 'contested OOXML, with its open successor', files: { 'a.yaml': app('office', 'interfaces:\n  - {standard: ooxml, role: default-format}\n') },
      expected: [{ at: 'ooxml', severity: 'warning', message: "'office' uses 'Office Open XML (OOXML)' at an interface, a contested standard: formally standardised, but in practice defined by one vendor's implementation. Open alternative: 'odf'." }] },
    { name: 'proprietary EWS', files: { 'a.yaml': app('mail', 'interfaces:\n  - standard: ews\n    role: api\n    spec: https://x.example/ews.wsdl\n') },
      expected: [{ at: 'ews', message: /a proprietary standard controlled by a single vendor\. Open alternative: 'caldav'\.$/ }] },
    { name: 'a landscape standard without replacement', files: { 'a.yaml': app('fv', 'interfaces:\n  - {standard: vendor-api, role: transport}\n'), 's.yaml': standard('vendor-api', 'openness: proprietary\n') },
      expected: [{ at: 'vendor-api', message: "'fv' uses 'vendor-api' at an interface, a proprietary standard controlled by a single vendor." }] },
    { name: 'open standards', files: { 'a.yaml': app('office', 'interfaces:\n  - {standard: odf, role: default-format}\n  - {standard: pdf-a, role: export-format}\n') }, expected: [] },
    { name: 'a landscape override declares OOXML open', files: { 'a.yaml': app('office', 'interfaces:\n  - {standard: ooxml, role: default-format}\n'), 's.yaml': standard('ooxml', 'openness: open\n') }, expected: [] },
    { name: 'openness defaults to open', files: { 'a.yaml': app('fv', 'interfaces:\n  - {standard: own, role: transport}\n'), 's.yaml': standard('own', '') }, expected: [] },
    { name: 'an unknown standard is REF-001, not STD-001', files: { 'a.yaml': app('fv', 'interfaces:\n  - {standard: nope, role: transport}\n') }, expected: [] },
  ];
  for (const c of cases) it(c.name, () => expectFindings(auditYaml(c.files), 'STD-001', c.expected));

  it('points at the landscape standard as related information, and has no fix without replacedBy', () => {
    const t = auditYaml({ 'a.yaml': app('fv', 'interfaces:\n  - {standard: vendor-api, role: transport}\n'), 's.yaml': standard('vendor-api', 'openness: proprietary\n') });
    const [f] = t.active('STD-001');
    assert.equal(f.fixes, undefined);
    assert.equal(f.related?.length, 1);
    assert.equal(textAt(t, f.related![0]), 'proprietary');
  });

  it('fix: switches to replacedBy and keeps comments', () => {
    const files = { 'a.yaml': app('office', '# Büro-Suite\ninterfaces:\n  - {standard: ooxml, role: default-format} # Altbestand\n') };
    const { text } = fixClears(files, 'STD-001');
    assert.match(text, /- \{standard: odf, role: default-format\} # Altbestand/);
  });
});

describe('STD-002 default format of office and records applications', () => {
  const cases: { name: string; body: string; expected: Expected[] }[] = [
    { name: 'office saving OOXML', body: 'category: office\ninterfaces:\n  - {standard: ooxml, role: default-format}\n',
      expected: [{ at: 'ooxml', severity: 'warning', message: "'a' ('office') saves in 'ooxml' by default; 'odf' is expected." }] },
    { name: 'collaboration without any interface', body: 'category: collaboration\n',
      expected: [{ at: 'kind', message: "No default format is given for 'a' ('collaboration') (interface with role: default-format); 'odf' is expected." }] },
    { name: 'office with interfaces but no default format', body: 'category: [office]\ninterfaces:\n  - {standard: webdav, role: transport}\n', expected: [{ at: 'interfaces' }] },
    { name: 'e-file saving PDF', body: 'category: e-file\ninterfaces:\n  - {standard: pdf, role: default-format}\n',
      expected: [{ at: 'pdf', message: "'a' ('e-file') saves in 'pdf' by default; 'odf' or 'pdf-a' is expected." }] },
    { name: 'office and e-file: ODF only', body: 'category: [e-file, office]\ninterfaces:\n  - {standard: pdf-a, role: default-format}\n', expected: [{ at: 'pdf-a', message: /'office'.*'odf' is expected/ }] },
    { name: 'two default formats, one wrong', body: 'category: office\ninterfaces:\n  - {standard: odf, role: default-format}\n  - {standard: ooxml, role: default-format}\n', expected: [{ at: 'ooxml' }] },
    { name: 'office saving ODF', body: 'category: office\ninterfaces:\n  - {standard: odf, role: default-format}\n', expected: [] },
    { name: 'document management saving PDF/A', body: 'category: document-management\ninterfaces:\n  - {standard: pdf-a, role: default-format}\n', expected: [] },
    { name: 'OOXML only as export format is not the default format', body: 'category: office\ninterfaces:\n  - {standard: odf, role: default-format}\n  - {standard: ooxml, role: export-format}\n', expected: [] },
    { name: 'other categories', body: 'category: mail\n', expected: [] },
    { name: 'no category', body: 'interfaces:\n  - {standard: ooxml, role: default-format}\n', expected: [] },
  ];
  for (const c of cases) it(c.name, () => expectFindings(auditYaml({ 'a.yaml': app('a', c.body) }), 'STD-002', c.expected));

  it('fix: sets odf in place', () => {
    const { text } = fixClears({ 'a.yaml': app('a', 'category: office # Kategorie\ninterfaces:\n  - standard: ooxml # alt\n    role: default-format\n') }, 'STD-002');
    assert.match(text, /- standard: odf # alt\n/);
  });

  it('fix: adds the interface list when it is missing', () => {
    const { text } = fixClears({ 'a.yaml': app('a', 'category: office # Kategorie\n') }, 'STD-002');
    assert.ok(text.endsWith('category: office # Kategorie\ninterfaces: [{standard: odf, role: default-format}]\n'), text);
  });

  it('fix: appends to a block list', () => {
    const { text } = fixClears({ 'a.yaml': app('a', 'category: office\ninterfaces:\n  - {standard: webdav, role: transport} # Dateien\n') }, 'STD-002');
    assert.match(text, /# Dateien\n  - \{standard: odf, role: default-format\}\n$/);
  });
});

describe('STD-003 mandated standards', () => {
  const cases: { name: string; files: Snippets; expected: Expected[] }[] = [
    { name: 'e-invoice without XRechnung', files: { 'a.yaml': app('rechnung', 'category: e-invoice\n') },
      expected: [{ at: 'kind', severity: 'error', message: "'rechnung' is in the category 'e-invoice', for which 'xrechnung' is mandated, but has no such interface." }] },
    { name: 'inter-authority exchange without XTA 2 or OSCI', files: { 'a.yaml': app('fv', 'category: inter-authority-exchange\ninterfaces:\n  - {standard: fit-connect, role: transport}\n') },
      expected: [{ at: 'interfaces', message: /for which 'xta2' or 'osci' is mandated/ }] },
    { name: 'one member of a group is enough', files: { 'a.yaml': app('fv', 'category: inter-authority-exchange\ninterfaces:\n  - {standard: osci, role: transport}\n') }, expected: [] },
    { name: 'each category of a list is checked', files: { 'a.yaml': app('bau', 'category: [building-permits, planning]\ninterfaces:\n  - {standard: xbau, role: export-format}\n') },
      expected: [{ at: 'interfaces', message: /'planning', for which 'xplanung'/ }] },
    { name: 'any role satisfies the mandate', files: { 'a.yaml': app('rechnung', 'category: e-invoice\ninterfaces:\n  - {standard: xrechnung, role: api, spec: https://x.example/openapi.json}\n') }, expected: [] },
    { name: 'a landscape standard adds a mandate', files: { 'a.yaml': app('schule', 'category: school\n'), 's.yaml': standard('schul-id', 'mandatedFor: [school]\n') },
      expected: [{ at: 'kind', message: /'school', for which 'schul-id' is mandated/ }] },
    { name: 'a landscape standard overrides the catalogue mandate', files: { 'a.yaml': app('rechnung', 'category: e-invoice\n'), 's.yaml': standard('xrechnung', 'openness: open\n') }, expected: [] },
    { name: 'a category without mandate', files: { 'a.yaml': app('web', 'category: website\n') }, expected: [] },
    { name: 'no category', files: { 'a.yaml': app('x', '') }, expected: [] },
  ];
  for (const c of cases) it(c.name, () => expectFindings(auditYaml(c.files), 'STD-003', c.expected));

  it('builds the mandate index once per audit, from the catalogue and the landscape', () => {
    const t = auditYaml({ 's.yaml': standard('schul-id', 'mandatedFor: [school, school]\n') });
    const index = mandatesByCategory(t.result.landscape);
    assert.equal(mandatesByCategory(t.result.landscape), index, 'cached per landscape');
    assert.deepEqual(index.get('inter-authority-exchange'), [{ group: 'transport-xoev', standards: ['xta2', 'osci'] }]);
    assert.deepEqual(index.get('school'), [{ group: undefined, standards: ['schul-id'] }]);
    assert.deepEqual([...index.keys()].sort(), ['building-permits', 'civil-status', 'e-file', 'e-invoice', 'inter-authority-exchange', 'planning', 'residents-register', 'school']);
  });

  it('fix: adds XRechnung as the default format', () => {
    const { text, after } = fixClears({ 'a.yaml': app('rechnung', '# E-Rechnungseingang\ncategory: e-invoice\n') }, 'STD-003');
    assert.match(text, /interfaces: \[\{standard: xrechnung, role: default-format\}\]/);
    assert.equal(after.active('STD-004').length, 0);
  });

  it('fix: for a group, one choice per member, none applied without a choice', () => {
    const files = { 'a.yaml': app('fv', 'category: inter-authority-exchange\ninterfaces:\n  - {standard: fit-connect, role: transport} # FITKO\n') };
    const t = auditYaml(files);
    const fixes = t.active('STD-003')[0].fixes!;
    assert.deepEqual(fixes.map((f) => [f.title, f.needsChoice]), [['Add interface xta2 (transport)', true], ['Add interface osci (transport)', true]]);
    fixClears(files, 'STD-003', 1);
  });
});

describe('STD-004 API without specification', () => {
  const cases: { name: string; body: string; expected: Expected[] }[] = [
    { name: 'flow item without spec', body: 'interfaces:\n  - {standard: openapi, role: api}\n',
      expected: [{ at: 'standard', severity: 'warning', message: "The API interface 'openapi' of 'a' has no specification (spec): without a published description (e.g. OpenAPI) no other system can connect to it without the vendor." }] },
    { name: 'block item with an empty spec', body: 'interfaces:\n  - standard: oparl\n    role: api\n    spec:\n', expected: [{ at: 'spec' }] },
    { name: 'second item', body: 'interfaces:\n  - {standard: odf, role: default-format}\n  - {role: api, standard: json}\n', expected: [{ at: 'role' }] },
    { name: 'with spec', body: 'interfaces:\n  - {standard: openapi, role: api, spec: docs/openapi.yaml}\n', expected: [] },
    { name: 'other roles need no spec', body: 'interfaces:\n  - {standard: oidc, role: auth}\n  - {standard: imap, role: transport}\n', expected: [] },
  ];
  for (const c of cases) it(c.name, () => expectFindings(auditYaml({ 'a.yaml': app('a', c.body) }), 'STD-004', c.expected));

  it('fix: adds a spec placeholder to a flow item', () => {
    const { text } = fixClears({ 'a.yaml': app('a', 'interfaces: # Schnittstellen\n  - {standard: openapi, role: api} # REST\n') }, 'STD-004');
    assert.match(text, /- \{standard: openapi, role: api, spec: "TODO: URL of the OpenAPI document"\} # REST/);
  });

  it('fix: fills an empty spec: instead of adding a second key', () => {
    const { text } = fixClears({ 'a.yaml': app('a', 'interfaces:\n  - standard: oparl\n    role: api\n    spec: # fehlt noch\n') }, 'STD-004');
    assert.match(text, /    spec: "TODO: URL of the OpenAPI document" # fehlt noch\n$/);
  });

  it('fix: adds a spec placeholder to a block item (German placeholder in a German audit)', () => {
    const { text } = fixClears({ 'a.yaml': app('a', 'interfaces:\n  - standard: openapi # REST\n    role: api\n') }, 'STD-004', 0, { locale: 'de' });
    assert.match(text, /    role: api\n    spec: "TODO: URL des OpenAPI-Dokuments"\n/);
  });
});

describe('STD-005 identity provider without OIDC or SAML', () => {
  const cases: { name: string; body: string; expected: Expected[] }[] = [
    { name: 'LDAP only', body: 'category: identity\ninterfaces:\n  - {standard: ldap, role: auth}\n',
      expected: [{ at: 'interfaces', severity: 'warning', message: "'a' is listed as an identity provider (identity) but offers neither OpenID Connect ('oidc') nor SAML ('saml')." }] },
    { name: 'no interfaces', body: 'category: [directory, identity]\n', expected: [{ at: 'kind' }] },
    { name: 'SAML', body: 'category: identity\ninterfaces:\n  - {standard: saml, role: auth}\n', expected: [] },
    { name: 'a directory is not an identity provider', body: 'category: directory\ninterfaces:\n  - {standard: ldap, role: api, spec: x}\n', expected: [] },
  ];
  for (const c of cases) it(c.name, () => expectFindings(auditYaml({ 'a.yaml': app('a', c.body) }), 'STD-005', c.expected));

  it('fix: OIDC or SAML, each a choice', () => {
    const files = { 'a.yaml': app('a', 'category: identity # IdP\n') };
    const t = auditYaml(files);
    assert.deepEqual(t.active('STD-005')[0].fixes!.map((f) => f.title), ['Add interface oidc (auth)', 'Add interface saml (auth)']);
    fixClears(files, 'STD-005', 0);
  });
});

describe('STD-006 communication services without open protocols', () => {
  const cases: { name: string; body: string; expected: Expected[] }[] = [
    { name: 'mail over MAPI only', body: 'category: mail\ninterfaces:\n  - {standard: mapi, role: transport}\n',
      expected: [{ at: 'interfaces', severity: 'warning', message: "'a' is in the category 'mail' but offers no open protocol ('imap' or 'smtp' expected)." }] },
    { name: 'groupware with IMAP only', body: 'category: [mail, calendar, contacts]\ninterfaces:\n  - {standard: imap, role: transport}\n',
      expected: [{ at: 'interfaces', message: /'calendar'.*'caldav' expected/ }, { at: 'interfaces', message: /'contacts'.*'carddav' expected/ }] },
    { name: 'chat without interfaces', body: 'category: chat\n', expected: [{ at: 'kind', message: /'matrix' or 'xmpp' expected/ }] },
    { name: 'mail with SMTP', body: 'category: mail\ninterfaces:\n  - {standard: smtp, role: transport}\n', expected: [] },
    { name: 'chat with XMPP', body: 'category: chat\ninterfaces:\n  - {standard: xmpp, role: transport}\n', expected: [] },
    { name: 'video conferencing is not checked', body: 'category: video-conferencing\n', expected: [] },
  ];
  for (const c of cases) it(c.name, () => expectFindings(auditYaml({ 'a.yaml': app('a', c.body) }), 'STD-006', c.expected));

  it('fix: adds CalDAV as transport', () => {
    const { text } = fixClears({ 'a.yaml': app('a', 'category: calendar\ninterfaces: [] # noch keine\n') }, 'STD-006');
    assert.match(text, /interfaces: \[\{standard: caldav, role: transport\}\] # noch keine/);
  });
});

describe('STD-007 council data, geodata and sign-in', () => {
  const cases: { name: string; body: string; expected: Expected[] }[] = [
    { name: 'council information without OParl', body: 'category: council-information\n',
      expected: [{ at: 'kind', severity: 'info', message: "'a' is in the category 'council-information' but offers no open interface for it ('oparl' expected)." }] },
    { name: 'geo without OGC services', body: 'category: geo\ninterfaces:\n  - {standard: geojson, role: export-format}\n',
      expected: [{ at: 'interfaces', message: /'wms', 'wfs' or 'ogc-api-features' expected/ }] },
    { name: 'more than 50 users without sign-in', body: 'users: 51\ninterfaces:\n  - {standard: ldap, role: transport}\n',
      expected: [{ at: 'interfaces', message: "'a' has 51 users but no sign-in interface (role: auth): it has local accounts only, kept apart from the central identity provider." }] },
    { name: 'geo with WFS', body: 'category: geo\ninterfaces:\n  - {standard: wfs, role: api, spec: https://geo.example/wfs?request=GetCapabilities}\n', expected: [] },
    { name: '50 users', body: 'users: 50\n', expected: [] },
    { name: 'many users with SSO', body: 'users: 900\ninterfaces:\n  - {standard: saml, role: auth}\n', expected: [] },
    { name: 'without users', body: 'category: website\n', expected: [] },
  ];
  for (const c of cases) it(c.name, () => expectFindings(auditYaml({ 'a.yaml': app('a', c.body) }), 'STD-007', c.expected));

  it('fix: adds OParl as an API with a spec placeholder, so STD-004 stays quiet', () => {
    const { text, after } = fixClears({ 'a.yaml': app('ris', '# Ratsinformationssystem\ncategory: council-information\n') }, 'STD-007');
    assert.match(text, /interfaces: \[\{standard: oparl, role: api, spec: "TODO: URL of the OParl system endpoint"\}\]/);
    assert.equal(after.active('STD-004').length, 0);
  });

  it('fix: adds OIDC sign-in', () => {
    const { text } = fixClears({ 'a.yaml': app('a', 'users: 120\ninterfaces:\n  - {standard: ldap, role: transport} # Verzeichnis\n') }, 'STD-007', 0);
    assert.match(text, /# Verzeichnis\n  - \{standard: oidc, role: auth\}\n/);
  });
});

describe('STD-008 open source on a proprietary foundation', () => {
  const cases: { name: string; body: string; expected: Expected[] }[] = [
    { name: 'required proprietary database', body: 'licence: {spdx: AGPL-3.0-or-later, model: open-source}\ndependsOn:\n  - {name: Oracle Database, proprietary: true}\n',
      expected: [{ at: 'true', severity: 'info', message: "'a' is open source but requires 'Oracle Database', a proprietary component: without it the application cannot be run freely." }] },
    { name: 'optional proprietary dependency', body: 'licence: {spdx: MIT, model: open-source}\ndependsOn:\n  - {name: Oracle Database, proprietary: true, optional: true}\n', expected: [] },
    { name: 'open dependency', body: 'licence: {spdx: MIT, model: open-source}\ndependsOn:\n  - {name: PostgreSQL, proprietary: false}\n', expected: [] },
    { name: 'a proprietary application', body: 'licence: {spdx: LicenseRef-x, model: proprietary}\ndependsOn:\n  - {name: Oracle Database, proprietary: true}\n', expected: [] },
    { name: 'no licence model', body: 'dependsOn:\n  - {name: Oracle Database, proprietary: true}\n', expected: [] },
  ];
  for (const c of cases) it(c.name, () => expectFindings(auditYaml({ 'a.yaml': app('a', c.body) }), 'STD-008', c.expected));

  it('names a referenced application by its id (a rule about one application reads no other)', () => {
    const t = auditYaml({ 'a.yaml': `${app('a', 'licence: {spdx: MIT, model: open-source}\ndependsOn:\n  - application: db\n    proprietary: true\n')}---\n${app('db', '').replace('name: db', 'name: Oracle DB')}` });
    assert.match(t.active('STD-008')[0].message, /requires 'db'/);
  });
});

describe('STD rules in German', () => {
  it('write real German', () => {
    const t = auditYaml({ 'a.yaml': app('post', 'category: mail\n') }, { locale: 'de' });
    assert.equal(t.active('STD-006')[0].message, '„post“ ist der Kategorie „mail“ zugeordnet, bietet aber kein offenes Protokoll an (erwartet: „imap“ oder „smtp“).');
  });
});

describe('metadata of the STD, EXIT, LIFE and ENV rules (rules.md tables)', () => {
  // id, severity, facet, objective, cap — exactly as in rules.md
  const TABLE: [string, string, string, string?, number?][] = [
    ['STD-001', 'warning', 'T', 'SOV-6', 2], ['STD-002', 'warning', 'T', 'SOV-6', 2], ['STD-003', 'error', 'T', 'SOV-6', 1],
    ['STD-004', 'warning', 'T', 'SOV-6', 3], ['STD-005', 'warning', 'T', 'SOV-6', 3], ['STD-006', 'warning', 'T', 'SOV-6', 2],
    ['STD-007', 'info', 'T', 'SOV-6', 3], ['STD-008', 'info', 'T', 'SOV-6', 3],
    ['EXIT-001', 'warning', 'T', 'SOV-4', 2], ['EXIT-002', 'warning', 'T', 'SOV-4', 3], ['EXIT-003', 'warning', 'T', 'SOV-4', 2],
    ['EXIT-004', 'warning', 'T', 'SOV-5', 2], ['EXIT-005', 'info', 'T', 'SOV-1', 3],
    ['LIFE-001', 'error', 'KS', 'SOV-7', 1], ['LIFE-002', 'warning', 'KS', 'SOV-7', 3], ['LIFE-003', 'warning', 'KS', 'SOV-4', 2],
    ['LIFE-004', 'warning', 'KS', 'SOV-4', 2], ['LIFE-005', 'warning', 'KS', 'SOV-5', 3], ['LIFE-006', 'info', 'KS'],
    ['ENV-001', 'info', 'KS', 'SOV-8', 2],
  ];
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const [id, severity, facet, objective, cap] of TABLE) {
    it(id, () => {
      const rule = ruleById(id);
      assert.ok(rule, `${id} is registered`);
      const m = rule.meta;
      assert.deepEqual([m.severity, m.facet, m.objective, m.cap], [severity, facet, objective, cap]);
      assert.ok(m.messages.default, 'a default message');
      for (const [key, text] of Object.entries(m.messages)) {
        assert.deepEqual(placeholders(text.de), placeholders(text.en), `${key}: the same placeholders in de and en`);
        assert.doesNotMatch(text.de, /'/, `${key}: German uses „…“, not '…'`);
      }
      assert.ok(m.rationale.de.length > 150 && m.rationale.en.length > 150, 'a rationale that explains why');
      assert.ok(m.sources.length >= 1);
      assert.ok(m.examples?.bad && m.examples.good, 'examples for the docs page');
    });
  }
});
