// Hover: the rule behind a diagnostic, a field's description, a summary of a referenced entity,
// a licence's full name and status, a rule id's title.
import { MarkupKind } from 'vscode-languageserver/node';
import type { Hover, Position } from 'vscode-languageserver/node';
import { KINDS, ruleById } from '../../engine';
import type { EngineFinding, Kind, Locale } from '../../engine';
import type { Path, SourceFile } from '../../engine/document';
import { rangeOf } from '../../engine/document';
import type { Landscape } from '../../engine/landscape';
import { refTargetAt } from '../../engine/model';
import { describe } from '../../engine/schema';
import { localize } from '../../engine/i18n';
import { docsUrl } from '../../engine/docs';
import { licenceInfo } from '../../engine/licence';
import { entityAt, pathAtOffset } from './cursor';
import { entitySummary } from './summary';

export interface HoverInput {
  /** The current text of the file, parsed. */
  src: SourceFile;
  position: Position;
  landscape?: Landscape;
  /** Findings (from the diagnostics cache) whose range contains the position. */
  findings: EngineFinding[];
  locale: Locale;
  isConfigFile: boolean;
  displayPath?(file: string): string;
}

export function hover(input: HoverInput): Hover | null {
  const parts: string[] = [];
  const seen = new Set<string>();
  for (const f of input.findings) {
    if (seen.has(f.ruleId)) continue;
    seen.add(f.ruleId);
    const rule = ruleById(f.ruleId);
    if (rule) parts.push(ruleText(rule.meta.id, input.locale, true));
  }
  const offset = input.src.offset(input.position);
  const line = input.src.text.split('\n')[input.position.line] ?? '';
  const ruleInComment = ruleIdInComment(line, input.position.character);
  if (ruleInComment && !seen.has(ruleInComment)) parts.push(ruleText(ruleInComment, input.locale, false));
  const node = nodeHover(input, offset);
  if (node.text) parts.push(node.text);
  if (!parts.length) return null;
  const result: Hover = { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') } };
  if (node.range && !input.findings.length) result.range = node.range;
  return result;
}

function ruleText(id: string, locale: Locale, withRationale: boolean): string {
  const meta = ruleById(id)!.meta;
  const head = `**${meta.id}** — ${localize(meta.title, locale)}`;
  const body = withRationale ? `\n\n${localize(meta.rationale, locale)}` : '';
  return `${head}${body}\n\n[${locale === 'de' ? 'Dokumentation' : 'Documentation'}](${docsUrl(meta.id)})`;
}

/** A rule id under the cursor in a `# sova-ignore` comment. */
function ruleIdInComment(line: string, character: number): string | undefined {
  const m = /#\s*sova-ignore\b(.*)$/.exec(line);
  if (!m || character < m.index) return undefined;
  const re = /[A-Z]+(?:-\d+)?/g;
  for (let w = re.exec(line); w; w = re.exec(line)) {
    if (w.index <= character && character <= w.index + w[0].length && ruleById(w[0])) return w[0];
  }
  return undefined;
}

function nodeHover(input: HoverInput, offset: number): { text?: string; range?: Hover['range'] } {
  const { src } = input;
  let kind: Kind | 'Config' | undefined;
  let root;
  if (input.isConfigFile) {
    kind = 'Config';
    root = src.docs[0]?.contents;
  } else {
    const entity = entityAt(src, offset);
    if (!entity || !(KINDS as string[]).includes(entity.kind)) return {};
    kind = entity.kind as Kind;
    root = entity.map;
  }
  const at = pathAtOffset(root, offset);
  if (!at) return {};
  const range = rangeOf(src, at.node);
  if (at.on === 'key') {
    if (kind === 'Config' && at.path.length === 2 && at.path[0] === 'rules' && ruleById(String(at.path[1]))) {
      return { text: ruleText(String(at.path[1]), input.locale, false), range };
    }
    const d = safeDescribe(kind, at.path);
    return d?.description ? { text: `\`${fieldName(at.path)}\`: ${d.description}`, range } : {};
  }
  const value = at.node.value;
  if (kind !== 'Config') {
    const target = refTargetAt(kind, at.path);
    if (target && typeof value === 'string') {
      const e = input.landscape?.get(target, value);
      const text = e ? entitySummary(e, input.displayPath) : input.locale === 'de' ? `Kein ${target} mit der id \`${value}\`.` : `No ${target} with the id \`${value}\`.`;
      return { text, range };
    }
  }
  const isSpdx = kind === 'Application' ? at.path.join('.') === 'licence.spdx' : kind === 'Config' && at.path[0] === 'policy' && at.path[1] === 'licenceAllowList';
  if (isSpdx && typeof value === 'string') {
    const id = wordAt(src.text, offset);
    const info = id ? licenceHover(id, input.locale) : undefined;
    if (info) return { text: info, range };
  }
  return {};
}

function licenceHover(id: string, locale: Locale): string | undefined {
  const info = licenceInfo(id);
  if (!info) return undefined;
  const de = locale === 'de';
  const flags = [
    info.osiApproved ? (de ? 'OSI-anerkannt' : 'OSI-approved') : de ? 'nicht OSI-anerkannt' : 'not OSI-approved',
  ];
  if (info.deprecated) flags.push(de ? 'veraltete SPDX-id' : 'deprecated SPDX id');
  return `**${info.id}** — ${info.name}\n\n${flags.join(' · ')}`;
}

/** The SPDX-like word (letters, digits, `.`, `-`, `+`) around an offset. */
function wordAt(text: string, offset: number): string | undefined {
  const isWord = (c: string | undefined) => !!c && /[A-Za-z0-9.+\-]/.test(c);
  let s = offset;
  while (s > 0 && isWord(text[s - 1])) s--;
  let e = offset;
  while (e < text.length && isWord(text[e])) e++;
  return e > s ? text.slice(s, e) : undefined;
}

function fieldName(path: Path): string {
  return path.map((s) => (typeof s === 'number' ? `[${s}]` : s)).join('.').replace(/\.\[/g, '[');
}

function safeDescribe(kind: Kind | 'Config', path: Path): any {
  try {
    return describe(kind, path);
  } catch {
    return undefined;
  }
}
