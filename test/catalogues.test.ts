// The shipped catalogues (standards, end of life, countries) and their loader.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';
import {
  EOL_DATE_UNKNOWN, catalogueDir, catalogueVersions, countries, countryInRegion, findCycle, loadEolCatalogue,
  securityEol, standardsCatalogueFile,
} from '../engine/catalogues';
import type { Region } from '../engine/catalogues';

const SPEC_IDS = [
  'odf', 'pdf-a', 'ooxml', 'ews', 'mapi', 'imap', 'smtp', 'caldav', 'carddav', 'matrix', 'xmpp', 'oidc', 'saml',
  'ldap', 'openapi', 'oparl', 'xrechnung', 'xbau', 'xplanung', 'xta2', 'osci', 'fit-connect', 'xmeld',
  'xpersonenstand', 'xdomea', 'wms', 'wfs', 'ogc-api-features',
];
const SPEC_MANDATES: Record<string, string[]> = {
  xrechnung: ['e-invoice'], xbau: ['building-permits'], xplanung: ['planning'], xmeld: ['residents-register'],
  xpersonenstand: ['civil-status'], xdomea: ['e-file'], xta2: ['inter-authority-exchange'], osci: ['inter-authority-exchange'],
};
const STANDARD_KEYS = new Set([
  'apiVersion', 'kind', 'id', 'name', 'description', 'owner', 'lastReviewed', 'tags', 'notes',
  'version', 'body', 'domain', 'openness', 'mandatedFor', 'mandatedGroup', 'replacedBy',
]);

function standards(): Record<string, unknown>[] {
  const docs = parseAllDocuments(fs.readFileSync(standardsCatalogueFile(), 'utf8'));
  assert.ok(Array.isArray(docs));
  for (const d of docs) assert.deepEqual(d.errors, []);
  return docs.map((d) => d.toJS() as Record<string, unknown>);
}

describe('catalogues', () => {
  describe('location and versions', () => {
    it('finds rules/catalogues above the compiled code', () => {
      assert.equal(path.basename(catalogueDir()), 'catalogues');
      assert.ok(fs.existsSync(standardsCatalogueFile()));
    });

    it('reads each catalogue version (a date) from its header line', () => {
      const v = catalogueVersions();
      for (const key of ['standards', 'endOfLife', 'countries'] as const) assert.match(v[key], /^\d{4}-\d{2}-\d{2}$/, key);
      assert.equal(loadEolCatalogue().version, v.endOfLife);
      assert.equal(countries().version, v.countries);
    });
  });

  describe('standards.yaml', () => {
    const all = standards();
    const byId = new Map(all.map((s) => [s.id as string, s]));

    it('has every document in the landscape format with the required fields', () => {
      assert.equal(byId.size, all.length, 'ids are unique');
      for (const s of all) {
        assert.equal(s.apiVersion, 'sova/v1');
        assert.equal(s.kind, 'Standard');
        assert.match(String(s.id), /^[a-z0-9][a-z0-9-]{0,62}$/);
        for (const f of ['name', 'version', 'body', 'domain', 'openness', 'description']) {
          assert.equal(typeof s[f], 'string', `${String(s.id)}.${f}`);
          assert.ok((s[f] as string).length > 0, `${String(s.id)}.${f}`);
        }
        assert.ok(['open', 'contested', 'proprietary'].includes(s.openness as string), String(s.id));
        for (const k of Object.keys(s)) assert.ok(STANDARD_KEYS.has(k) || k.startsWith('x-'), `${String(s.id)}: unknown key ${k}`);
        if (s.replacedBy !== undefined) {
          const target = byId.get(s.replacedBy as string);
          assert.ok(target, `${String(s.id)}.replacedBy → ${String(s.replacedBy)}`);
          assert.equal(target.openness, 'open');
        }
      }
    });

    it('lists every spec id with the spec openness', () => {
      for (const id of SPEC_IDS) assert.ok(byId.has(id), id);
      assert.equal(byId.get('ooxml')!.openness, 'contested');
      assert.equal(byId.get('ews')!.openness, 'proprietary');
      assert.equal(byId.get('mapi')!.openness, 'proprietary');
      for (const id of SPEC_IDS.filter((i) => !['ooxml', 'ews', 'mapi'].includes(i))) assert.equal(byId.get(id)!.openness, 'open', id);
    });

    it('carries exactly the spec mandates and nothing else', () => {
      const mandates = Object.fromEntries(all.filter((s) => s.mandatedFor !== undefined).map((s) => [s.id, s.mandatedFor]));
      assert.deepEqual(mandates, SPEC_MANDATES);
      assert.equal(byId.get('xta2')!.mandatedGroup, byId.get('osci')!.mandatedGroup);
      assert.equal(typeof byId.get('xta2')!.mandatedGroup, 'string');
      assert.deepEqual(all.filter((s) => s.mandatedGroup !== undefined).map((s) => s.id).sort(), ['osci', 'xta2']);
    });

    it('points the closed formats at open replacements', () => {
      assert.equal(byId.get('ooxml')!.replacedBy, 'odf');
      assert.equal(byId.get('mapi')!.replacedBy, 'imap');
      assert.equal(byId.get('ews')!.replacedBy, 'caldav');
    });
  });

  describe('end-of-life.yaml', () => {
    const cat = loadEolCatalogue();

    it('mirrors endoflife.date dates', () => {
      assert.equal(securityEol(findCycle(cat, 'windows-server', '2012-r2')!), '2023-10-10');
      assert.equal(findCycle(cat, 'windows-server', '2012-r2')!.extendedSupport, '2026-10-13');
      assert.equal(securityEol(findCycle(cat, 'postgresql', '12')!), '2024-11-21');
      assert.equal(securityEol(findCycle(cat, 'ubuntu', '22.04')!), '2027-04-01');
      assert.equal(findCycle(cat, 'ubuntu', '22.04')!.support, '2024-09-30');
      assert.equal(securityEol(findCycle(cat, 'debian', '11')!), '2024-08-14');
    });

    it('has the products the spec names, debian and ubuntu with all their cycles', () => {
      for (const p of ['windows-server', 'windows', 'postgresql', 'nextcloud', 'ubuntu', 'debian']) {
        assert.ok((cat.products.get(p)?.cycles.length ?? 0) >= 10, p);
      }
      assert.ok(findCycle(cat, 'debian', '1.1') && findCycle(cat, 'debian', '12'));
      assert.ok(findCycle(cat, 'ubuntu', '4.10') && findCycle(cat, 'ubuntu', '24.04'));
    });

    it('keeps cycles as text with valid dates', () => {
      const date = /^\d{4}-\d{2}-\d{2}$/;
      for (const [key, p] of cat.products) {
        assert.ok(p.label.length > 0, key);
        const seen = new Set<string>();
        for (const c of p.cycles) {
          assert.equal(typeof c.cycle, 'string', key);
          assert.ok(!seen.has(c.cycle.toLowerCase()), `${key} ${c.cycle} twice`);
          seen.add(c.cycle.toLowerCase());
          for (const f of ['releaseDate', 'eol', 'support', 'extendedSupport'] as const) {
            const v = c[f];
            if (typeof v === 'string') assert.match(v, date, `${key} ${c.cycle} ${f}`);
          }
        }
      }
      assert.ok(findCycle(cat, 'mariadb', '10.10'), 'a cycle like 10.10 stays 10.10');
      assert.notEqual(findCycle(cat, 'mariadb', '10.10'), findCycle(cat, 'mariadb', '10.1'));
    });

    it('compares cycles case-insensitively and reads numbers as text', () => {
      assert.equal(findCycle(cat, 'windows-server', '2012-R2'), findCycle(cat, 'windows-server', '2012-r2'));
      assert.equal(findCycle(cat, 'postgresql', 16), findCycle(cat, 'postgresql', '16'));
      assert.equal(findCycle(cat, 'postgresql', 16)!.cycle, '16');
      assert.equal(findCycle(cat, 'postgresql', 9.6)!.cycle, '9.6');
      assert.equal(findCycle(cat, 'postgresql', 8.0)!.cycle, '8.0', 'the number 8.0 finds "8.0"');
      assert.equal(findCycle(cat, 'postgresql', '7'), undefined);
      assert.equal(findCycle(cat, 'PostgreSQL', '16'), undefined, 'product keys are exact');
    });

    it('reads eol true/false explicitly', () => {
      assert.equal(securityEol({ cycle: 'x', eol: true }), EOL_DATE_UNKNOWN);
      assert.ok(EOL_DATE_UNKNOWN < '1970-01-01');
      assert.equal(securityEol({ cycle: 'x', eol: false }), undefined);
      assert.equal(securityEol({ cycle: 'x' }), undefined);
      assert.equal(securityEol(findCycle(cat, 'msexchange', '4.0')!), EOL_DATE_UNKNOWN);
      assert.equal(securityEol(findCycle(cat, 'office', '365')!), undefined);
    });
  });

  describe('extra end-of-life files', () => {
    let dir: string;
    before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sova-eol-'))));
    after(() => fs.rmSync(dir, { recursive: true, force: true }));
    const write = (name: string, text: string): string => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, text);
      return file;
    };

    it('override a cycle, add cycles and products, and leave the shipped catalogue alone', () => {
      const file = write('local-eol.yaml', [
        'products:',
        '  windows-server:',
        '    cycles:',
        '      - {cycle: "2012-R2", eol: 2026-10-13}',
        '      - {cycle: "2030", releaseDate: 2030-01-01, eol: false}',
        '  fachverfahren-x:',
        '    label: Fachverfahren X',
        '    cycles:',
        '      - releaseCycle: 4.10',
        '        eoas: 2025-01-31',
        '        eol: 2026-06-30',
        '        latest: "4.10.3"',
        '',
      ].join('\n'));
      const cat = loadEolCatalogue([file]);
      assert.equal(securityEol(findCycle(cat, 'windows-server', '2012-r2')!), '2026-10-13');
      assert.equal(findCycle(cat, 'windows-server', '2030')!.eol, false);
      assert.equal(findCycle(cat, 'windows-server', '2019')!.eol, '2029-01-09', 'other cycles stay');
      assert.equal(cat.products.get('windows-server')!.label, 'Microsoft Windows Server');
      assert.deepEqual(findCycle(cat, 'fachverfahren-x', '4.10'), { cycle: '4.10', support: '2025-01-31', eol: '2026-06-30' });
      assert.equal(cat.products.get('fachverfahren-x')!.label, 'Fachverfahren X');
      assert.equal(securityEol(findCycle(loadEolCatalogue(), 'windows-server', '2012-r2')!), '2023-10-10');
      assert.equal(findCycle(loadEolCatalogue(), 'fachverfahren-x', '4.10'), undefined);
    });

    it('reject a broken file with its name and line', () => {
      const syntax = write('broken-syntax.yaml', 'products:\n  nextcloud:\n    cycles:\n      - {cycle: "27", eol: 2024-06-30\n');
      assert.throws(() => loadEolCatalogue([syntax]), (e: Error) => e.message.startsWith(`${syntax}:`) && /:[45]:\d+: /.test(e.message));
      const badDate = write('broken-date.yaml', 'products:\n  nextcloud:\n    cycles:\n      - cycle: "27"\n        eol: 30.06.2024\n');
      assert.throws(() => loadEolCatalogue([badDate]), (e: Error) => e.message.startsWith(`${badDate}:5:14: `) && e.message.includes('eol'));
      const typo = write('broken-key.yaml', 'products:\n  nextcloud:\n    cycles:\n      - cycle: "27"\n        eoll: 2024-06-30\n');
      assert.throws(() => loadEolCatalogue([typo]), (e: Error) => e.message.startsWith(`${typo}:5:9: `) && e.message.includes('eoll'));
      const noCycle = write('broken-cycle.yaml', 'products:\n  nextcloud:\n    cycles:\n      - eol: 2024-06-30\n');
      assert.throws(() => loadEolCatalogue([noCycle]), (e: Error) => e.message.startsWith(`${noCycle}:4:9: `));
      const missing = path.join(dir, 'missing.yaml');
      assert.throws(() => loadEolCatalogue([missing]), (e: Error) => e.message.startsWith(`${missing}:1:1: `));
    });
  });

  describe('countries', () => {
    it('lists 27 EU states, the EEA and the adequacy countries', () => {
      const c = countries();
      assert.equal(c.eu.size, 27);
      assert.equal(c.eea.size, 30);
      for (const code of ['IS', 'LI', 'NO']) assert.ok(c.eea.has(code) && !c.eu.has(code), code);
      assert.deepEqual([...c.adequacy].sort(), ['AD', 'AR', 'CA', 'CH', 'FO', 'GB', 'GG', 'IL', 'IM', 'JE', 'JP', 'KR', 'NZ', 'UY']);
      assert.equal(c.adequacyConditional.get('US'), 'dpf');
      assert.deepEqual(c.extraterritorialDefault, ['US', 'CN', 'RU']);
      assert.equal(c.name('DE', 'de'), 'Deutschland');
      assert.equal(c.name('us', 'en'), 'United States');
      assert.equal(c.name('MX', 'de'), 'Mexiko', 'falls back to the runtime region names');
    });

    const table: [string, Region, boolean, boolean][] = [
      ['DE', 'DE', false, true],
      ['de', 'DE', false, true],
      ['FR', 'DE', false, false],
      ['FR', 'EU', false, true],
      ['NO', 'EU', false, false],
      ['NO', 'EEA', false, true],
      ['CH', 'EEA', false, false],
      ['CH', 'adequacy', false, true],
      ['FR', 'adequacy', false, true],
      ['US', 'adequacy', false, false],
      ['US', 'adequacy', true, true],
      ['US', 'EU', true, false],
      ['CN', 'adequacy', true, false],
      ['CN', 'any', false, true],
      ['EL', 'EU', false, true],
      ['UK', 'adequacy', false, true],
    ];
    for (const [country, region, dpf, expected] of table) {
      it(`${country} ${expected ? 'is' : 'is not'} in ${region}${dpf ? ' (DPF-certified importer)' : ''}`, () => {
        assert.equal(countryInRegion(country, region, dpf), expected);
      });
    }
  });
});
