// What sova knows about licences: the SPDX licence list, SPDX expressions and their semantics
// (OSI approval, allow lists, deprecated ids), and suggestions for invalid expressions.
// Pure functions over the shipped lists; no I/O.
import { levenshtein } from './text';
import parseSpdx from 'spdx-expression-parse';
import spdxCorrect from 'spdx-correct';
import licenceList from 'spdx-license-list';
import currentIds from 'spdx-license-ids/index.json';
import deprecatedIds from 'spdx-license-ids/deprecated.json';
import spdxExceptions from 'spdx-exceptions/index.json';
import idsPackage from 'spdx-license-ids/package.json';
import listPackage from 'spdx-license-list/package.json';
import {
  ALIASES, DEPRECATED_REPLACEMENTS, EXCEPTION_ALIASES, FAMILIES, GENERIC_OPEN_SOURCE_KEY, LICENCE_REF_LABELS, PHRASES,
  PROPRIETARY_KEY, PROPRIETARY_WORD, PUBLIC_DOMAIN_CANDIDATES, PUBLIC_DOMAIN_KEY, UNKNOWN_KEY,
} from './licence-table';
import type { ExceptionAlias } from './licence-table';

export const SPDX_LIST_VERSION = `spdx-license-ids ${idsPackage.version} / spdx-license-list ${listPackage.version}`;

// ---------------------------------------------------------------------------------------------
// The licence list

export interface LicenceIdInfo { id: string; name: string; osiApproved: boolean; deprecated: boolean }

const CURRENT: readonly string[] = currentIds;
const DEPRECATED: readonly string[] = deprecatedIds;
const CURRENT_SET = new Set(CURRENT);
const DEPRECATED_SET = new Set(DEPRECATED);
const ID_BY_LOWER = new Map([...CURRENT, ...DEPRECATED].map((id) => [id.toLowerCase(), id] as const));
const EXCEPTION_BY_LOWER = new Map((spdxExceptions as string[]).map((id) => [id.toLowerCase(), id] as const));

/** An id of the SPDX licence list (current or deprecated), looked up case-insensitively. */
export function licenceInfo(id: string): LicenceIdInfo | undefined {
  const canonical = ID_BY_LOWER.get(String(id).trim().toLowerCase());
  if (!canonical) return undefined;
  const entry = (licenceList as Record<string, { name: string; osiApproved: boolean } | undefined>)[canonical];
  return { id: canonical, name: entry?.name ?? canonical, osiApproved: entry?.osiApproved ?? false, deprecated: DEPRECATED_SET.has(canonical) };
}

/** Every licence id, current ones first (list order), then the deprecated ones. */
export function allLicenceIds(): LicenceIdInfo[] {
  return [...CURRENT, ...DEPRECATED].map((id) => licenceInfo(id)!);
}

/** The SPDX licence exception ids (for `WITH`). */
export function exceptionIds(): string[] {
  return [...(spdxExceptions as string[])];
}

// ---------------------------------------------------------------------------------------------
// Expressions

/** A leaf of the parsed expression: a licence id or LicenseRef, with `+` and `WITH`. */
export interface LicenceLeaf { license: string; plus?: boolean; exception?: string }
export interface LicenceConjunction { left: LicenceNode; conjunction: 'and' | 'or'; right: LicenceNode }
export type LicenceNode = LicenceLeaf | LicenceConjunction;

/** `ids`: the licence ids and LicenseRefs in order of appearance, without `+` and exceptions. */
export type ParsedLicence = { ok: true; ast: any; ids: string[] } | { ok: false; error: string };

/** Words of an expression: LicenseRefs, ids (with a `+` right after them), parentheses. */
const WORD = /(?:DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+|[A-Za-z0-9.-]+\+?|[()]/g;

/**
 * Valid = spdx-expression-parse accepts it and its operators are written in upper case
 * (SPDX: operators are matched case-sensitively; the parser alone also takes `or`).
 * `LicenseRef-…` and `DocumentRef-…:LicenseRef-…` are valid.
 */
const parsed = new Map<string, ParsedLicence>();

/**
 * Parses an SPDX expression (memoised: a landscape repeats few expressions, and several rules and
 * helpers ask about the same one on every audit). Callers must not mutate the result.
 */
export function parseLicence(expr: string): ParsedLicence {
  let r = parsed.get(expr);
  if (!r) {
    if (parsed.size > 10000) parsed.clear();
    parsed.set(expr, (r = parse(expr)));
  }
  return r;
}

function parse(expr: string): ParsedLicence {
  if (typeof expr !== 'string' || !expr.trim()) return { ok: false, error: 'empty licence expression' };
  let ast: LicenceNode;
  try {
    ast = parseSpdx(expr) as LicenceNode;
  } catch (e) {
    return { ok: false, error: parseError(e) };
  }
  for (const m of expr.matchAll(WORD)) {
    if (/^(?:and|or|with)$/i.test(m[0]) && m[0] !== m[0].toUpperCase()) {
      return { ok: false, error: `operator \`${m[0]}\` at offset ${m.index} must be written \`${m[0].toUpperCase()}\`` };
    }
  }
  const ids: string[] = [];
  forEachLeaf(ast, (leaf) => { if (!ids.includes(leaf.license)) ids.push(leaf.license); });
  return { ok: true, ast, ids };
}

function parseError(e: unknown): string {
  const message = e instanceof Error ? e.message : '';
  // The parser throws bare errors or TypeErrors when the input ends after an operator.
  if (!message || e instanceof TypeError || /^Syntax error$/.test(message)) return 'incomplete or misplaced operator';
  return message;
}

function isConjunction(node: LicenceNode): node is LicenceConjunction {
  return 'conjunction' in node;
}

function forEachLeaf(node: LicenceNode, visit: (leaf: LicenceLeaf) => void): void {
  if (isConjunction(node)) { forEachLeaf(node.left, visit); forEachLeaf(node.right, visit); } else visit(node);
}

/** SPDX semantics: OR needs one branch, AND needs all. */
function holds(node: LicenceNode, leaf: (leaf: LicenceLeaf) => boolean): boolean {
  if (!isConjunction(node)) return leaf(node);
  return node.conjunction === 'or' ? holds(node.left, leaf) || holds(node.right, leaf) : holds(node.left, leaf) && holds(node.right, leaf);
}

/**
 * OSI approval with SPDX semantics: OR → any branch, AND → all; `X WITH E` and `X+` count as X;
 * a LicenseRef is never approved; an invalid expression is not approved.
 */
export function isOsiApproved(expr: string): boolean {
  const parsed = parseLicence(expr);
  if (!parsed.ok) return false;
  // A LicenseRef has no licenceInfo, so it is never approved.
  return holds(parsed.ast as LicenceNode, (leaf) => licenceInfo(leaf.license)?.osiApproved === true);
}

/**
 * Whether an allow list permits the expression, with SPDX semantics: OR → any branch allowed,
 * AND → all. A leaf is allowed when it is listed literally (case-insensitive); `X WITH E` also when
 * X is allowed; `X+` also when X or `X-or-later` is listed. Nothing else is implied (a listed
 * `GPL-3.0-or-later` does not allow `GPL-3.0-only`). An invalid expression is not allowed.
 */
export function isAllowedBy(expr: string, allowList: string[]): boolean {
  const parsed = parseLicence(expr);
  if (!parsed.ok) return false;
  const norm = (s: string): string => String(s).trim().replace(/\s+/g, ' ').toUpperCase();
  const listed = new Set(allowList.map(norm));
  return holds(parsed.ast as LicenceNode, (leaf) => {
    const base = leaf.plus ? `${leaf.license}+` : leaf.license;
    if (leaf.exception && listed.has(norm(`${base} WITH ${leaf.exception}`))) return true;
    if (listed.has(norm(base))) return true;
    return !!leaf.plus && (listed.has(norm(leaf.license)) || listed.has(norm(`${leaf.license}-or-later`)));
  });
}

// ---------------------------------------------------------------------------------------------
// Deprecated ids

/** A deprecated id (or an `X+` whose `X-or-later` exists) inside an expression, and what replaces that span. */
export interface DeprecatedUse { id: string; offset: number; length: number; replacements: string[] }

/**
 * Every use of a deprecated id in `expr`, located by offset and length, with the replacement
 * texts for exactly that span (`GPL-2.0+` includes its `+`). `X+` counts as deprecated when
 * `X-or-later` exists (`LGPL-2.1+`). Replacements that would make a valid expression invalid
 * are dropped; ids are matched case-sensitively, as the parser does.
 */
export function deprecatedUses(expr: string): DeprecatedUse[] {
  if (typeof expr !== 'string') return [];
  const valid = parseLicence(expr).ok;
  const uses: DeprecatedUse[] = [];
  for (const m of expr.matchAll(WORD)) {
    const word = m[0];
    if (/Ref-/.test(word)) continue;
    const plus = word.endsWith('+');
    const id = plus ? word.slice(0, -1) : word;
    let replacements: string[];
    if (DEPRECATED_SET.has(id)) replacements = plus ? plusReplacements(id) : [...(DEPRECATED_REPLACEMENTS[id] ?? [])];
    else if (plus && CURRENT_SET.has(id) && CURRENT_SET.has(`${id}-or-later`)) replacements = [`${id}-or-later`];
    else continue;
    const offset = m.index;
    if (valid) replacements = replacements.filter((r) => parseLicence(splice(expr, offset, word.length, r)).ok);
    uses.push({ id: word, offset, length: word.length, replacements });
  }
  return uses;
}

/** Replacements of a deprecated id written with `+`: the `-or-later` forms, else the replacement with `+`. */
function plusReplacements(id: string): string[] {
  const all = DEPRECATED_REPLACEMENTS[id] ?? [];
  const later = all.filter((r) => /-or-later\b/.test(r));
  return later.length ? [...later] : all.map((r) => (r.includes(' ') ? r : `${r}+`));
}

function splice(text: string, offset: number, length: number, insert: string): string {
  return text.slice(0, offset) + insert + text.slice(offset + length);
}

/** An expression with every deprecated id replaced, one expression per combination of replacements. */
function withoutDeprecated(expr: string, depth = 0): string[] {
  const use = deprecatedUses(expr).find((u) => u.replacements.length);
  if (!use || depth > 4) return [expr];
  return use.replacements.flatMap((r) => withoutDeprecated(splice(expr, use.offset, use.length, r), depth + 1));
}

// ---------------------------------------------------------------------------------------------
// Suggestions for invalid expressions

export interface LicenceSuggestion { expression: string; label?: string }
/** `ranked`: the first suggestion is the most plausible; false when they are equally plausible. */
export interface LicenceSuggestions { suggestions: LicenceSuggestion[]; ranked: boolean }

const MAX_SUGGESTIONS = 8;
/** Longer texts are not licence names with a typo; spdx-correct and edit distance skip them. */
const MAX_WEAK_LENGTH = 80;

/** Candidate expressions for one piece of text. `family`: the family it was read as ("GPL"). */
interface Resolution { candidates: string[]; ranked: boolean; family?: string }
const NONE: Resolution = { candidates: [], ranked: true };

/**
 * Suggestions for an invalid licence expression, best first, at most 8, each a valid
 * expression without deprecated ids. A valid expression gets none. The text is read as one
 * licence name first ("Apache License, Version 2.0"), else split at `/`, `,`, `&`, `+`, `and`,
 * `or`, `und`, `oder` (`/`, `or` → OR; `&`, `and` → AND; `,` and `+` between licences → both
 * offered, unranked). Each piece goes through sova's table (licence-table.ts), exact ids
 * (case-insensitive), the names of the SPDX list, spdx-correct and finally the nearest ids of
 * the same family; what nothing recognises becomes a `LicenseRef-…`.
 */
export function suggestLicences(input: string): LicenceSuggestions {
  if (typeof input !== 'string') return { suggestions: [], ranked: true };
  if (parseLicence(input).ok) return { suggestions: [], ranked: true };
  const text = normaliseInput(input);
  if (!text) return finish({ candidates: ['LicenseRef-unknown'], ranked: true });
  if (parseLicence(text).ok) return finish(expanded({ candidates: [text], ranked: true }));
  const whole = resolvePart(text, false);
  if (whole.candidates.length) return finish(whole);
  const compound = resolveCompound(text);
  return finish(compound.candidates.length ? compound : { candidates: ['LicenseRef-unknown'], ranked: true });
}

function finish(res: Resolution): LicenceSuggestions {
  const seen = new Set<string>();
  const suggestions: LicenceSuggestion[] = [];
  for (const expression of res.candidates) {
    if (seen.has(expression) || !parseLicence(expression).ok) continue;
    seen.add(expression);
    const label = labelOf(expression);
    suggestions.push(label ? { expression, label } : { expression });
    if (suggestions.length === MAX_SUGGESTIONS) break;
  }
  return { suggestions, ranked: res.ranked || suggestions.length <= 1 };
}

function labelOf(expression: string): string | undefined {
  if (LICENCE_REF_LABELS[expression]) return LICENCE_REF_LABELS[expression];
  const m = /^([A-Za-z0-9.-]+)(\+)?(?: WITH ([A-Za-z0-9.-]+))?$/.exec(expression);
  const info = m && licenceInfo(m[1]);
  if (!m || !info) return undefined;
  return `${info.name}${m[2] ? ' or later' : ''}${m[3] ? ` with ${m[3]}` : ''}`;
}

/** Replaces deprecated ids in every candidate; a candidate that becomes two makes the choice unranked. */
function expanded(res: Resolution): Resolution {
  let split = false;
  const candidates = res.candidates.flatMap((c) => {
    const out = withoutDeprecated(c);
    if (out.length > 1) split = true;
    return out;
  });
  return { ...res, candidates, ranked: candidates.length <= 1 || (res.ranked && !split) };
}

const OR_LATER = /(?:\s+|\s*\(\s*)(?:or|oder|and|und)[\s-]+(?:any[\s-]+|jede[rn]?[\s-]+)?(?:later|newer|greater|higher|above|spätere?|neuere?|höhere?)(?:[\s-]+versions?(?:en)?)?(?:\s*\))?/gi;

/** Typographic dashes, quotes, "w/", "or later" → `+`, and the table's phrases. */
function normaliseInput(s: string): string {
  let t = s.replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\s\u00a0]+/g, ' ').trim();
  t = t.replace(/^["'„“”‚‘’`]+|["'„“”‚‘’`]+$/g, '').trim();
  t = t.replace(/\bw\/\s*/gi, ' with ');
  for (const [re, replacement] of PHRASES) t = t.replace(re, replacement);
  t = t.replace(OR_LATER, '+');
  // A dangling WITH ("GPL-2.0 WITH") says nothing.
  t = t.replace(/^\s*with\s+|\s+with\s*$/gi, '');
  return t.replace(/\s+/g, ' ').trim();
}

/** Lower case, commas dropped, "licence"/"license"/"Lizenz" and a leading "the" removed. */
function licenceKey(text: string): string {
  return text.toLowerCase()
    .replace(/,/g, ' ')
    .replace(/[\s_-]*\b(?:licen[cs]e[sd]?|lizenz(?:en)?|lizensiert|lizenziert)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.;:]+|[\s.;:]+$/g, '')
    .replace(/^the\s+/, '');
}

// --- one piece of text ---

function resolvePart(text: string, weak: boolean): Resolution {
  const res = resolvePartRaw(text.trim(), weak);
  return res.candidates.length ? expanded(res) : res;
}

function only(id: string): Resolution {
  return { candidates: [id], ranked: true };
}

function resolvePartRaw(text: string, weak: boolean): Resolution {
  const exact = exactCandidates(text);
  if (exact) return { candidates: exact, ranked: true };
  const key = licenceKey(text);
  if (!key) return NONE;
  if (PUBLIC_DOMAIN_KEY.test(key)) return { candidates: [...PUBLIC_DOMAIN_CANDIDATES], ranked: false };
  if (UNKNOWN_KEY.test(key)) return only('LicenseRef-unknown');
  if (isProprietary(key, false)) return only('LicenseRef-proprietary');
  for (const alias of ALIASES) if (alias.key.test(key)) return { candidates: [...alias.candidates], ranked: alias.ranked };
  const known = familyCandidates(key) ?? bsdCandidates(key) ?? creativeCommonsCandidates(key) ?? withException(text, weak) ?? nameCandidates(text);
  if (known) return known;
  if (isProprietary(key, true)) return only('LicenseRef-proprietary');
  if (!weak) return NONE;
  return correctedCandidates(text, key) ?? nearestIds(text) ?? NONE;
}

/** An id in any letter case (with `+`), or a LicenseRef with its prefix in any case. */
function exactCandidates(text: string): string[] | undefined {
  const ref = /^(?:DocumentRef-(.*?):)?LicenseRef-(.*)$/i.exec(text);
  if (ref && !new RegExp(SEPARATOR.source, 'i').test(ref[2])) return [`${ref[1] !== undefined ? `DocumentRef-${refName(ref[1])}:` : ''}LicenseRef-${refName(ref[2])}`];
  const plus = text.endsWith('+');
  const id = ID_BY_LOWER.get((plus ? text.slice(0, -1) : text).toLowerCase());
  if (!id) return undefined;
  if (!plus) return [id];
  if (DEPRECATED_SET.has(id)) return plusReplacements(id);
  return [CURRENT_SET.has(`${id}-or-later`) ? `${id}-or-later` : `${id}+`];
}

/** The whole text or its first word says "proprietary"; with `anywhere`, any word of PROPRIETARY_WORD. */
function isProprietary(key: string, anywhere: boolean): boolean {
  const words = key.split(/[\s/(),:;]+/).filter(Boolean);
  if (PROPRIETARY_KEY.test(key) || PROPRIETARY_KEY.test(words[0] ?? '')) return true;
  return anywhere && words.some((w) => PROPRIETARY_WORD.test(w));
}

interface VersionAndQualifiers { version?: string; plus: boolean; only: boolean }

/** The date in a licence's title ("Version 2.0, January 2004", "Version 3, 29 June 2007"). */
const LICENCE_DATE = /^(?:\d{1,2}\.?\s+)?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december|januar|februar|märz|mai|juni|juli|oktober|dezember)\s+)?(?:19|20)\d\d(?!\d)/;

const VERSION = /^[\s_-]*(?:(?:v|ver|version)\.?[\s-]*)?(\d+(?:\.\d+)?)(?!\d)/;

/** "v2.1+", " version 3 only", "-2" (what follows a family name); undefined when anything else is left. */
function versionAndQualifiers(rest: string): VersionAndQualifiers | undefined {
  const result: VersionAndQualifiers = { plus: false, only: false };
  let r = rest;
  const v = VERSION.exec(r);
  if (v) { result.version = v[1]; r = r.slice(v[0].length); }
  for (;;) {
    r = r.replace(/^[\s_()-]+/, '');
    if (!r) break;
    let m: RegExpExecArray | null;
    if ((m = /^\+/.exec(r)) || (m = /^(?:or[\s-]*later|or[\s-]*newer|oder[\s-]*später|und[\s-]*später)/.exec(r))) result.plus = true;
    else if ((m = /^(?:only|nur|ausschließlich)(?![a-z])/.exec(r))) result.only = true;
    else if (!(m = /^(?:international|intl|unported|generic)(?![a-z])/.exec(r)) && !(m = LICENCE_DATE.exec(r))) return undefined;
    r = r.slice(m[0].length);
  }
  return result.plus && result.only ? undefined : result;
}

/** After a family name: nothing, or a non-letter, or "v2"/"version 2". */
function familyBoundary(rest: string): boolean {
  return rest === '' || !/^[a-zäöüß]/.test(rest) || /^v(?:er(?:sion)?)?\.?\s*\d/.test(rest);
}

/** "GPL v3", "GNU GPL 2+", "Apache-Lizenz 2.0", "EUPL", "MPL2", "AGPLv3 only". */
function familyCandidates(key: string): Resolution | undefined {
  for (const family of FAMILIES) {
    const m = family.alias.exec(key);
    if (!m) continue;
    const rest = key.slice(m[0].length);
    if (!familyBoundary(rest)) continue;
    const q = versionAndQualifiers(rest);
    if (!q) continue;
    let versions: string[];
    let ranked: boolean;
    if (q.version === undefined) {
      versions = [...family.defaults];
      ranked = family.defaultsRanked;
    } else {
      const written = q.version;
      versions = family.versions.includes(written) ? [written] : written.includes('.') ? [] : family.versions.filter((x) => x.startsWith(`${written}.`));
      ranked = versions.length === 1;
      if (!versions.length) versions = [...family.defaults];
    }
    let candidates: string[];
    if (family.gnu) {
      const forms = q.plus ? ['or-later'] : q.only ? ['only'] : ['only', 'or-later'];
      candidates = versions.flatMap((v) => forms.map((f) => `${family.id(v)}-${f}`)).filter((id) => CURRENT_SET.has(id));
      if (forms.length > 1) ranked = false;
    } else {
      candidates = [...new Set(versions.map((v) => family.id(v)))].filter((id) => CURRENT_SET.has(id)).map((id) => (q.plus ? `${id}+` : id));
    }
    if (!candidates.length) continue;
    return { candidates, ranked: ranked || candidates.length === 1, family: family.prefix };
  }
  return undefined;
}

/** "BSD", "New BSD", "BSD 3-Clause", "2-clause BSD", "Simplified BSD", "FreeBSD". */
function bsdCandidates(key: string): Resolution | undefined {
  const words = key.split(/[\s"'()_-]+/).filter(Boolean);
  if (!words.some((w) => /^(?:bsd\d?|freebsd|netbsd)$/.test(w))) return undefined;
  const clauses = new Set<string>();
  let clear = false;
  for (const w of words) {
    let d: RegExpExecArray | null;
    if (/^(?:bsd|clauses?|style|like|artig|berkeley|software|distribution)$/.test(w)) continue;
    if (/^(?:2|two|simplified|freebsd|netbsd|free|net)$/.test(w)) clauses.add('2');
    else if (/^(?:3|three|new|modified|revised)$/.test(w)) clauses.add('3');
    else if (/^(?:4|four|original|old)$/.test(w)) clauses.add('4');
    else if (/^(?:0|zero)$/.test(w)) clauses.add('0');
    else if (w === 'clear') clear = true;
    else if ((d = /^(?:bsd(\d)|(\d)clauses?)$/.exec(w))) clauses.add(d[1] ?? d[2]);
    else return undefined;
  }
  if (clauses.size > 1) return undefined;
  const count = [...clauses][0];
  if (clear) return count === undefined || count === '3' ? only('BSD-3-Clause-Clear') : undefined;
  switch (count) {
    case undefined: return { candidates: ['BSD-2-Clause', 'BSD-3-Clause', 'BSD-4-Clause'], ranked: false };
    case '0': return only('0BSD');
    case '2': return words.includes('freebsd') ? { candidates: ['BSD-2-Clause', 'BSD-2-Clause-Views'], ranked: true } : only('BSD-2-Clause');
    case '3': return only('BSD-3-Clause');
    case '4': return only('BSD-4-Clause');
    default: return undefined;
  }
}

/** "CC-BY 4.0", "CC BY-SA", "Creative Commons Namensnennung 4.0 International". */
function creativeCommonsCandidates(key: string): Resolution | undefined {
  const m = /^(?:cc|creative[\s-]*commons)(?=$|[\s_0-9-])/.exec(key);
  if (!m) return undefined;
  const rest = key.slice(m[0].length)
    .replace(/non[\s-]*commercial|nicht[\s-]*kommerziell/g, ' nc ')
    .replace(/no[\s-]*deriv\w*|keine[\s-]*bearbeitung(?:en)?/g, ' nd ')
    .replace(/share[\s-]*alike|weitergabe[\s-]*unter[\s-]*gleichen[\s-]*bedingungen/g, ' sa ');
  const has = { by: false, nc: false, nd: false, sa: false, de: false };
  let version: string | undefined;
  for (const w of rest.split(/[\s_-]+/).filter(Boolean)) {
    if (/^(?:by|attribution|namensnennung)$/.test(w)) has.by = true;
    else if (w === 'nc' || w === 'nd' || w === 'sa') has[w] = true;
    else if (/^(?:de|deutschland|germany)$/.test(w)) has.de = true;
    else if (/^v?\d+(?:\.\d+)?$/.test(w)) version = w.replace(/^v/, '').replace(/^(\d+)$/, '$1.0');
    else if (!/^(?:international|intl|unported|generic|deed)$/.test(w)) return undefined;
  }
  if (!has.by || (has.nd && has.sa)) return undefined;
  const base = `CC-BY${has.nc ? '-NC' : ''}${has.nd ? '-ND' : has.sa ? '-SA' : ''}`;
  const candidates = (version ? [version] : ['4.0', '3.0'])
    .map((v) => (has.de && CURRENT_SET.has(`${base}-${v}-DE`) ? `${base}-${v}-DE` : `${base}-${v}`))
    .filter((id) => CURRENT_SET.has(id));
  return candidates.length ? { candidates, ranked: true } : undefined;
}

/** "GPLv2+CPE", "GPL-2.0 with Classpath exception", "Apache 2.0 mit LLVM-Exception". */
function withException(text: string, weak: boolean): Resolution | undefined {
  const splits: [number, number][] = [];
  for (const m of text.matchAll(/\s+(?:with|mit)\s+/gi)) splits.push([m.index, m[0].length]);
  for (const m of text.matchAll(/\s*\+\s*(?=[A-Za-z])/g)) splits.push([m.index, m[0].length]);
  for (const [at, length] of splits) {
    const left = text.slice(0, at);
    const right = text.slice(at + length);
    if (!exceptionFor(right, 'GPL-2.0-only')) continue;
    const licence = resolvePart(left, weak);
    if (!licence.candidates.length) continue;
    let candidates: string[] = [];
    let prefer: ExceptionAlias['prefer'];
    for (const c of licence.candidates) {
      if (/ (?:WITH|AND|OR) /.test(c)) continue;
      const exception = exceptionFor(right, c);
      if (!exception) continue;
      prefer ??= exception.prefer;
      candidates.push(`${c} WITH ${exception.id}`);
    }
    if (!candidates.length) continue;
    let ranked = licence.ranked;
    if (prefer && !ranked) {
      const preferred = candidates.filter((c) => c.includes(`-${prefer} WITH`));
      candidates = [...preferred, ...candidates.filter((c) => !preferred.includes(c))];
      // A single only/or-later pair is decided by the exception's usual form.
      ranked = licence.candidates.length === 2 && preferred.length === 1;
    }
    return { candidates, ranked };
  }
  // "Apache 2.0 with Commons Clause": no SPDX exception, but not to be dropped either.
  const addition = weak ? /\s+(?:with|mit)\s+/i.exec(text) : null;
  if (addition) {
    const licence = resolvePart(text.slice(0, addition.index), weak);
    const ref = licenceRefFor(text.slice(addition.index + addition[0].length));
    const candidates = licence.candidates.map((c) => (/ (?:AND|OR) /.test(c) ? `(${c})` : c)).map((c) => `${c} AND ${ref}`);
    if (candidates.length) return { candidates, ranked: licence.ranked };
  }
  return undefined;
}

/** An exception id for a text: exact (any case) or through the table, chosen for the licence it follows. */
function exceptionFor(text: string, licenceId: string): { id: string; prefer?: ExceptionAlias['prefer'] } | undefined {
  const t = text.trim();
  const exact = EXCEPTION_BY_LOWER.get(t.toLowerCase());
  if (exact) return { id: exact };
  const key = licenceKey(t).replace(/^(?:with|mit)\s+/, '');
  for (const alias of EXCEPTION_ALIASES) {
    if (alias.key.test(key)) return { id: alias.pick(licenceId), prefer: alias.prefer };
  }
  return undefined;
}

// --- names of the SPDX list ---

/** A name or text reduced to letters, digits and dots; bare numbers become "N.0". */
function nameKey(text: string): string {
  return licenceKey(text)
    .replace(/\bversion\b|\bv(?=\s*\d)/g, ' ')
    .replace(/\d+(?:\.\d+)*/g, (n) => (n.includes('.') ? n : `${n}.0`))
    .replace(/[^a-z0-9.+äöüß]/g, '');
}

let nameIndex: { exact: Map<string, string[]>; stems: Map<string, string[]> } | undefined;

/** name key → ids (current ids win over deprecated ones with the same name); version-less stem → ids. */
function names(): NonNullable<typeof nameIndex> {
  if (nameIndex) return nameIndex;
  const exact = new Map<string, string[]>();
  const stems = new Map<string, string[]>();
  for (const id of [...CURRENT, ...DEPRECATED]) {
    const info = licenceInfo(id)!;
    if (info.name === id) continue;
    const key = nameKey(info.name);
    const ids = exact.get(key);
    if (!ids) exact.set(key, [id]);
    else if (!info.deprecated && ids.every((x) => !DEPRECATED_SET.has(x))) ids.push(id);
    const stem = /^(.{4,}?)\d+(?:\.\d+)*$/.exec(key)?.[1];
    if (stem && !info.deprecated) stems.set(stem, [...(stems.get(stem) ?? []), id]);
  }
  nameIndex = { exact, stems };
  return nameIndex;
}

/** "GNU Affero General Public License v3.0", "Academic Free License" (all its versions, newest first). */
function nameCandidates(text: string): Resolution | undefined {
  const key = nameKey(text);
  if (key.length < 3) return undefined;
  const exact = names().exact.get(key);
  if (exact) return { candidates: [...exact], ranked: exact.length === 1 };
  const stem = names().stems.get(key);
  if (stem) return { candidates: [...stem].sort(byVersionDescending), ranked: stem.length === 1 };
  return undefined;
}

/** Versioned ids newest first ("OSL-3.0" before "OSL-2.1"), then variants without a version ("CECILL-B"). */
function byVersionDescending(a: string, b: string): number {
  const version = (id: string): string | undefined => /-(\d+(?:\.\d+)*)$/.exec(id)?.[1];
  const [va, vb] = [version(a), version(b)];
  if (va && vb) return vb.localeCompare(va, 'en', { numeric: true }) || a.localeCompare(b);
  if (va || vb) return va ? -1 : 1;
  return a.localeCompare(b);
}

// --- weak evidence: spdx-correct, edit distance ---

/** spdx-correct's answer, only when its licence family is what the text starts a word with ("Smith" is not MIT). */
function correctedCandidates(text: string, key: string): Resolution | undefined {
  let corrected: string | null;
  if (text.length > MAX_WEAK_LENGTH) return undefined;
  try {
    corrected = spdxCorrect(text);
  } catch {
    return undefined;
  }
  if (!corrected || !parseLicence(corrected).ok || /Ref-/.test(corrected)) return undefined;
  const family = /^[0-9]*[a-z]+/i.exec(corrected)?.[0].toLowerCase();
  if (!family) return undefined;
  const words = key.split(/[^a-z0-9äöüß]+/);
  const compact = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (!words.some((w) => w.startsWith(family)) && !compact(key).startsWith(family)) return undefined;
  // Its last resorts match substrings ("… with Commons Clause" → Apache-2.0): the answer must spell most of the text.
  if (levenshtein(compact(key), compact(corrected)) > Math.max(2, Math.floor(compact(corrected).length / 3))) return undefined;
  return only(corrected);
}

/** The leading letters of an id: "EUPL" of EUPL-1.2, "UPL" of UPL-1.0, "0BSD". */
function familyOf(upper: string): string {
  return /^[0-9]*[A-Z]+/.exec(upper)?.[0] ?? upper;
}

let knownFamilies: Set<string> | undefined;

/**
 * Ids within a small edit distance, from the same family when the text names a known family
 * (so EUPL never becomes UPL-1.0). A misspelt family name is corrected first, by one edit, or for
 * short names only by swapping two letters (GLP → GPL, MTI → MIT, Apach → Apache; OSS stays OSS),
 * and the corrected text is read again.
 */
function nearestIds(text: string): Resolution | undefined {
  const u = text.toUpperCase().replace(/\s+/g, '-');
  if (u.length < 3 || u.length > MAX_WEAK_LENGTH) return undefined;
  knownFamilies ??= new Set([...CURRENT, ...DEPRECATED].map((id) => familyOf(id.toUpperCase())));
  const family = familyOf(u);
  if (!knownFamilies.has(family)) {
    const near = [...knownFamilies]
      .filter((f) => (family.length <= 4 ? isTransposition(f, family) : levenshtein(f, family) <= 1))
      .sort();
    const found = near.map((f) => resolvePart(f + u.slice(family.length), false)).filter((r) => r.candidates.length);
    if (!found.length) return undefined;
    return { candidates: found.flatMap((r) => r.candidates), ranked: found.length === 1 && found[0].ranked };
  }
  if (!/\d/.test(u)) {
    // A bare family name ("CeCILL", "OSL"): all its versions, newest first, as an equal choice.
    const members = CURRENT.filter((id) => familyOf(id.toUpperCase()) === family);
    if (members.length && members.length <= MAX_SUGGESTIONS) return { candidates: members.sort(byVersionDescending), ranked: members.length === 1 };
  }
  const max = u.length <= 5 ? 1 : u.length <= 12 ? 2 : 3;
  const scored: [number, string][] = [];
  for (const id of [...CURRENT, ...DEPRECATED]) {
    if (familyOf(id.toUpperCase()) !== family) continue;
    const d = levenshtein(u, id.toUpperCase());
    if (d <= max) scored.push([d, id]);
  }
  if (!scored.length) return undefined;
  scored.sort((a, b) => a[0] - b[0] || Number(DEPRECATED_SET.has(a[1])) - Number(DEPRECATED_SET.has(b[1])) || byVersionDescending(a[1], b[1]));
  const best = scored.filter(([d]) => d === scored[0][0]).slice(0, 4).map(([, id]) => id);
  return { candidates: best, ranked: best.length === 1 };
}

/** Two strings that differ only by two neighbouring letters swapped. */
function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const i = [...a].findIndex((ch, k) => ch !== b[k]);
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}


// --- compound texts ---

type Token = { kind: 'text'; text: string } | { kind: 'op'; op: 'AND' | 'OR' | 'ANY' | 'PLUS' } | { kind: '(' } | { kind: ')' };

const SEPARATOR = /(\(|\)|&&?|\|\|?|\/|,|;|\+(?=\s*(?!(?:or|and|und|oder|with)\b)[a-z])|(?<=^|[\s()])(?:and|und|or|oder)(?=$|[\s()]))/i;

let nameSubstitutions: [RegExp, string][] | undefined;

/** SPDX names that contain a separator ("Common Development and Distribution License 1.0") → their ids. */
function substituteNames(text: string): string {
  nameSubstitutions ??= [...CURRENT, ...DEPRECATED]
    .map((id) => [id, licenceInfo(id)!.name] as const)
    .filter(([id, name]) => name !== id && /\s(?:and|or)\s|[/,&+;]/i.test(name))
    .sort((a, b) => b[1].length - a[1].length)
    .map(([id, name]) => {
      const pattern = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/Licen[cs]e/g, 'Licen[cs]e').replace(/\s+/g, '\\s+');
      return [new RegExp(`(?<![A-Za-z0-9])${pattern}(?![A-Za-z0-9])`, 'gi'), id];
    });
  let t = text;
  for (const [re, id] of nameSubstitutions) t = t.replace(re, id);
  return t;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const parts = text.split(new RegExp(SEPARATOR.source, 'gi'));
  parts.forEach((part, i) => {
    const p = part.trim();
    if (i % 2 === 0) { if (p) tokens.push({ kind: 'text', text: p }); return; }
    const lower = p.toLowerCase();
    if (p === '(' || p === ')') tokens.push({ kind: p });
    else if (p === '+') tokens.push({ kind: 'op', op: 'PLUS' });
    else if (p === ',' || p === ';') tokens.push({ kind: 'op', op: 'ANY' });
    else if (/^(?:&&?|and|und)$/.test(lower)) tokens.push({ kind: 'op', op: 'AND' });
    else tokens.push({ kind: 'op', op: 'OR' });
  });
  return tokens;
}

const startsOperand = (t: Token | undefined): boolean => t?.kind === 'text' || t?.kind === '(';
const endsOperand = (t: Token | undefined): boolean => t?.kind === 'text' || t?.kind === ')';

/** Makes a token list well formed: exceptions after `+` joined, dangling operators dropped, parentheses balanced. */
function repair(input: Token[]): Token[] {
  let tokens = [...input];
  // "GPLv2+CPE" inside a longer text: a `+` before an exception attaches it.
  for (let i = 1; i < tokens.length - 1; i++) {
    const [prev, op, next] = [tokens[i - 1], tokens[i], tokens[i + 1]];
    if (op.kind === 'op' && op.op === 'PLUS' && prev.kind === 'text' && next.kind === 'text' && exceptionFor(next.text, 'GPL-2.0-only')) {
      tokens.splice(i - 1, 3, { kind: 'text', text: `${prev.text}+${next.text}` });
      i--;
    }
  }
  tokens = tokens.map((t) => (t.kind === 'op' && t.op === 'PLUS' ? { kind: 'op', op: 'ANY' } : t));
  // "GPL (v3)": a parenthesised remark right after a name belongs to it.
  for (let i = 0; i + 3 < tokens.length + 1; i++) {
    const [a, open, inner, close] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]];
    if (a?.kind === 'text' && open?.kind === '(' && inner?.kind === 'text' && close?.kind === ')') {
      const generic = (t: string): boolean => GENERIC_OPEN_SOURCE_KEY.test(licenceKey(t));
      const text = generic(a.text) ? inner.text : generic(inner.text) ? a.text : `${a.text} ${inner.text}`;
      tokens.splice(i, 4, { kind: 'text', text });
    }
  }
  // "Open Source (GPL)", "OSS / GPL": the generic words give way to the licence named beside them.
  if (tokens.some((t) => t.kind === 'text' && !GENERIC_OPEN_SOURCE_KEY.test(licenceKey(t.text)))) {
    tokens = tokens.filter((t) => t.kind !== 'text' || !GENERIC_OPEN_SOURCE_KEY.test(licenceKey(t.text)));
  }
  // Balance parentheses.
  const balanced: Token[] = [];
  let depth = 0;
  for (const t of tokens) {
    if (t.kind === ')') { if (!depth) continue; depth--; }
    if (t.kind === '(') depth++;
    balanced.push(t);
  }
  while (depth-- > 0) balanced.push({ kind: ')' });
  // Drop dangling operators and empty parentheses until nothing changes; join adjacent operands.
  let out = balanced;
  for (let changed = true; changed;) {
    changed = false;
    const next: Token[] = [];
    for (let i = 0; i < out.length; i++) {
      const t = out[i];
      const prev = next[next.length - 1];
      if (t.kind === 'op' && (!endsOperand(prev) || !startsOperand(out[i + 1]))) { changed = true; continue; }
      if (t.kind === ')' && prev?.kind === '(') { next.pop(); changed = true; continue; }
      if (t.kind === ')' && prev?.kind === 'text' && next[next.length - 2]?.kind === '(') {
        next.splice(next.length - 2, 1); changed = true; continue;
      }
      if (startsOperand(t) && endsOperand(prev)) { next.push({ kind: 'op', op: 'ANY' }); changed = true; }
      next.push(t);
    }
    out = next;
  }
  return out;
}

/** Splits the text into licences and operators, resolves each licence and combines the choices. */
function resolveCompound(text: string): Resolution {
  const tokens = repair(tokenize(substituteNames(text)));
  const texts = tokens.filter((t) => t.kind === 'text');
  if (!texts.length) return NONE;
  // Each slot is one choice: the candidates of a licence, or AND/OR for an ambiguous separator.
  const slots: { options: string[]; ranked: boolean }[] = [];
  const layout: (string | number)[] = [];
  // All ambiguous separators of one text (the commas of a list) mean the same operator.
  let anySlot: number | undefined;
  let lastFamily: string | undefined;
  for (const t of tokens) {
    if (t.kind === '(' || t.kind === ')') { layout.push(t.kind); continue; }
    if (t.kind === 'op') {
      if (t.op !== 'ANY') layout.push(t.op);
      else {
        if (anySlot === undefined) { anySlot = slots.length; slots.push({ options: ['AND', 'OR'], ranked: false }); }
        layout.push(anySlot);
      }
      continue;
    }
    // "GPL-2.0/3.0": a bare version takes the family of the licence before it.
    const piece = lastFamily && /^v?\s*\d+(?:\.\d+)?\+?$/i.test(t.text) ? `${lastFamily} ${t.text}` : t.text;
    const res = resolvePart(piece, true);
    lastFamily = res.family ?? /^([A-Za-z][A-Za-z-]*?)-\d/.exec(res.candidates[0] ?? '')?.[1] ?? lastFamily;
    const options = res.candidates.length ? res.candidates : [licenceRefFor(t.text)];
    const wrap = texts.length > 1;
    layout.push(slots.length);
    slots.push({ options: options.map((o) => (wrap && / (?:AND|OR) /.test(o) ? `(${o})` : o)), ranked: res.ranked || options.length === 1 });
  }
  const candidates = combinations(slots).map((choice) => layout
    .map((item) => (typeof item === 'number' ? slots[item].options[choice[item]] : item))
    .join(' ')
    .replace(/\( /g, '(')
    .replace(/ \)/g, ')'));
  return { candidates, ranked: slots.every((s) => s.ranked || s.options.length === 1) };
}

/** Index tuples over the slots, ordered by the sum of indices (best-ranked choices first). */
function combinations(slots: { options: string[] }[]): number[][] {
  const limits = slots.map((s) => Math.min(s.options.length, slots.length === 1 ? MAX_SUGGESTIONS : 4));
  let all: number[][] = [[]];
  for (const limit of limits) {
    all = all.flatMap((prefix) => Array.from({ length: limit }, (_, i) => [...prefix, i]));
    if (all.length > 256) all = all.slice(0, 256);
  }
  const sum = (c: number[]): number => c.reduce((a, b) => a + b, 0);
  return all.sort((a, b) => sum(a) - sum(b)).slice(0, MAX_SUGGESTIONS * 2);
}

/** What nothing recognises: a LicenseRef named after the text. */
function licenceRefFor(text: string): string {
  return `LicenseRef-${refName(text)}`;
}

/** Text as the idstring of a LicenseRef or DocumentRef: letters, digits, `.` and `-`. */
function refName(text: string): string {
  const name = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss')
    .replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^[.-]+|[.-]+$/g, '').replace(/-{2,}/g, '-');
  return name || 'unknown';
}
