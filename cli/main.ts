// The `sova` command line. Exit codes: 0 = no active finding at or above --fail-on, 1 = such
// findings, 2 = a usage error that stops the run (unknown option, missing path, bad value),
// 3 = an internal error (a bug: the stack trace is printed).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { audit, isDate, openWorkspace, RULES } from '../engine';
import type { AuditResult, EngineFinding, Locale, Severity } from '../engine';
import { CONFIG_FILE } from '../engine/config';
import { SEVERITIES } from '../engine/types';
import { VERSION } from '../engine/assets';
import { exitCode } from '../engine/formats/common';
import type { AppliedFix, BaselineMatch, FormatOptions, Formatter } from '../engine/formats/common';
import { FORMAT_HELP, FORMATS } from '../engine/formats';
import { DEFAULT_CSV_DELIMITER } from '../engine/formats/csv';
import { unifiedDiff } from '../engine/formats/diff';
import { localize } from '../engine/i18n';
import { BASELINE_FILE, BaselineError, createBaseline, matchBaseline, parseBaseline, serializeBaseline } from '../engine/baseline';
import { fixAll } from '../engine/fix';
import type { Workspace } from '../engine';

export class UsageError extends Error {}

const HELP = `sova ${VERSION} — Digital Sovereignty Audit (KGSt action field 6)

Usage:
  sova check [paths…] [options]      audit landscapes (a directory is a workspace root; no path = .)
  sova baseline [paths…] [-o FILE]   record the current findings as accepted (default ${BASELINE_FILE})
  sova rules [--format json]         list the rule catalogue
  sova docs [--out DIR]              write one Markdown page per rule (default docs/rules)
  sova score [paths…]                sovereignty levels per application
  sova lsp --stdio                   the language server
  sova --help | --version

Options of check:
  -f, --format NAME        output format (repeatable; default stylish):
${Object.entries(FORMAT_HELP).map(([name, text]) => `                             ${name.padEnd(9)}${text}`).join('\n')}
  -o, --output FILE        write the preceding --format to FILE instead of stdout (repeatable):
                           sova check -f sarif -o sova.sarif -f stylish
      --fail-on LEVEL      error|warning|info|never: the lowest severity that fails (default error)
      --as-of DATE         audit as of YYYY-MM-DD (default: today in Europe/Berlin)
      --locale de|en       language of messages and reports (default: the config's locale, else de)
      --baseline FILE      report only findings not in FILE as problems; known ones never fail
      --fix                apply every unambiguous quick fix in place (repeated until nothing changes)
      --fix-dry-run        print the unified diff --fix would apply; write nothing
      --csv-delimiter C    field delimiter of --format csv (default '${DEFAULT_CSV_DELIMITER}' for German Excel; 'tab' for TAB)
      --docs-url URL       base URL of the rule pages linked from reports (default: the pages shipped with sova)
      --no-color           no colours (also when NO_COLOR is set or stdout is not a terminal)

Options of baseline: -o, --output FILE (default ${BASELINE_FILE}; - for stdout), --as-of, --locale

Exit codes (the same whatever the formats):
  0  no active finding at or above --fail-on (suppressed and baselined findings never count)
  1  at least one such finding
  2  usage error: unknown command or option, missing path, bad value, unreadable baseline
  3  internal error
`;

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  cwd: string;
  /** Is stdout a terminal (colours)? */
  isTty: boolean;
  /** Is stderr a terminal (progress)? */
  errIsTty?: boolean;
}

export function main(argv: string[], io: Io): number {
  try {
    return run(argv, io);
  } catch (err) {
    if (err instanceof UsageError || (err as any)?.code?.startsWith?.('ERR_PARSE_ARGS')) {
      io.err(`sova: ${(err as Error).message}\nRun 'sova --help' for usage.\n`);
      return 2;
    }
    io.err(`sova: internal error: ${(err as Error).stack ?? err}\n`);
    return 3;
  }
}

function run(argv: string[], io: Io): number {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.out(HELP);
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-v') {
    io.out(`${VERSION}\n`);
    return 0;
  }
  switch (command) {
    case 'check': return check(rest, io);
    case 'baseline': return baseline(rest, io);
    case 'rules': return rules(rest, io);
    case 'docs': return docs(rest, io);
    case 'score': return (require('./score') as typeof import('./score')).scoreCommand(rest, io);
    case 'lsp': return (require('./lsp') as typeof import('./lsp')).lspCommand(rest, io);
    default: throw new UsageError(`unknown command '${command}'`);
  }
}

export const COMMON_OPTIONS = {
  'as-of': { type: 'string' },
  locale: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function auditOptions(values: { 'as-of'?: string; locale?: string }) {
  const asOf = values['as-of'];
  if (asOf !== undefined && !isDate(asOf)) throw new UsageError(`--as-of must be a date YYYY-MM-DD, not '${asOf}'`);
  const locale = values.locale as Locale | undefined;
  if (locale !== undefined && locale !== 'de' && locale !== 'en') throw new UsageError(`--locale must be de or en, not '${locale}'`);
  return { asOf, locale };
}

function check(args: string[], io: Io): number {
  const { values, positionals, tokens } = parseArgs({
    args, allowPositionals: true, tokens: true, strict: true,
    options: {
      ...COMMON_OPTIONS,
      format: { type: 'string', short: 'f', multiple: true },
      output: { type: 'string', short: 'o', multiple: true },
      'fail-on': { type: 'string', default: 'error' },
      'no-color': { type: 'boolean' },
      baseline: { type: 'string' },
      fix: { type: 'boolean' },
      'fix-dry-run': { type: 'boolean' },
      'csv-delimiter': { type: 'string' },
      'docs-url': { type: 'string' },
    },
  });
  if (values.help) { io.out(HELP); return 0; }
  const failOn = values['fail-on'] as Severity | 'never';
  if (failOn !== 'never' && !SEVERITIES.includes(failOn)) throw new UsageError(`--fail-on must be error, warning, info or never, not '${failOn}'`);
  const auditOpts = auditOptions(values);
  const delimiter = csvDelimiter(values['csv-delimiter']);
  if (values.fix && values['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run exclude each other');
  const docsBase = values['docs-url'];
  if (docsBase !== undefined && !/^[a-z][a-z0-9+.-]*:\/\//i.test(docsBase)) throw new UsageError(`--docs-url must be an absolute URL, not '${docsBase}'`);
  const outputs = pairFormats(tokens ?? []);
  const baselineFile = values.baseline === undefined ? undefined : path.resolve(io.cwd, values.baseline);
  const baselineData = baselineFile ? readBaseline(baselineFile, values.baseline!) : undefined;
  const targets = groupTargets(positionals.length ? positionals : ['.'], io.cwd);

  const results: AuditResult[] = [];
  const applied: AppliedFix[] = [];
  const diffs: string[] = [];
  for (const target of targets) {
    const ws = open(target, io);
    const keep = target.files ? new Set(target.files) : undefined;
    const inTarget = (f: EngineFinding) => !keep || keep.has(f.file);
    let result: AuditResult;
    if (values.fix || values['fix-dry-run']) {
      const fixed = fixAll(ws, auditOpts, { filter: inTarget });
      for (const [file, { before, after, bom }] of fixed.changed) {
        const label = path.relative(io.cwd, file).split(path.sep).join('/');
        if (values['fix-dry-run']) diffs.push(unifiedDiff(label, before ?? '', after, 3, before === undefined));
        else writeFile(file, (bom ? '\uFEFF' : '') + after);
      }
      applied.push(...fixed.applied);
      result = values['fix-dry-run'] ? fixed.initial : fixed.result;
    } else {
      result = audit(ws, auditOpts);
    }
    if (keep) result.findings = result.findings.filter(inTarget);
    clearProgress(io);
    results.push(result);
  }

  let baselineMatch: BaselineMatch | undefined;
  if (baselineData && baselineFile) {
    const scoped = targets.flatMap((t) => t.files ?? []);
    const whole = targets.filter((t) => !t.files).map((t) => t.root + path.sep);
    const scope = (file: string) => scoped.includes(file) || whole.some((root) => file.startsWith(root));
    baselineMatch = matchBaseline(results, baselineData, path.dirname(baselineFile), scope);
  }

  if (values['fix-dry-run']) {
    io.out(diffs.join(''));
    reportApplied(applied, io, true);
    return exitCode(results, failOn, { baseline: baselineMatch });
  }

  const color = !values['no-color'] && !process.env.NO_COLOR && io.isTty;
  const stylishOnStdout = outputs.some((o) => o.format === 'stylish' && !o.file);
  if (values.fix && !stylishOnStdout) reportApplied(applied, io, false);
  for (const { format, file } of outputs) {
    const formatter: Formatter = FORMATS[format];
    const opts: FormatOptions = {
      failOn, color: file ? false : color, cwd: io.cwd, delimiter, baseline: baselineMatch, docsBase,
      ...(values.fix && format === 'stylish' && !file ? { applied } : {}),
    };
    const text = formatter(results, opts);
    if (file) writeFile(path.resolve(io.cwd, file), text);
    else io.out(text);
  }
  return exitCode(results, failOn, { baseline: baselineMatch });
}

function baseline(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: { ...COMMON_OPTIONS, output: { type: 'string', short: 'o', default: BASELINE_FILE } },
  });
  if (values.help) { io.out(HELP); return 0; }
  const auditOpts = auditOptions(values);
  const results: AuditResult[] = [];
  for (const target of groupTargets(positionals.length ? positionals : ['.'], io.cwd)) {
    const result = audit(open(target, io), auditOpts);
    if (target.files) {
      const keep = new Set(target.files);
      result.findings = result.findings.filter((f) => keep.has(f.file));
    }
    clearProgress(io);
    results.push(result);
  }
  const toStdout = values.output === '-';
  const file = path.resolve(io.cwd, toStdout ? BASELINE_FILE : values.output!);
  const data = createBaseline(results, path.dirname(file));
  if (toStdout) io.out(serializeBaseline(data));
  else {
    writeFile(file, serializeBaseline(data));
    io.err(`sova: wrote ${data.findings.length} finding(s) to ${path.relative(io.cwd, file) || file}\n`);
  }
  return 0;
}

function readBaseline(file: string, label: string) {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`cannot read the baseline ${label}`);
  }
  try {
    return parseBaseline(text);
  } catch (err) {
    if (err instanceof BaselineError) throw new UsageError(`the baseline ${label} is invalid: ${err.message}`);
    throw err;
  }
}

function csvDelimiter(value: string | undefined): string {
  if (value === undefined) return DEFAULT_CSV_DELIMITER;
  const d = value === 'tab' || value === '\\t' ? '\t' : value;
  if ([...d].length !== 1 || /["\r\n]/.test(d)) throw new UsageError(`--csv-delimiter must be one character other than a quote or line break, not '${value}'`);
  return d;
}

/** Opens a target's workspace, with a progress line on a terminal's stderr for large landscapes. */
export function open(target: Target, io: Io): Workspace {
  const ws = openWorkspace(target.root);
  if (target.files) {
    for (const f of target.files) if (!ws.includes(f)) io.err(`sova: ${path.relative(io.cwd, f)} is outside the include globs of ${path.join(path.relative(io.cwd, target.root) || '.', CONFIG_FILE)}: not audited\n`);
  }
  const n = ws.files().length;
  if (io.errIsTty && n >= PROGRESS_THRESHOLD) {
    io.err(`\rsova: auditing ${n.toLocaleString('en-US')} files…`);
    progressShown = true;
  }
  return ws;
}

const PROGRESS_THRESHOLD = 200;
let progressShown = false;

export function clearProgress(io: Io): void {
  if (!progressShown) return;
  io.err('\r\x1b[K');
  progressShown = false;
}

function reportApplied(applied: AppliedFix[], io: Io, dryRun: boolean): void {
  for (const a of applied) io.err(`sova: ${dryRun ? 'would fix' : 'fixed'} ${path.relative(io.cwd, a.file).split(path.sep).join('/')}:${a.line} ${a.ruleId} ${a.title}\n`);
  io.err(`sova: ${applied.length} fix(es) ${dryRun ? 'would be applied' : 'applied'}\n`);
}

function writeFile(file: string, text: string): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  } catch (err) {
    throw new UsageError(`cannot write ${file}: ${(err as Error).message}`);
  }
}

/** `-f a -o x -f b`: each --output belongs to the --format before it; no --format = stylish. */
function pairFormats(tokens: ReturnType<typeof parseArgs>['tokens'] & {}): { format: string; file?: string }[] {
  const out: { format: string; file?: string }[] = [];
  for (const t of tokens) {
    if (t.kind !== 'option') continue;
    if (t.name === 'format') {
      if (!t.value || !(t.value in FORMATS)) throw new UsageError(`unknown format '${t.value}'; known: ${Object.keys(FORMATS).join(', ')}`);
      out.push({ format: t.value });
    } else if (t.name === 'output') {
      const last = out[out.length - 1] ?? (out.push({ format: 'stylish' }), out[0]);
      if (last.file) throw new UsageError(`--output ${t.value}: the format before it already has an output file`);
      last.file = t.value;
    }
  }
  return out.length ? out : [{ format: 'stylish' }];
}

export interface Target { root: string; files?: string[] }

/** Directories are workspace roots; files are audited with the workspace they belong to. */
export function groupTargets(paths: string[], cwd: string): Target[] {
  const targets = new Map<string, Target>();
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch {
      throw new UsageError(`no such file or directory: ${p}`);
    }
    if (stat.isDirectory()) {
      targets.set(abs, { root: abs });
    } else {
      const root = findRoot(path.dirname(abs), cwd);
      const t = targets.get(root) ?? { root, files: [] };
      if (t.files) t.files.push(abs);
      targets.set(root, t);
    }
  }
  return [...targets.values()];
}

/** The nearest folder upwards holding sova.config.yaml, else the current directory. */
function findRoot(dir: string, cwd: string): string {
  for (let d = dir; ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, CONFIG_FILE))) return d;
    if (path.dirname(d) === d) return cwd;
  }
}

function rules(args: string[], io: Io): number {
  const { values } = parseArgs({ args, options: { format: { type: 'string', short: 'f' }, locale: { type: 'string' } }, strict: true });
  const locale: Locale = values.locale === 'en' ? 'en' : 'de';
  if (values.format === 'json') {
    io.out(JSON.stringify(RULES.map((r) => r.meta), null, 2) + '\n');
    return 0;
  }
  if (values.format && values.format !== 'text') throw new UsageError(`unknown format '${values.format}' for rules; known: text, json`);
  for (const { meta } of RULES) {
    const sov = meta.objective ? `${meta.objective}·${meta.cap}` : '';
    io.out(`${meta.id.padEnd(10)}${meta.severity.padEnd(9)}${meta.facet.padEnd(10)}${sov.padEnd(9)}${localize(meta.title, locale)}\n`);
  }
  return 0;
}

function docs(args: string[], io: Io): number {
  const { values } = parseArgs({ args, options: { out: { type: 'string', default: 'docs/rules' } }, strict: true });
  const { writeRuleDocs } = require('../engine/docs') as typeof import('../engine/docs');
  const n = writeRuleDocs(path.resolve(io.cwd, values.out!));
  io.out(`wrote ${n} pages to ${values.out}\n`);
  return 0;
}

// Run when executed directly (`node out/cli/main.js`) or through the `sova` bin script.
if (require.main === module || /[\\/]bin[\\/]sova(\.js)?$/.test(require.main?.filename ?? '')) {
  const code = main(process.argv.slice(2), {
    out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s), cwd: process.cwd(),
    isTty: !!process.stdout.isTTY, errIsTty: !!process.stderr.isTTY,
  });
  process.exitCode = code;
}
