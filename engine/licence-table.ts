// sova's own licence correction table: what people write in inventories ("GPLv2+CPE",
// "Apache-Lizenz 2.0", "New BSD", "proprietär") and what SPDX expression they mean.
// spdx-correct is only one input next to this table (it maps "EUPL" to "UPL-1.0" and
// "GPL" to "GPL-3.0-or-later"); every entry here was chosen by hand.
// Keys are matched against a normalised, lower-case text (see `licenceKey` in licence.ts):
// the words "licence", "license", "lizenz" removed, commas dropped, spaces collapsed.

/**
 * Deprecated SPDX ids and what replaces them, `-only` form first (SPDX's own obsoletedBy)
 * then the `-or-later` form, both offered because an inventory's "GPL-3.0" rarely says which
 * was meant. An empty list: deprecated without a single replacement (Net-SNMP is a bundle of
 * several licences).
 */
export const DEPRECATED_REPLACEMENTS: Readonly<Record<string, readonly string[]>> = {
  'AGPL-1.0': ['AGPL-1.0-only', 'AGPL-1.0-or-later'],
  'AGPL-3.0': ['AGPL-3.0-only', 'AGPL-3.0-or-later'],
  'BSD-2-Clause-FreeBSD': ['BSD-2-Clause-Views'],
  'BSD-2-Clause-NetBSD': ['BSD-2-Clause'],
  'GFDL-1.1': ['GFDL-1.1-only', 'GFDL-1.1-or-later'],
  'GFDL-1.2': ['GFDL-1.2-only', 'GFDL-1.2-or-later'],
  'GFDL-1.3': ['GFDL-1.3-only', 'GFDL-1.3-or-later'],
  'GPL-1.0': ['GPL-1.0-only', 'GPL-1.0-or-later'],
  'GPL-2.0': ['GPL-2.0-only', 'GPL-2.0-or-later'],
  'GPL-2.0-with-GCC-exception': ['GPL-2.0-only WITH GCC-exception-2.0', 'GPL-2.0-or-later WITH GCC-exception-2.0'],
  'GPL-2.0-with-autoconf-exception': ['GPL-2.0-only WITH Autoconf-exception-2.0', 'GPL-2.0-or-later WITH Autoconf-exception-2.0'],
  'GPL-2.0-with-bison-exception': ['GPL-2.0-only WITH Bison-exception-2.2', 'GPL-2.0-or-later WITH Bison-exception-2.2'],
  'GPL-2.0-with-classpath-exception': ['GPL-2.0-only WITH Classpath-exception-2.0', 'GPL-2.0-or-later WITH Classpath-exception-2.0'],
  'GPL-2.0-with-font-exception': ['GPL-2.0-only WITH Font-exception-2.0', 'GPL-2.0-or-later WITH Font-exception-2.0'],
  'GPL-3.0': ['GPL-3.0-only', 'GPL-3.0-or-later'],
  'GPL-3.0-with-GCC-exception': ['GPL-3.0-only WITH GCC-exception-3.1', 'GPL-3.0-or-later WITH GCC-exception-3.1'],
  'GPL-3.0-with-autoconf-exception': ['GPL-3.0-only WITH Autoconf-exception-3.0', 'GPL-3.0-or-later WITH Autoconf-exception-3.0'],
  'LGPL-2.0': ['LGPL-2.0-only', 'LGPL-2.0-or-later'],
  'LGPL-2.1': ['LGPL-2.1-only', 'LGPL-2.1-or-later'],
  'LGPL-3.0': ['LGPL-3.0-only', 'LGPL-3.0-or-later'],
  'Net-SNMP': [],
  'Nunit': ['zlib-acknowledgement'],
  'StandardML-NJ': ['SMLNJ'],
  'bzip2-1.0.5': ['bzip2-1.0.6'],
  'eCos-2.0': ['GPL-2.0-or-later WITH eCos-exception-2.0'],
  'wxWindows': ['GPL-2.0-or-later WITH WxWindows-exception-3.1'],
};

/** A licence family written with an optional version: "GPL v3", "Apache-Lizenz 2.0", "EUPL". */
export interface LicenceFamily {
  /** Matched at the start of the key; the rest must be a version and qualifiers. */
  alias: RegExp;
  /** Known versions, most plausible first. A written "2" picks the known versions "2.x". */
  versions: readonly string[];
  /** Versions offered when none is written. */
  defaults: readonly string[];
  /** Whether `defaults` is an order of plausibility (EUPL-1.2 before 1.1) or an equal choice. */
  defaultsRanked: boolean;
  /** GNU licences: every version comes as `-only` and `-or-later`. */
  gnu?: boolean;
  /** The SPDX id for a version; default `${prefix}-${version}`. */
  id: (version: string) => string;
  /** Text put in front of a bare version that follows this family ("GPL-2.0/3.0"). */
  prefix: string;
}

const GNU_PUBLIC = String.raw`(?:general[\s-]*public|allgemeine[\s-]*öffentliche)`;

/** Order matters: AGPL, LGPL and GFDL before GPL. */
export const FAMILIES: readonly LicenceFamily[] = [
  {
    alias: new RegExp(String.raw`^(?:gnu[\s-]*)?(?:agpl|affero[\s-]*(?:gpl|gnu[\s-]*)?${GNU_PUBLIC}?)`),
    versions: ['3.0', '1.0'], defaults: ['3.0'], defaultsRanked: true, gnu: true, id: (v) => `AGPL-${v}`, prefix: 'AGPL',
  },
  {
    alias: new RegExp(String.raw`^(?:gnu[\s-]*)?(?:lgpl|(?:lesser|library|kleinere)[\s-]*(?:gpl|${GNU_PUBLIC})?)`),
    versions: ['2.1', '3.0', '2.0'], defaults: ['2.1', '3.0'], defaultsRanked: false, gnu: true, id: (v) => `LGPL-${v}`, prefix: 'LGPL',
  },
  {
    alias: /^(?:gnu[\s-]*)?(?:gfdl|fdl|free[\s-]*documentation)/,
    versions: ['1.3', '1.2', '1.1'], defaults: ['1.3'], defaultsRanked: true, gnu: true, id: (v) => `GFDL-${v}`, prefix: 'GFDL',
  },
  {
    alias: new RegExp(String.raw`^(?:gnu[\s-]*)?(?:gpl|${GNU_PUBLIC}|public)|^gnu`),
    versions: ['2.0', '3.0', '1.0'], defaults: ['2.0', '3.0'], defaultsRanked: false, gnu: true, id: (v) => `GPL-${v}`, prefix: 'GPL',
  },
  {
    alias: /^(?:apache(?:[\s-]*software)?(?:[\s-]*foundation)?|asl|alv?)/,
    versions: ['2.0', '1.1', '1.0'], defaults: ['2.0', '1.1', '1.0'], defaultsRanked: true, id: (v) => `Apache-${v}`, prefix: 'Apache',
  },
  {
    alias: /^(?:mpl|mozilla(?:[\s-]*public)?)/,
    versions: ['2.0', '1.1', '1.0'], defaults: ['2.0', '1.1', '1.0'], defaultsRanked: true, id: (v) => `MPL-${v}`, prefix: 'MPL',
  },
  {
    alias: /^(?:eupl|european[\s-]*union[\s-]*public|europäische[\s-]*union[\s-]*public|eu[\s-]*public|öffentliche[\s-]*der[\s-]*europäischen[\s-]*union|eu)/,
    versions: ['1.2', '1.1', '1.0'], defaults: ['1.2', '1.1', '1.0'], defaultsRanked: true, id: (v) => `EUPL-${v}`, prefix: 'EUPL',
  },
  {
    alias: /^(?:epl|eclipse(?:[\s-]*public)?)/,
    versions: ['2.0', '1.0'], defaults: ['2.0', '1.0'], defaultsRanked: true, id: (v) => `EPL-${v}`, prefix: 'EPL',
  },
  {
    alias: /^(?:cddl|common[\s-]*development[\s-]*and[\s-]*distribution)/,
    versions: ['1.0', '1.1'], defaults: ['1.0', '1.1'], defaultsRanked: true, id: (v) => `CDDL-${v}`, prefix: 'CDDL',
  },
  {
    alias: /^(?:artistic)/,
    versions: ['2.0', '1.0'], defaults: ['2.0', '1.0'], defaultsRanked: true, id: (v) => `Artistic-${v}`, prefix: 'Artistic',
  },
  {
    alias: /^(?:ofl|sil[\s-]*(?:ofl|open[\s-]*font)|open[\s-]*font)/,
    versions: ['1.1', '1.0'], defaults: ['1.1', '1.0'], defaultsRanked: true, id: (v) => `OFL-${v}`, prefix: 'OFL',
  },
  {
    // "BSL 1.1" is how MariaDB and HashiCorp write the Business Source License.
    alias: /^(?:bsl)/,
    versions: ['1.0', '1.1'], defaults: ['1.0', '1.1'], defaultsRanked: false, id: (v) => (v === '1.1' ? 'BUSL-1.1' : 'BSL-1.0'), prefix: 'BSL',
  },
  {
    alias: /^(?:busl|business[\s-]*source)/,
    versions: ['1.1'], defaults: ['1.1'], defaultsRanked: true, id: () => 'BUSL-1.1', prefix: 'BUSL',
  },
  {
    alias: /^(?:boost(?:[\s-]*software)?)/,
    versions: ['1.0'], defaults: ['1.0'], defaultsRanked: true, id: () => 'BSL-1.0', prefix: 'Boost',
  },
  {
    alias: /^(?:sspl|server[\s-]*side[\s-]*public)/,
    versions: ['1.0'], defaults: ['1.0'], defaultsRanked: true, id: () => 'SSPL-1.0', prefix: 'SSPL',
  },
  {
    alias: /^(?:elastic|el(?=v))/,
    versions: ['2.0'], defaults: ['2.0'], defaultsRanked: true, id: () => 'Elastic-2.0', prefix: 'Elastic',
  },
];

/** A whole key (after normalisation) that means one fixed set of candidates. */
export interface LicenceAlias {
  key: RegExp;
  candidates: readonly string[];
  ranked: boolean;
}

export const ALIASES: readonly LicenceAlias[] = [
  { key: /^(?:mit|expat|mit[\s-]*expat|the[\s-]*mit)$/, candidates: ['MIT'], ranked: true },
  { key: /^(?:mit\/x11|mit[\s-]*x11)$/, candidates: ['MIT', 'X11'], ranked: true },
  { key: /^(?:isc|internet[\s-]*systems[\s-]*consortium)$/, candidates: ['ISC'], ranked: true },
  { key: /^(?:zlib|zlib\/libpng|zlib[\s-]*libpng)$/, candidates: ['Zlib'], ranked: true },
  { key: /^(?:(?:the[\s-]*)?unlicen[cs]e|unlicensed)$/, candidates: ['Unlicense'], ranked: true },
  { key: /^(?:wtfpl|do[\s-]*what[\s-]*the[\s-]*f\W*ck[\s-]*you[\s-]*want[\s-]*to(?:[\s-]*public)?)$/, candidates: ['WTFPL'], ranked: true },
  { key: /^(?:postgres|postgresql)$/, candidates: ['PostgreSQL'], ranked: true },
  { key: /^(?:psf|python[\s-]*software[\s-]*foundation)(?:[\s-]*v?2(?:\.0)?)?$/, candidates: ['PSF-2.0'], ranked: true },
  { key: /^python(?:[\s-]*v?2(?:\.0)?)?$/, candidates: ['Python-2.0', 'PSF-2.0'], ranked: false },
  { key: /^(?:elv2)$/, candidates: ['Elastic-2.0'], ranked: true },
  { key: /^(?:0bsd|zero[\s-]*clause[\s-]*bsd|bsd[\s-]*zero[\s-]*clause)$/, candidates: ['0BSD'], ranked: true },
  { key: /^(?:cc0|cc[\s-]*zero|cc0[\s-]*1(?:\.0)?(?:[\s-]*universal)?|creative[\s-]*commons[\s-]*zero(?:[\s-]*v?1(?:\.0)?)?(?:[\s-]*universal)?)$/, candidates: ['CC0-1.0'], ranked: true },
];

/** Texts that mean "no open-source licence": LicenseRef-proprietary. */
export const PROPRIETARY_KEY =
  /^(?:propriet[aä]re?r?|proprietaer|proprietary|propriet[aä]re?[\s-]*software|commercial|kommerziell|closed[\s-]*source|closed|eula|end[\s-]*user[\s-]*agreement|herstellerlizenz|hersteller|vendor|non[\s-]*free|nonfree|unfrei|freeware|shareware|all[\s-]*rights[\s-]*reserved|alle[\s-]*rechte[\s-]*vorbehalten|kauflizenz|mietlizenz|kaufsoftware|mietsoftware|volumenlizenz|lizenzvertrag|subscription|abonnement|saas)$/;

/** A word that makes a text proprietary wherever it stands ("Microsoft EULA", "Proprietär (Microsoft)"). */
export const PROPRIETARY_WORD =
  /^(?:propriet[aä]re?r?|proprietaer|proprietary|eula|freeware|shareware|kaufsoftware|mietsoftware|volumenlizenz|kauflizenz|mietlizenz|herstellerlizenz|lizenzvertrag|closed-source)$/;

/** Texts that say "open source" without naming a licence: dropped next to a named licence ("Open Source (GPL)"). */
export const GENERIC_OPEN_SOURCE_KEY =
  /^(?:open[\s-]*source(?:[\s-]*software)?|oss|foss|floss|freie[\s-]*software|free[\s-]*software|quelloffen|libre)$/;

/** "Public domain" has no SPDX id; the candidates are equally plausible. */
export const PUBLIC_DOMAIN_KEY = /^(?:public[\s-]*domain|pd|gemeinfrei|gemeinfreiheit|gemeinfreie[\s-]*software)$/;
export const PUBLIC_DOMAIN_CANDIDATES: readonly string[] = ['LicenseRef-public-domain', 'CC0-1.0', 'Unlicense'];

/** Placeholders that mean "we do not know": LicenseRef-unknown (the LIC-001 fix uses the same). */
export const UNKNOWN_KEY = /^(?:unknown|unbekannt|unklar|\?+|tbd|todo|n\/a|na|k\.?\s*a\.?|keine[\s-]*angabe|offen)$/;

/** Labels for the LicenseRefs sova suggests. */
export const LICENCE_REF_LABELS: Readonly<Record<string, string>> = {
  'LicenseRef-proprietary': 'proprietary licence (not open source)',
  'LicenseRef-public-domain': 'public domain (no SPDX id)',
  'LicenseRef-unknown': 'licence not known yet',
};

/**
 * Licence exceptions as written after WITH, "+" or "mit": "GPLv2+CPE", "with Classpath exception".
 * `pick` chooses the exception for the licence it is attached to; `prefer` says which of the
 * `-only` / `-or-later` forms the exception usually comes with (OpenJDK is GPL-2.0-only with the
 * Classpath exception, GCC's runtime library GPL-3.0-or-later with the GCC exception).
 */
export interface ExceptionAlias {
  key: RegExp;
  pick: (licenceId: string) => string;
  prefer?: 'only' | 'or-later';
}

const EXCEPTION_WORD = String.raw`(?:[\s-]*(?:exception|ausnahme|exc))?`;
const v3 = (id: string): boolean => /-3\.0/.test(id);

export const EXCEPTION_ALIASES: readonly ExceptionAlias[] = [
  { key: new RegExp(String.raw`^(?:cpe|classpath${EXCEPTION_WORD}(?:[\s-]*v?2(?:\.0)?)?)$`), pick: () => 'Classpath-exception-2.0', prefer: 'only' },
  { key: new RegExp(String.raw`^gcc(?:[\s-]*runtime(?:[\s-]*library)?)?${EXCEPTION_WORD}(?:[\s-]*v?[0-9.]+)?$`), pick: (id) => (v3(id) ? 'GCC-exception-3.1' : 'GCC-exception-2.0'), prefer: 'or-later' },
  { key: new RegExp(String.raw`^autoconf${EXCEPTION_WORD}$`), pick: (id) => (v3(id) ? 'Autoconf-exception-3.0' : 'Autoconf-exception-2.0') },
  { key: new RegExp(String.raw`^bison${EXCEPTION_WORD}$`), pick: () => 'Bison-exception-2.2' },
  { key: new RegExp(String.raw`^font${EXCEPTION_WORD}$`), pick: () => 'Font-exception-2.0' },
  { key: new RegExp(String.raw`^llvm${EXCEPTION_WORD}$`), pick: () => 'LLVM-exception' },
  { key: new RegExp(String.raw`^(?:linking|link)${EXCEPTION_WORD}$`), pick: (id) => (id.startsWith('LGPL') ? 'LGPL-3.0-linking-exception' : 'GPL-3.0-linking-exception') },
  { key: new RegExp(String.raw`^(?:universal[\s-]*)?foss${EXCEPTION_WORD}(?:[\s-]*v?1(?:\.0)?)?$`), pick: () => 'Universal-FOSS-exception-1.0' },
  { key: new RegExp(String.raw`^(?:openjdk[\s-]*)?assembly${EXCEPTION_WORD}$`), pick: () => 'OpenJDK-assembly-exception-1.0' },
  { key: new RegExp(String.raw`^wx(?:windows|widgets)${EXCEPTION_WORD}$`), pick: () => 'WxWindows-exception-3.1' },
  { key: new RegExp(String.raw`^ecos${EXCEPTION_WORD}$`), pick: () => 'eCos-exception-2.0' },
  { key: new RegExp(String.raw`^qt${EXCEPTION_WORD}$`), pick: (id) => (id.startsWith('LGPL') ? 'Qt-LGPL-exception-1.1' : 'Qt-GPL-exception-1.0') },
  { key: new RegExp(String.raw`^(?:linux[\s-]*)?syscall(?:[\s-]*note)?$`), pick: () => 'Linux-syscall-note' },
];

/** Phrases rewritten before a string is split at "and", "or", "/" or ",". */
export const PHRASES: readonly [RegExp, string][] = [
  [/\b(?:and|und)\s*\/\s*(?:or|oder)\b/gi, ' or '],
  [/"?\bnew"?\s+or\s+"?revised"?/gi, 'New'],
  [/"?\boriginal"?\s+or\s+"?old"?/gi, 'Original'],
  [/\bgnu\s*\/\s*gpl\b/gi, 'GPL'],
  [/\bmit\s*\/\s*x11\b/gi, 'MIT-X11'],
  [/\bmit\s*\/\s*expat\b/gi, 'MIT'],
  [/\bzlib\s*\/\s*libpng\b/gi, 'Zlib'],
  [/(^|\s)n\/a(?=$|\s)/gi, '$1unknown'],
];
