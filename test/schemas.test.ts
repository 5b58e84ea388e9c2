// The JSON Schemas under schemas/ against the spec (landscape-format.md): each compiles alone in ajv's
// strict mode, accepts complete documents, and rejects what the spec forbids at the smallest node.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { defaultConfig } from '../engine/config';

const SCHEMA_DIR = path.resolve(__dirname, '../..', 'schemas');

const FILES = {
  Application: 'application.schema.json',
  Contract: 'contract.schema.json',
  Party: 'party.schema.json',
  HostingSite: 'hosting-site.schema.json',
  Standard: 'standard.schema.json',
  DataCategory: 'data-category.schema.json',
  Config: 'config.schema.json',
} as const;
type SchemaName = keyof typeof FILES;
type Kind = Exclude<SchemaName, 'Config'>;
const KINDS = Object.keys(FILES).filter((k) => k !== 'Config') as Kind[];

function loadSchema(name: SchemaName): any {
  return JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, FILES[name]), 'utf8'));
}

/** Compiles one schema alone, in the strictest mode, as the brief of the format requires. */
function compile(name: SchemaName): ValidateFunction {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv as any);
  return ajv.compile(loadSchema(name));
}

const validators = new Map<SchemaName, ValidateFunction>();
function validatorOf(name: SchemaName): ValidateFunction {
  let v = validators.get(name);
  if (!v) validators.set(name, (v = compile(name)));
  return v;
}

/** Removes the common indentation of a template-literal YAML snippet. */
function dedent(text: string): string {
  const lines = text.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

function yaml(text: string): any {
  return parse(dedent(text));
}

/** A document of `kind`: the required header, then the fields of `snippet` (which may override it). */
function entity(kind: Kind, snippet = '', without: string[] = []): any {
  const doc: any = { apiVersion: 'sova/v1', kind, id: 'test-entry', name: 'Test entry', ...(snippet.trim() ? yaml(snippet) : {}) };
  for (const key of without) delete doc[key];
  return doc;
}

function errorsOf(name: SchemaName, data: unknown): ErrorObject[] {
  const validate = validatorOf(name);
  return validate(data) ? [] : [...(validate.errors ?? [])];
}

/** `instancePath keyword` of every error, in ajv's order. */
function summary(errors: ErrorObject[]): string[] {
  return errors.map((e) => `${e.instancePath} ${e.keyword}`);
}

function assertValid(name: SchemaName, data: unknown): void {
  assert.deepEqual(summary(errorsOf(name, data)), [], `expected a valid ${name}`);
}

/** Asserts exactly these errors (`instancePath keyword`) and returns them for checks of their params. */
function assertErrors(name: SchemaName, data: unknown, expected: string[]): ErrorObject[] {
  const errors = errorsOf(name, data);
  assert.deepEqual(summary(errors), expected);
  return errors;
}

const COMPLETE: Record<Kind, string> = {
  Application: `
    apiVersion: sova/v1
    kind: Application
    id: ratsinfo
    name: Ratsinformationssystem
    description: Sitzungsdienst und Ratsinformation
    owner: Büro des Rates
    lastReviewed: 2026-01-31
    tags: [rat, politik]
    notes: Ablösung geprüft
    layer: specialist-app
    category: [council-information, document-management]
    criticality: high
    vendor: somacos
    product:
      version: "4.2.1"
      cycle: 4
      purl: pkg:generic/sessionnet@4.2.1
      cpe: cpe:2.3:a:somacos:sessionnet:4.2.1
      endoflife: sessionnet
      eol: 2027-12-31
      extendedSupportUntil: "2028-12-31"
    licence: {spdx: LicenseRef-proprietary, model: proprietary}
    commissioned: false
    source:
      repository: https://example.org/git/ratsinfo
      publiccode: publiccode.yml
      sbom: sbom/ratsinfo.cdx.json
    deployment:
      model: municipal-it
      sites: [rz-nord]
      operator: kommunal-it
      keyControl: customer
    interfaces:
      - {standard: oparl, role: api, spec: https://oparl.org/spezifikation/}
      - {standard: odf, role: default-format}
      - {standard: pdf-a, role: export-format}
      - {standard: saml, role: auth}
    data: [council-documents, personal-basic]
    dependsOn:
      - {application: postgres-cluster, optional: false}
      - {name: Microsoft SQL Server, proprietary: true, optional: true}
    maintenance: {type: contract, until: 2027-06-30}
    competence: {admins: 2, trainedUsers: 40, documentation: true, lastTraining: 2025-11-05}
    contract: kommunal-it-rahmenvertrag
    exitPlan:
      alternatives: [ALLRIS, More!Rubin]
      exportTested: 2025-09-01
      effortDays: 60
      reviewed: 2026-01-15
    users: 120
    x-inventory-number: INV-0815
  `,
  Contract: `
    apiVersion: sova/v1
    kind: Contract
    id: kommunal-it-rahmenvertrag
    name: Rahmenvertrag Kommunal-IT
    description: Zweckvereinbarung über den IT-Betrieb
    owner: Zentrale Vergabestelle
    lastReviewed: "2026-02-01"
    tags: [rahmenvertrag]
    notes: verlängert sich jährlich
    provider: kommunal-it
    type: Zweckvereinbarung
    start: 2020-01-01
    end: 2030-12-31
    noticeMonths: 12
    governingLaw: DE
    dpa: {signed: false, legalAct: Gesetz über die kommunale Datenverarbeitung, transfer: none}
    escrow: Hinterlegung bei NCC Group
    switching: {noticeMonths: 2, retrievalDays: 30, charge: 0, exportFormats: [odf, pdf-a]}
  `,
  Party: `
    apiVersion: sova/v1
    kind: Party
    id: cloud-gmbh
    name: Cloud GmbH
    description: Deutsche Tochter eines US-Konzerns
    owner: IT-Einkauf
    lastReviewed: 2026-01-10
    tags: [cloud]
    notes: Konzernstruktur laut Handelsregister
    legalName: Cloud Deutschland GmbH
    country: DE
    parent: cloud-inc
    sector: private
    self: false
    certifications:
      - {scheme: "C5:2020", type: type2, date: 2025-06-30, scope: Rechenzentren Frankfurt}
      - {scheme: ISO27001, type: certificate, date: "2024-03-01"}
    govAccessPolicy: https://example.com/government-requests
    dpf: {certified: true, checked: 2026-01-02}
  `,
  HostingSite: `
    apiVersion: sova/v1
    kind: HostingSite
    id: rz-nord
    name: Rechenzentrum Nord
    description: Zweitstandort
    owner: Kommunal-IT Betrieb
    lastReviewed: 2025-12-01
    tags: [rz]
    notes: Tier III
    operator: kommunal-it
    country: DE
    city: Hannover
    ownership: colocation
    stack: open
    energy: {pue: 1.3, renewableShare: 0.8}
  `,
  Standard: `
    apiVersion: sova/v1
    kind: Standard
    id: xrechnung
    name: XRechnung
    description: Standard für elektronische Rechnungen an die öffentliche Verwaltung
    owner: Kämmerei
    lastReviewed: 2026-01-20
    tags: [xoev]
    notes: Version laut KoSIT
    version: "3.0.2"
    body: KoSIT
    domain: e-invoice
    openness: open
    mandatedFor: [e-invoice]
    mandatedGroup: e-rechnung
    replacedBy: xrechnung-4
  `,
  DataCategory: `
    apiVersion: sova/v1
    kind: DataCategory
    id: sozialdaten
    name: Sozialdaten
    description: Daten der Leistungsgewährung nach SGB II und XII
    owner: Sozialamt
    lastReviewed: 2026-01-05
    tags: [sgb]
    notes: Sozialgeheimnis
    personal: true
    specialCategory: true
    secrecy: [social, tax]
    protectionNeed: very-high
    allowedRegions: [DE, EU]
    requiredLevel: 4
  `,
};

/** Walks a schema and calls `visit` on every subschema with its JSON pointer. */
function walk(schema: any, pointer: string, visit: (s: any, pointer: string) => void): void {
  if (!schema || typeof schema !== 'object') return;
  visit(schema, pointer);
  for (const key of ['properties', 'patternProperties', '$defs']) {
    for (const [name, sub] of Object.entries(schema[key] ?? {})) walk(sub, `${pointer}/${key}/${name}`, visit);
  }
  if (schema.items) walk(schema.items, `${pointer}/items`, visit);
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object') walk(schema.additionalProperties, `${pointer}/additionalProperties`, visit);
  for (const key of ['anyOf', 'oneOf', 'allOf']) (schema[key] ?? []).forEach((sub: any, i: number) => walk(sub, `${pointer}/${key}/${i}`, visit));
}

describe('schemas', () => {
  describe('every schema', () => {
    for (const name of Object.keys(FILES) as SchemaName[]) {
      it(`${FILES[name]} compiles alone in strict mode, with $id and title`, () => {
        const schema = loadSchema(name);
        assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
        assert.equal(schema.$id, `https://sova.example/schemas/${FILES[name]}`);
        assert.ok(schema.title);
        assert.doesNotThrow(() => compile(name));
      });

      it(`${FILES[name]}: every property has an English description`, () => {
        const missing: string[] = [];
        walk(loadSchema(name), '#', (s, pointer) => {
          for (const [key, sub] of Object.entries<any>(s.properties ?? {})) {
            if (sub === true) continue; // `{properties: {x: true}}` inside a `required` branch
            if (typeof sub.description !== 'string' || sub.description.length < 10) missing.push(`${pointer}/properties/${key}`);
          }
        });
        assert.deepEqual(missing, []);
      });

      it(`${FILES[name]}: every object rejects unknown keys and accepts x- keys`, () => {
        const open: string[] = [];
        walk(loadSchema(name), '#', (s, pointer) => {
          if (s.type !== 'object' || pointer === '#/properties/rules') return; // `rules` keys are rule ids
          if (s.additionalProperties !== false || s.patternProperties?.['^x-'] !== true) open.push(pointer);
        });
        assert.deepEqual(open, []);
      });
    }
  });

  describe('common to every kind', () => {
    for (const kind of KINDS) {
      describe(kind, () => {
        it('accepts a complete document (every field of the spec)', () => {
          const doc = yaml(COMPLETE[kind]);
          assert.equal(doc.kind, kind);
          assertValid(kind, doc);
          // every property the schema declares is exercised by the complete document
          const declared = Object.keys(loadSchema(kind).properties);
          assert.deepEqual(declared.filter((k) => !(k in doc)), []);
        });

        it('accepts the header alone (every other field is optional)', () => {
          assertValid(kind, entity(kind));
        });

        it('requires apiVersion, kind, id and name', () => {
          const errors = assertErrors(kind, {}, [' required', ' required', ' required', ' required']);
          assert.deepEqual(errors.map((e) => e.params.missingProperty), ['apiVersion', 'kind', 'id', 'name']);
          const [nameMissing] = assertErrors(kind, entity(kind, '', ['name']), [' required']);
          assert.equal(nameMissing.params.missingProperty, 'name');
        });

        it('rejects another apiVersion or kind, and an empty name', () => {
          assertErrors(kind, entity(kind, 'apiVersion: sova/v2'), ['/apiVersion const']);
          const other = kind === 'Party' ? 'Standard' : 'Party';
          const [e] = assertErrors(kind, entity(kind, `kind: ${other}`), ['/kind const']);
          assert.equal(e.params.allowedValue, kind);
          assertErrors(kind, entity(kind, 'name: ""'), ['/name minLength']);
        });

        it('rejects an id that is not lower-case kebab-case of at most 63 characters', () => {
          for (const bad of ['Ratsinfo', 'rats_info', '-ratsinfo', 'rats info', 'a'.repeat(64), '""']) {
            assertErrors(kind, entity(kind, `id: ${bad}`), ['/id pattern']);
          }
          assertErrors(kind, entity(kind, 'id: 42'), ['/id type']);
          assertValid(kind, entity(kind, `id: ${'a'.repeat(63)}`));
          assertValid(kind, entity(kind, 'id: 1und1-mail'));
        });

        it('rejects an unknown key at the root and accepts an x- key', () => {
          const [e] = assertErrors(kind, entity(kind, 'lable: typo'), [' additionalProperties']);
          assert.equal(e.params.additionalProperty, 'lable');
          assertValid(kind, entity(kind, 'x-cost-centre: 4711'));
          assertValid(kind, entity(kind, 'x-anything: {nested: [1, 2]}'));
        });

        it('reads dates quoted or not, and rejects an impossible date', () => {
          const unquoted = yaml('lastReviewed: 2026-01-31');
          assert.equal(typeof unquoted.lastReviewed, 'string'); // YAML 1.2 core schema: no timestamp type
          assertValid(kind, entity(kind, 'lastReviewed: 2026-01-31'));
          assertValid(kind, entity(kind, 'lastReviewed: "2026-01-31"'));
          assertErrors(kind, entity(kind, 'lastReviewed: 2026-13-45'), ['/lastReviewed format']);
          assertErrors(kind, entity(kind, 'lastReviewed: 31.01.2026'), ['/lastReviewed format']);
          assertErrors(kind, entity(kind, 'lastReviewed: 20260131'), ['/lastReviewed type']);
        });

        it('takes tags as a list of strings', () => {
          assertValid(kind, entity(kind, 'tags: [a, b]'));
          assertErrors(kind, entity(kind, 'tags: a'), ['/tags type']);
          assertErrors(kind, entity(kind, 'tags: [a, {b: c}]'), ['/tags/1 type']);
        });
      });
    }
  });

  describe('Application', () => {
    const app = (snippet: string) => entity('Application', snippet);

    it('rejects a value outside an enumeration, naming the allowed values', () => {
      const [e] = assertErrors('Application', app('layer: specialist'), ['/layer enum']);
      assert.deepEqual(e.params.allowedValues, ['specialist-app', 'cross-cutting', 'office', 'client-os', 'platform', 'server-os', 'infrastructure']);
      assertErrors('Application', app('criticality: critical'), ['/criticality enum']);
      assertErrors('Application', app('licence: {model: freeware}'), ['/licence/model enum']);
      assertErrors('Application', app('deployment: {model: cloud}'), ['/deployment/model enum']);
      assertErrors('Application', app('deployment: {keyControl: vendor}'), ['/deployment/keyControl enum']);
      assertErrors('Application', app('interfaces: [{standard: odf, role: import-format}]'), ['/interfaces/0/role enum']);
      assertErrors('Application', app('maintenance: {type: external}'), ['/maintenance/type enum']);
    });

    it('takes category as one string or a list, and leaves the vocabulary to the engine', () => {
      assertValid('Application', app('category: e-invoice'));
      assertValid('Application', app('category: [mail, calendar]'));
      assertValid('Application', app('category: not-in-the-vocabulary'));
      assertErrors('Application', app('category: [mail, 3]'), ['/category type', '/category/1 type', '/category anyOf']);
    });

    it('rejects values of the wrong type at the smallest node', () => {
      assertErrors('Application', app('users: many'), ['/users type']);
      assertErrors('Application', app('users: 12.5'), ['/users type']);
      assertErrors('Application', app('users: -1'), ['/users minimum']);
      assertErrors('Application', app('commissioned: "yes"'), ['/commissioned type']);
      assertErrors('Application', app('product: {version: 2.1}'), ['/product/version type']);
      assertErrors('Application', app('product: windows-server'), ['/product type']);
      assertErrors('Application', app('competence: {admins: 1.5, trainedUsers: -3}'), ['/competence/admins type', '/competence/trainedUsers minimum']);
      assertErrors('Application', app('exitPlan: {effortDays: -1, alternatives: ALLRIS}'), ['/exitPlan/alternatives type', '/exitPlan/effortDays minimum']);
      assertErrors('Application', app('deployment: {sites: rz-nord}'), ['/deployment/sites type']);
      assertErrors('Application', app('data: [Sozialdaten]'), ['/data/0 pattern']);
      assertErrors('Application', app('vendor: Microsoft Corp.'), ['/vendor pattern']);
      assertErrors('Application', app('product: {eol: 2026-02-30}'), ['/product/eol format']);
    });

    it('takes product.cycle as text or a number, competence.documentation as text or a bool', () => {
      assertValid('Application', app('product: {endoflife: postgresql, cycle: 16}'));
      assertValid('Application', app('product: {endoflife: windows-server, cycle: "2012-r2"}'));
      assertErrors('Application', app('product: {cycle: true}'), ['/product/cycle type', '/product/cycle type', '/product/cycle anyOf']);
      assertValid('Application', app('competence: {documentation: docs/betrieb.md}'));
      assertValid('Application', app('competence: {documentation: false}'));
      assertErrors('Application', app('competence: {documentation: 3}'), ['/competence/documentation type', '/competence/documentation type', '/competence/documentation anyOf']);
    });

    it('requires the standard of an interface, and an application or a name in dependsOn', () => {
      const [e] = assertErrors('Application', app('interfaces: [{role: api, spec: openapi.yaml}]'), ['/interfaces/0 required']);
      assert.equal(e.params.missingProperty, 'standard');
      assertErrors('Application', app('dependsOn: [{proprietary: true}]'), ['/dependsOn/0 required', '/dependsOn/0 required', '/dependsOn/0 anyOf']);
      assertValid('Application', app('dependsOn: [{application: postgres}, {name: Oracle Java, proprietary: true}]'));
    });

    it('rejects an unknown nested key and accepts a nested x- key', () => {
      const [e] = assertErrors('Application', app('product: {endoflife: nextcloud, cylce: "28"}'), ['/product additionalProperties']);
      assert.equal(e.params.additionalProperty, 'cylce');
      assertErrors('Application', app('interfaces: [{standard: odf, role: export-format, format: odt}]'), ['/interfaces/0 additionalProperties']);
      assertErrors('Application', app('deployment: {site: [rz-nord]}'), ['/deployment additionalProperties']);
      assertValid('Application', app('product: {endoflife: nextcloud, x-ticket: OPS-12}'));
      assertValid('Application', app('interfaces: [{standard: odf, x-note: seit 2024}]'));
      assertValid('Application', app('exitPlan: {x-owner: IT-Strategie}'));
    });

    it('takes contract as the id of a Contract or as an inline contract', () => {
      assertValid('Application', app('contract: kommunal-it-rahmenvertrag'));
      assertValid('Application', app(`
        contract:
          provider: cloud-gmbh
          type: EVB-IT Cloud
          start: 2024-01-01
          end: "2027-12-31"
          noticeMonths: 3
          governingLaw: DE
          dpa: {signed: true, transfer: scc}
          escrow: false
          switching: {noticeMonths: 2, retrievalDays: 30, charge: 0, exportFormats: [odf]}
          description: Einzelvertrag
          notes: über Rahmenvertrag des Landes
          x-vertragsnummer: V-2024-17
      `));
      const [pattern] = assertErrors('Application', app('contract: Rahmenvertrag 2024'), ['/contract pattern', '/contract type', '/contract anyOf']);
      assert.equal(pattern.params.pattern, '^[a-z0-9][a-z0-9-]{0,62}$');
    });

    it('checks an inline contract like a Contract document', () => {
      const [e] = assertErrors('Application', app('contract: {provider: cloud-gmbh, id: vertrag-1}'), ['/contract type', '/contract additionalProperties', '/contract anyOf']);
      assert.equal(e.params.type, 'string');
      assertErrors('Application', app('contract: {dpa: {signed: true, transfer: us-cloud}}'), ['/contract type', '/contract/dpa/transfer enum', '/contract anyOf']);
      assertErrors('Application', app('contract: {switching: {charge: -5, retreivalDays: 30}}'), ['/contract type', '/contract/switching additionalProperties', '/contract/switching/charge minimum', '/contract anyOf']);
      assertErrors('Application', app('contract: {governingLaw: Germany}'), ['/contract type', '/contract/governingLaw pattern', '/contract anyOf']);
      assertValid('Application', app('contract: {dpa: {x-pruefung: 2025-10-01}}'));
    });

    it('keeps the inline contract in step with contract.schema.json', () => {
      const appSchema = loadSchema('Application');
      const contractSchema = loadSchema('Contract');
      const inline = appSchema.properties.contract.anyOf.find((b: any) => b.type === 'object');
      const header = ['apiVersion', 'kind', 'id', 'name', 'owner', 'lastReviewed', 'tags'];
      const expected = Object.fromEntries(Object.entries(contractSchema.properties).filter(([k]) => !header.includes(k)));
      assert.deepEqual(Object.keys(inline.properties).sort(), Object.keys(expected).sort());
      for (const key of Object.keys(expected)) {
        if (key === 'description' || key === 'notes') continue;
        assert.deepEqual(inline.properties[key], expected[key], `inline contract field ${key}`);
      }
      for (const def of ['ref', 'date', 'country', 'dpa', 'switching']) {
        assert.deepEqual(appSchema.$defs[def], contractSchema.$defs[def], `$defs/${def}`);
      }
    });
  });

  describe('Contract', () => {
    const contract = (snippet: string) => entity('Contract', snippet);

    it('rejects wrong enums, types and country codes', () => {
      const [e] = assertErrors('Contract', contract('dpa: {transfer: privacy-shield}'), ['/dpa/transfer enum']);
      assert.deepEqual(e.params.allowedValues, ['none', 'adequacy', 'scc', 'bcr', 'dpf']);
      assertErrors('Contract', contract('governingLaw: de'), ['/governingLaw pattern']);
      assertErrors('Contract', contract('governingLaw: DEU'), ['/governingLaw pattern']);
      assertErrors('Contract', contract('noticeMonths: "3"'), ['/noticeMonths type']);
      assertErrors('Contract', contract('dpa: {signed: ja}'), ['/dpa/signed type']);
      assertErrors('Contract', contract('escrow: 1'), ['/escrow type', '/escrow type', '/escrow anyOf']);
      assertErrors('Contract', contract('switching: {exportFormats: [ODF]}'), ['/switching/exportFormats/0 pattern']);
      assertErrors('Contract', contract('end: 2026-02-29'), ['/end format']); // not a leap year
      assertValid('Contract', contract('escrow: true'));
      assertValid('Contract', contract('switching: {charge: 12.5}'));
    });

    it('rejects an unknown nested key and accepts a nested x- key', () => {
      const [e] = assertErrors('Contract', contract('switching: {noticeMonth: 2}'), ['/switching additionalProperties']);
      assert.equal(e.params.additionalProperty, 'noticeMonth');
      assertErrors('Contract', contract('dpa: {signed: true, date: 2024-01-01}'), ['/dpa additionalProperties']);
      assertValid('Contract', contract('dpa: {signed: true, x-fundstelle: Akte 12/3}'));
      assertValid('Contract', contract('switching: {x-checked-by: Justiziariat}'));
    });
  });

  describe('Party', () => {
    const party = (snippet: string) => entity('Party', snippet);

    it('rejects wrong enums and types', () => {
      assertErrors('Party', party('sector: public'), ['/sector enum']);
      const [e] = assertErrors('Party', party('certifications: [{scheme: "C5:2020", type: type3}]'), ['/certifications/0/type enum']);
      assert.deepEqual(e.params.allowedValues, ['type1', 'type2', 'certificate', 'self-declaration']);
      assertErrors('Party', party('self: 1'), ['/self type']);
      assertErrors('Party', party('country: Deutschland'), ['/country pattern']);
      assertErrors('Party', party('parent: Cloud Inc.'), ['/parent pattern']);
      assertErrors('Party', party('certifications: {scheme: ISO27001}'), ['/certifications type']);
      assertErrors('Party', party('dpf: {certified: true, checked: 2026-1-2}'), ['/dpf/checked format']);
    });

    it('reads the country code NO as Norway (YAML 1.2 core schema)', () => {
      assertValid('Party', party('country: NO'));
    });

    it('rejects an unknown nested key and accepts a nested x- key', () => {
      assertErrors('Party', party('dpf: {certified: true, listed: 2025-01-01}'), ['/dpf additionalProperties']);
      assertErrors('Party', party('certifications: [{scheme: ISO27001, valid: 2027-01-01}]'), ['/certifications/0 additionalProperties']);
      assertValid('Party', party('certifications: [{scheme: ISO27001, x-auditor: TÜV}]'));
      assertValid('Party', party('dpf: {x-source: dataprivacyframework.gov}'));
    });
  });

  describe('HostingSite', () => {
    const site = (snippet: string) => entity('HostingSite', snippet);

    it('rejects wrong enums, types and ranges', () => {
      const [e] = assertErrors('HostingSite', site('ownership: cloud'), ['/ownership enum']);
      assert.deepEqual(e.params.allowedValues, ['own', 'colocation', 'public-cloud']);
      assertErrors('HostingSite', site('stack: closed'), ['/stack enum']);
      assertErrors('HostingSite', site('energy: {pue: 0.9, renewableShare: 80}'), ['/energy/pue minimum', '/energy/renewableShare maximum']);
      assertErrors('HostingSite', site('energy: {renewableShare: "80%"}'), ['/energy/renewableShare type']);
      assertErrors('HostingSite', site('country: eu'), ['/country pattern']);
      assertValid('HostingSite', site('energy: {pue: 1, renewableShare: 0}'));
    });

    it('rejects an unknown nested key and accepts a nested x- key', () => {
      assertErrors('HostingSite', site('energy: {pue: 1.2, co2: 0}'), ['/energy additionalProperties']);
      assertValid('HostingSite', site('energy: {pue: 1.2, x-measured: 2025}'));
    });
  });

  describe('Standard', () => {
    const standard = (snippet: string) => entity('Standard', snippet);

    it('defaults openness to open and rejects other values', () => {
      assert.equal(loadSchema('Standard').properties.openness.default, 'open');
      const [e] = assertErrors('Standard', standard('openness: closed'), ['/openness enum']);
      assert.deepEqual(e.params.allowedValues, ['open', 'contested', 'proprietary']);
    });

    it('takes version as text or a number and checks the other types', () => {
      assertValid('Standard', standard('version: 1.3'));
      assertValid('Standard', standard('version: "3.0.2"'));
      assertErrors('Standard', standard('version: [1, 2]'), ['/version type', '/version type', '/version anyOf']);
      assertErrors('Standard', standard('mandatedFor: e-invoice'), ['/mandatedFor type']);
      assertErrors('Standard', standard('replacedBy: ODF 1.3'), ['/replacedBy pattern']);
      assertErrors('Standard', standard('mandatedGroup: 1'), ['/mandatedGroup type']);
    });
  });

  describe('DataCategory', () => {
    const data = (snippet: string) => entity('DataCategory', snippet);

    it('rejects wrong enums, types and ranges', () => {
      assertErrors('DataCategory', data('secrecy: [social, medical]'), ['/secrecy/1 enum']);
      const [e] = assertErrors('DataCategory', data('allowedRegions: [DE, US]'), ['/allowedRegions/1 enum']);
      assert.deepEqual(e.params.allowedValues, ['DE', 'EU', 'EEA', 'adequacy', 'any']);
      assertErrors('DataCategory', data('protectionNeed: hoch'), ['/protectionNeed enum']);
      assertErrors('DataCategory', data('requiredLevel: 5'), ['/requiredLevel maximum']);
      assertErrors('DataCategory', data('requiredLevel: 2.5'), ['/requiredLevel type']);
      assertErrors('DataCategory', data('personal: "true"'), ['/personal type']);
      assertErrors('DataCategory', data('secrecy: social'), ['/secrecy type']);
      assertValid('DataCategory', data('requiredLevel: 0'));
    });
  });

  describe('Config (sova.config.yaml)', () => {
    const config = (text: string) => (text.trim() ? yaml(text) : {});

    it('accepts an empty config and the example of the spec', () => {
      assertValid('Config', {});
      assertValid('Config', config(`
        include: [landscape/**/*.yaml]
        locale: de            # de or en; messages of diagnostics and reports
        rules:                # per-rule override of the severity of all its findings
          STD-007: off        # off | info | warning | error
        policy:
          licenceAllowList: [EUPL-1.2, Apache-2.0, MIT, GPL-3.0-or-later]
          eolWarningDays: 180
      `));
    });

    it('accepts a document spelling out every documented default, plus catalogues', () => {
      assertValid('Config', config(`
        include: ["landscape/**/*.{yaml,yml}"]
        exclude: []
        locale: de
        rules: {}
        policy:
          eolWarningDays: 180
          concentrationThreshold: 0.5
          requiredLevelDefaults: {public: 1, personal: 2, special: 3}
          extraterritorialCountries: [US, CN, RU]
          extraCategories: []
          weights: {SOV-1: 15, SOV-2: 10, SOV-3: 10, SOV-4: 15, SOV-5: 20, SOV-6: 15, SOV-7: 10, SOV-8: 5}
        catalogues:
          endOfLife: [catalogues/eol-local.yaml]
          standards: [catalogues/standards-land.yaml]
      `));
      assertValid('Config', config('include: landscape/**/*.yaml\nexclude: landscape/archive/**'));
    });

    it('declares the same defaults as the engine', () => {
      const s = loadSchema('Config').properties;
      const defaults = (props: Record<string, any>) =>
        Object.fromEntries(Object.entries(props).filter(([, v]) => 'default' in v).map(([k, v]) => [k, v.default]));
      const fromSchema = {
        include: s.include.default,
        exclude: s.exclude.default,
        locale: s.locale.default,
        rules: s.rules.default,
        policy: defaults(s.policy.properties),
        catalogues: { endOfLife: s.catalogues.properties.endOfLife.default, standards: s.catalogues.properties.standards.default },
      };
      assert.deepEqual(fromSchema, defaultConfig());
      assert.deepEqual(defaults(s.policy.properties.requiredLevelDefaults.properties), s.policy.properties.requiredLevelDefaults.default);
      assert.deepEqual(defaults(s.policy.properties.weights.properties), s.policy.properties.weights.default);
      assert.ok(!('default' in s.policy.properties.licenceAllowList), 'licenceAllowList is unset by default');
    });

    it('rejects an unknown locale', () => {
      const [e] = assertErrors('Config', config('locale: fr'), ['/locale enum']);
      assert.deepEqual(e.params.allowedValues, ['de', 'en']);
    });

    it('rejects an unknown rule severity and a key that is not a rule id', () => {
      const [e] = assertErrors('Config', config('rules: {STD-007: warn}'), ['/rules/STD-007 enum']);
      assert.deepEqual(e.params.allowedValues, ['off', 'info', 'warning', 'error']);
      assertValid('Config', config('rules: {SCHEMA: warning, LIC-004: info, EXIT-001: error, STD-007: off}'));
      const [key] = assertErrors('Config', config('rules: {std-007: off}'), ['/rules additionalProperties']);
      assert.equal(key.params.additionalProperty, 'std-007');
      assertErrors('Config', config('rules: {STD-7: off}'), ['/rules additionalProperties']);
    });

    it('checks the policy', () => {
      assertErrors('Config', config('policy: {eolWarningDays: -1}'), ['/policy/eolWarningDays minimum']);
      assertErrors('Config', config('policy: {concentrationThreshold: 50}'), ['/policy/concentrationThreshold maximum']);
      assertErrors('Config', config('policy: {requiredLevelDefaults: {personal: 5}}'), ['/policy/requiredLevelDefaults/personal maximum']);
      assertErrors('Config', config('policy: {extraterritorialCountries: [us]}'), ['/policy/extraterritorialCountries/0 pattern']);
      assertErrors('Config', config('policy: {extraCategories: [Fleet Management]}'), ['/policy/extraCategories/0 pattern']);
      assertErrors('Config', config('policy: {weights: {SOV-1: -5, SOV-9: 1}}'), ['/policy/weights additionalProperties', '/policy/weights/SOV-1 minimum']);
      assertErrors('Config', config('policy: {licenceAllowList: MIT}'), ['/policy/licenceAllowList type']);
      assertValid('Config', config('policy: {extraCategories: [fleet-management, cemetery]}'));
    });

    it('rejects unknown keys at every level and accepts x- keys', () => {
      assertErrors('Config', config('polcy: {}'), [' additionalProperties']);
      assertErrors('Config', config('policy: {eolWarnDays: 90}'), ['/policy additionalProperties']);
      assertErrors('Config', config('policy: {requiredLevelDefaults: {secret: 4}}'), ['/policy/requiredLevelDefaults additionalProperties']);
      assertErrors('Config', config('catalogues: {eol: [a.yaml]}'), ['/catalogues additionalProperties']);
      assertErrors('Config', config('include: 5'), ['/include type', '/include type', '/include anyOf']);
      assertValid('Config', config('x-team: IT-Strategie\npolicy: {x-beschluss: 2026-03-12}\ncatalogues: {x-note: lokal}'));
    });
  });
});
