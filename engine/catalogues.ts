// The shipped catalogues under rules/catalogues: where they are, the end-of-life cycles, the country
// lists behind the DataCategory regions, and the catalogue versions (dates) that reports record.
// Each file is read once, lazily, and kept in module scope; callers must not mutate what they get.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { packageRoot } from './assets';
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Node as YamlNode, Pair, YAMLMap } from 'yaml';

export type Region = 'DE' | 'EU' | 'EEA' | 'adequacy' | 'any';

export interface EolCycle {
  cycle: string;
  releaseDate?: string;
  /** End of security support (endoflife.date `eol`): a date, `true` = ended (date unknown), `false` = no end announced. */
  eol?: string | boolean;
  /** End of active support (endoflife.date `support`, newer files `eoas`). */
  support?: string | boolean;
  /** End of paid extended support (endoflife.date `extendedSupport`, newer files `eoes`); informational. */
  extendedSupport?: string | boolean;
}

export interface EolProduct { label: string; cycles: EolCycle[] }
export interface EolCatalogue { version: string; products: Map<string, EolProduct> }

export interface Countries {
  version: string;
  eu: Set<string>;
  eea: Set<string>;
  /** Countries with an EU adequacy decision (the EEA and the conditional ones not repeated). */
  adequacy: Set<string>;
  /** Countries adequate only under a condition, e.g. US → `dpf` (EU-US Data Privacy Framework). */
  adequacyConditional: Map<string, string>;
  extraterritorialDefault: string[];
  /** The country's name for messages; the code itself when no name is known. */
  name(code: string, locale: 'de' | 'en'): string;
}

/** What `securityEol` returns for `eol: true` (ended, date unknown): sorts before every real date. */
export const EOL_DATE_UNKNOWN = '0000-01-01';

/** Absolute path of rules/catalogues in the package (works from out/engine and dist). */
export function catalogueDir(): string {
  return path.join(packageRoot(), 'rules', 'catalogues');
}

export function standardsCatalogueFile(): string {
  return path.join(catalogueDir(), 'standards.yaml');
}

const eolFile = (): string => path.join(catalogueDir(), 'end-of-life.yaml');
const countriesFile = (): string => path.join(catalogueDir(), 'countries.yaml');

// ── Versions ─────────────────────────────────────────────────────────────────────────────────────

const HEADER = /^# sova-catalogue ([a-z-]+) (\d{4}-\d{2}-\d{2})\s*$/;
let versions: { standards: string; endOfLife: string; countries: string } | undefined;

/** The date in a catalogue's first line `# sova-catalogue <name> <YYYY-MM-DD>`, or `unknown`. */
function headerVersion(text: string, name: string): string {
  const m = HEADER.exec(text.split(/\r?\n/, 1)[0]);
  return m && m[1] === name ? m[2] : 'unknown';
}

function readHeader(file: string, name: string): string {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(200);
    const n = fs.readSync(fd, buf, 0, buf.length, 0);
    return headerVersion(buf.subarray(0, n).toString('utf8'), name);
  } finally {
    fs.closeSync(fd);
  }
}

export function catalogueVersions(): { standards: string; endOfLife: string; countries: string } {
  return (versions ??= {
    standards: readHeader(standardsCatalogueFile(), 'standards'),
    endOfLife: readHeader(eolFile(), 'end-of-life'),
    countries: readHeader(countriesFile(), 'countries'),
  });
}

// ── YAML with positions ──────────────────────────────────────────────────────────────────────────

/** Parses one YAML document; errors carry `file:line:column`. */
class YamlFile {
  private readonly lines = new LineCounter();
  readonly root: YamlNode | null;

  constructor(readonly file: string, text: string) {
    const doc = parseDocument(text, { lineCounter: this.lines, prettyErrors: false });
    const err = doc.errors[0];
    if (err) throw this.error(err.pos[0], err.message.split('\n')[0]);
    this.root = doc.contents as YamlNode | null;
  }

  error(offset: number | undefined, message: string): Error {
    const { line, col } = this.lines.linePos(offset ?? 0);
    return new Error(`${this.file}:${line}:${col}: ${message}`);
  }

  at(node: YamlNode | Pair | null | undefined, message: string): Error {
    const n = node && 'range' in node ? node : (node as Pair | undefined)?.key as YamlNode | undefined;
    return this.error(n?.range?.[0], message);
  }

  map(node: unknown, what: string): YAMLMap<YamlNode, YamlNode> {
    if (!isMap(node)) throw this.at(node as YamlNode, `${what} must be a mapping`);
    return node as YAMLMap<YamlNode, YamlNode>;
  }
}

const keyOf = (p: Pair<YamlNode, YamlNode>): string => (isScalar(p.key) ? String(p.key.value) : '');

// ── End of life ──────────────────────────────────────────────────────────────────────────────────

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** Our field names, and endoflife.date's own names for them (so its release lists can be pasted as they are). */
const CYCLE_FIELDS: Record<string, keyof EolCycle> = {
  cycle: 'cycle', releaseCycle: 'cycle', releaseDate: 'releaseDate', eol: 'eol',
  support: 'support', eoas: 'support', extendedSupport: 'extendedSupport', eoes: 'extendedSupport',
};
/** endoflife.date fields that say nothing about support and are skipped. */
const INFORMATIONAL = new Set([
  'latest', 'latestReleaseDate', 'lts', 'link', 'codename', 'releaseLabel', 'outOfOrder', 'discontinued',
  'minJavaVersion', 'supportedPhpVersions', 'latestGdr', 'latestGdrLink',
]);
const PRODUCT_FIELDS = new Set(['label', 'cycles', 'source', 'notes']);

function parseEol(file: string, text: string): { version: string; products: Map<string, EolProduct> } {
  const y = new YamlFile(file, text);
  const root = y.map(y.root, 'the file');
  const productsNode = root.get('products', true) as YamlNode | undefined;
  if (!productsNode) throw y.at(root, 'missing `products:`');
  const products = new Map<string, EolProduct>();
  for (const pp of y.map(productsNode, '`products`').items) {
    const key = keyOf(pp);
    const prod = y.map(pp.value, `product ${key}`);
    for (const f of prod.items) if (!PRODUCT_FIELDS.has(keyOf(f))) throw y.at(f, `unknown key \`${keyOf(f)}\` in product ${key} (known: ${[...PRODUCT_FIELDS].join(', ')})`);
    const label = prod.get('label', true);
    const cyclesNode = prod.get('cycles', true) as YamlNode | undefined;
    if (!isSeq(cyclesNode)) throw y.at(cyclesNode ?? pp, `product ${key} needs a list \`cycles\``);
    const cycles = cyclesNode.items.map((c) => parseCycle(y, c as YamlNode, key));
    products.set(key, { label: isScalar(label) ? String(label.value) : key, cycles });
  }
  return { version: headerVersion(text, 'end-of-life'), products };
}

function parseCycle(y: YamlFile, node: YamlNode, product: string): EolCycle {
  const m = y.map(node, `a cycle of ${product}`);
  const out: Partial<EolCycle> = {};
  for (const f of m.items) {
    const k = keyOf(f);
    const field = CYCLE_FIELDS[k];
    if (!field) {
      if (INFORMATIONAL.has(k)) continue;
      throw y.at(f, `unknown key \`${k}\` in a cycle of ${product} (known: ${Object.keys(CYCLE_FIELDS).join(', ')})`);
    }
    const v = f.value;
    if (!isScalar(v)) throw y.at(v ?? f, `\`${k}\` must be a single value`);
    if (field === 'cycle') {
      if (typeof v.value !== 'string' && typeof v.value !== 'number') throw y.at(v, '`cycle` must be text, e.g. "2012-r2" or "16"');
      // The source text keeps what a number loses: 10.10 stays "10.10", not "10.1".
      out.cycle = typeof v.value === 'number' && v.source ? v.source : String(v.value);
    } else if (typeof v.value === 'boolean' || (typeof v.value === 'string' && DATE.test(v.value))) {
      (out as Record<string, unknown>)[field] = v.value;
    } else {
      throw y.at(v, `\`${k}\` must be a date YYYY-MM-DD, true or false`);
    }
  }
  if (out.cycle === undefined || out.cycle === '') throw y.at(node, `a cycle of ${product} has no \`cycle\``);
  return out as EolCycle;
}

let shippedEol: EolCatalogue | undefined;
const extraEol = new Map<string, { mtimeMs: number; size: number; products: Map<string, EolProduct> }>();

function readExtraEol(file: string): Map<string, EolProduct> {
  const abs = path.resolve(file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(abs);
  } catch (e) {
    throw new Error(`${abs}:1:1: cannot read end-of-life file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  const cached = extraEol.get(abs);
  if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.products;
  const { products } = parseEol(abs, fs.readFileSync(abs, 'utf8'));
  extraEol.set(abs, { mtimeMs: stat.mtimeMs, size: stat.size, products });
  return products;
}

/**
 * The shipped end-of-life catalogue, plus `extraFiles` in the same format: their products are added,
 * and their cycles replace shipped cycles of the same product and cycle (compared case-insensitively)
 * or are added. The version stays the shipped catalogue's. A broken extra file throws an Error whose
 * message starts with `file:line:column:`.
 */
export function loadEolCatalogue(extraFiles: string[] = []): EolCatalogue {
  if (!shippedEol) {
    const file = eolFile();
    shippedEol = parseEol(file, fs.readFileSync(file, 'utf8'));
  }
  if (extraFiles.length === 0) return shippedEol;
  const products = new Map<string, EolProduct>();
  for (const [k, p] of shippedEol.products) products.set(k, { label: p.label, cycles: [...p.cycles] });
  for (const file of extraFiles) {
    for (const [k, p] of readExtraEol(file)) {
      const target = products.get(k);
      if (!target) {
        products.set(k, { label: p.label, cycles: [...p.cycles] });
        continue;
      }
      if (p.label !== k) target.label = p.label;
      for (const c of p.cycles) {
        const i = target.cycles.findIndex((t) => t.cycle.toLowerCase() === c.cycle.toLowerCase());
        if (i >= 0) target.cycles[i] = c;
        else target.cycles.push(c);
      }
    }
  }
  return { version: shippedEol.version, products };
}

const PLAIN_NUMBER = /^\d+(\.\d+)?$/;

/**
 * The cycle of `product` (its endoflife.date key, exact) named `cycle`, compared case-insensitively.
 * A number is read as text ("16" and 16 match); when no cycle has that text, a number also matches a
 * cycle that is the same plain number (8.0 → "8.0", which String(8.0) = "8" misses). A number cannot
 * recover digits YAML dropped: `cycle: 3.10` arrives as 3.1 and finds "3.1". Pass the scalar's source
 * text (or have the landscape quote the cycle) where that matters.
 */
export function findCycle(cat: EolCatalogue, product: string, cycle: string | number): EolCycle | undefined {
  const cycles = cat.products.get(product)?.cycles;
  if (!cycles) return undefined;
  const text = String(cycle).trim().toLowerCase();
  const exact = cycles.find((c) => c.cycle.toLowerCase() === text);
  if (exact || typeof cycle !== 'number') return exact;
  return cycles.find((c) => PLAIN_NUMBER.test(c.cycle) && Number(c.cycle) === cycle);
}

/**
 * End of security support of a cycle: its `eol` date; `EOL_DATE_UNKNOWN` ('0000-01-01', before every
 * real date) for `eol: true` (ended, date not recorded); undefined for `false` (no end announced) or none.
 */
export function securityEol(c: EolCycle): string | undefined {
  if (c.eol === true) return EOL_DATE_UNKNOWN;
  return typeof c.eol === 'string' ? c.eol : undefined;
}

// ── Countries ────────────────────────────────────────────────────────────────────────────────────

const CODE = /^[A-Z]{2}$/;
let shippedCountries: (Countries & { aliases: Map<string, string> }) | undefined;

function codes(y: YamlFile, node: unknown, what: string): string[] {
  if (!isSeq(node)) throw y.at(node as YamlNode, `\`${what}\` must be a list of country codes`);
  return node.items.map((n) => {
    const v = isScalar(n) ? n.value : undefined;
    if (typeof v !== 'string' || !CODE.test(v)) throw y.at(n as YamlNode, `\`${what}\`: not an ISO 3166-1 alpha-2 code`);
    return v;
  });
}

function parseCountries(file: string, text: string): Countries & { aliases: Map<string, string> } {
  const y = new YamlFile(file, text);
  const root = y.map(y.root, 'the file');
  const plain = (key: string): unknown => {
    const n = root.get(key, true) as YamlNode | undefined;
    return n && 'toJSON' in n ? (n as { toJSON(): unknown }).toJSON() : undefined;
  };
  const eu = new Set(codes(y, root.get('eu', true), 'eu'));
  const eea = new Set(codes(y, root.get('eea', true), 'eea'));
  for (const c of eu) if (!eea.has(c)) throw y.at(root.get('eea', true) as YamlNode, `\`eea\` lacks the EU member ${c}`);
  const adequacy = new Set<string>();
  const adequacyNode = root.get('adequacy', true);
  if (!isSeq(adequacyNode)) throw y.at(root, '`adequacy` must be a list of {country, adequacyDate}');
  for (const item of adequacyNode.items) {
    const entry = y.map(item, 'an adequacy entry');
    const country = entry.get('country');
    const date = entry.get('adequacyDate');
    if (typeof country !== 'string' || !CODE.test(country)) throw y.at(entry, 'adequacy entry without a valid `country`');
    if (typeof date !== 'string' || !DATE.test(date)) throw y.at(entry, `adequacy entry ${country} without \`adequacyDate\` YYYY-MM-DD`);
    adequacy.add(country);
  }
  const conditional = new Map(Object.entries((plain('adequacyConditional') ?? {}) as Record<string, string>));
  const aliases = new Map(Object.entries((plain('aliases') ?? {}) as Record<string, string>));
  const names = (plain('names') ?? {}) as Record<string, { de?: string; en?: string }>;
  const display: Partial<Record<'de' | 'en', Intl.DisplayNames>> = {};
  return {
    version: headerVersion(text, 'countries'),
    eu, eea, adequacy, adequacyConditional: conditional, aliases,
    extraterritorialDefault: codes(y, root.get('extraterritorialDefault', true), 'extraterritorialDefault'),
    name(code: string, locale: 'de' | 'en'): string {
      const c = normalizeCountry(code, aliases);
      const known = names[c]?.[locale];
      if (known) return known;
      try {
        return (display[locale] ??= new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' })).of(c) ?? code;
      } catch {
        return code;
      }
    },
  };
}

function normalizeCountry(code: string, aliases: Map<string, string>): string {
  const c = code.trim().toUpperCase();
  return aliases.get(c) ?? c;
}

export function countries(): Countries {
  if (!shippedCountries) {
    const file = countriesFile();
    shippedCountries = parseCountries(file, fs.readFileSync(file, 'utf8'));
  }
  return shippedCountries;
}

/**
 * Whether a country (ISO 3166-1 alpha-2, any case; EL and UK accepted) lies in a region:
 * DE ⊂ EU ⊂ EEA ⊂ adequacy ⊂ any. A conditionally adequate country (the US, under the Data Privacy
 * Framework) is in `adequacy` only when `usImporterDpfCertified` is true.
 */
export function countryInRegion(country: string, region: Region, usImporterDpfCertified: boolean): boolean {
  const cs = countries() as Countries & { aliases: Map<string, string> };
  const c = normalizeCountry(country, cs.aliases);
  switch (region) {
    case 'any': return true;
    case 'DE': return c === 'DE';
    case 'EU': return cs.eu.has(c);
    case 'EEA': return cs.eea.has(c);
    case 'adequacy': return cs.eea.has(c) || cs.adequacy.has(c) || (cs.adequacyConditional.get(c) === 'dpf' && usImporterDpfCertified);
    default: return false;
  }
}
