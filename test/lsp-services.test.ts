// The language services as plain functions (no server, no process): a YAML snippet in, where a
// caret `|` marks the cursor, and the LSP-shaped answer out.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver/node';
import type { Diagnostic, TextEdit } from 'vscode-languageserver/node';
import { app, auditYaml, ROOT } from './harness';
import { containerPath, flowPosition, lineContext } from '../server/services/cursor';
import { codeActions } from '../server/services/codeActions';
import { complete, resolveCompletionItem } from '../server/services/completion';
import { diagnosticsByFile, findingToDiagnostic } from '../server/services/diagnostics';
import { fuzzyScore } from '../server/services/symbols';
import { readSettings } from '../server/settings';
import type { EngineFinding } from '../engine';
import { offsetOf, planFixes } from '../engine/fix';

function caret(marked: string): { text: string; line: number; character: number } {
  const i = marked.indexOf('|');
  const before = marked.slice(0, i);
  return { text: marked.slice(0, i) + marked.slice(i + 1), line: before.split('\n').length - 1, character: i - (before.lastIndexOf('\n') + 1) };
}

function context(marked: string) {
  const { text, line, character } = caret(marked);
  return lineContext(text, line, character);
}

const uriOf = (file: string) => `file://${file}`;

function applyEdits(text: string, edits: TextEdit[]): string {
  const spans = edits.map((e) => ({ start: offsetOf(text, e.range.start)!, end: offsetOf(text, e.range.end)!, newText: e.newText }));
  for (const e of spans.sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.newText + text.slice(e.end);
  return text;
}

describe('language services', function () {
  describe('cursor: the key path from the text alone', function () {
    it('reads nested mappings and sequence items from indentation', function () {
      const doc = 'kind: Application\ninterfaces:\n  - standard: odf\n    role: api\n  - standard: oidc\n    r|\n';
      assert.deepEqual(context(doc), { type: 'key', container: ['interfaces', 1], siblings: ['standard'], prefix: 'r', from: 4, to: 5, orItem: false, hasColon: false });
      assert.deepEqual(context('deployment:\n  sites:\n    - a\n    - |'), { type: 'key', container: ['deployment', 'sites', 1], siblings: [], prefix: '', from: 6, to: 6, orItem: true, hasColon: false });
    });

    it('a value after a key, also inside flow collections', function () {
      const v = context('licence:\n  spdx: MIT OR Apa|che-2.0');
      assert.equal(v?.type, 'value');
      assert.deepEqual(v?.type === 'value' && [v.path, v.text, v.prefix, v.from, v.to], [['licence', 'spdx'], 'MIT OR Apa', 'Apa', 15, 25]);
      const f = context('licence: {model: open-source, spdx: EU|}');
      assert.deepEqual(f?.type === 'value' && f.path, ['licence', 'spdx']);
      assert.deepEqual(flowPosition('[a, {standard: odf, role: '), { path: [1, 'role'], atKey: false, segment: '' });
      assert.deepEqual(flowPosition('{a: 1, b'), { path: [], atKey: true, segment: 'b' });
      assert.equal(flowPosition('[a, b]'), undefined, 'closed: not inside');
    });

    it('skips comments, blank lines and keys with inline values when looking for the parent', function () {
      const lines = ['deployment:', '  model: saas', '', '  # Betreiber', '  operator: x'];
      assert.deepEqual(containerPath(lines, 4, 2), ['deployment']);
      assert.deepEqual(containerPath(['a: 1', '  b'], 1, 2), [], 'a key with an inline value holds nothing below');
    });

    it('stops at the document marker', function () {
      assert.deepEqual(context('licence:\n  spdx: MIT\n---\nkind: Party\n|'), { type: 'key', container: [], siblings: ['kind'], prefix: '', from: 0, to: 0, orItem: false, hasColon: false });
    });

    it('recognises the rule list of a sova-ignore comment, not its reason', function () {
      assert.deepEqual(context('  # sova-ignore LIC-003, RE|'), { type: 'ignore', prefix: 'RE', from: 25, to: 27 });
      assert.equal(context('  # sova-ignore LIC-003 -- wegen |'), undefined);
      assert.equal(context('  # sova-ign|'), undefined);
      assert.equal(context('name: x # a comment |'), undefined);
    });
  });

  describe('completion', function () {
    const t = auditYaml({ 'landscape/a.yaml': `${app('ratsinfo', 'vendor: acme\n')}---\napiVersion: sova/v1\nkind: Party\nid: acme\nname: ACME AG\n` });
    const run = (marked: string, extra: { trigger?: string; config?: boolean } = {}) => {
      const { text, line, character } = caret(marked);
      return complete({ text, position: { line, character }, triggerCharacter: extra.trigger, landscape: t.result.landscape, config: t.ws.loaded.config, isConfigFile: !!extra.config, locale: 'en' });
    };
    const HEAD = 'apiVersion: sova/v1\nkind: Application\nid: x\nname: X\n';

    it('offers keys only when asked, not on every space of the indentation', function () {
      assert.deepEqual(run(`${HEAD}licence:\n  |`, { trigger: ' ' }), []);
      assert.deepEqual(run(`${HEAD}licence:\n  |`).map((i) => i.label).sort(), ['model', 'spdx']);
    });

    it('replaces just the key when its colon is already there', function () {
      const item = run(`${HEAD}licence:\n  mo|del: open-source`).find((i) => i.label === 'model')!;
      assert.deepEqual(item.textEdit, { range: { start: { line: 5, character: 2 }, end: { line: 5, character: 7 } }, newText: 'model' });
    });

    it('ids carry the name; the summary of the entity comes on resolve', function () {
      const acme = run(`${HEAD}vendor: |`, { trigger: ' ' }).find((i) => i.label === 'acme')!;
      assert.equal(acme.detail, 'Party: ACME AG');
      assert.equal(acme.documentation, undefined, 'not built for every candidate');
      assert.deepEqual(acme.data, { kind: 'Party', id: 'acme', folderUri: undefined });
      const resolved = resolveCompletionItem(acme, t.result.landscape);
      assert.match((resolved.documentation as any).value, /\*\*Party\*\* `acme` — ACME AG/);
      const key = run(`${HEAD}crit|`).find((i) => i.label === 'criticality')!;
      assert.equal(resolveCompletionItem(key, t.result.landscape), key, 'other items stay as they are');
    });

    it('categories include policy.extraCategories', function () {
      const custom = auditYaml({ 'landscape/a.yaml': app('x') }, { config: 'include: ["**/*.yaml"]\npolicy:\n  extraCategories: [friedhof]\n' });
      const { text, line, character } = caret(`${HEAD}category: fr|`);
      const labels = complete({ text, position: { line, character }, landscape: custom.result.landscape, config: custom.ws.loaded.config, isConfigFile: false, locale: 'en' }).map((i) => i.label);
      assert.ok(labels.includes('friedhof') && labels.includes('finance'));
    });

    it('in the config: keys, enum values, rule severities, allow-listed licence ids', function () {
      assert.ok(run('loc|', { config: true }).some((i) => i.label === 'locale'));
      assert.deepEqual(run('locale: |', { config: true, trigger: ' ' }).map((i) => i.label), ['de', 'en']);
      assert.deepEqual(run('rules:\n  STD-007: |', { config: true, trigger: ' ' }).map((i) => i.label), ['off', 'info', 'warning', 'error']);
      assert.ok(run('policy:\n  licenceAllowList:\n    - EUPL|', { config: true }).some((i) => i.label === 'EUPL-1.2'));
    });

    it('a document without kind yet gets the header keys', function () {
      assert.deepEqual(run('apiVersion: sova/v1\n|').map((i) => i.label), ['kind', 'id', 'name', 'description', 'owner', 'lastReviewed', 'tags', 'notes']);
      assert.deepEqual(run('apiVersion: sova/v1\nkind: |', { trigger: ' ' }).map((i) => i.label), ['Application', 'Contract', 'Party', 'HostingSite', 'Standard', 'DataCategory']);
    });
  });

  describe('diagnostics', function () {
    it('maps severities, tags, related locations and the rule link', function () {
      const f: EngineFinding = {
        ruleId: 'SUP-001', severity: 'warning', message: 'unused', file: '/w/a.yaml',
        range: { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } },
        tags: ['unnecessary'], related: [{ file: '/w/b.yaml', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'here' }],
      };
      const d = findingToDiagnostic(f, { locale: 'en', uriOf });
      assert.equal(d.severity, DiagnosticSeverity.Warning);
      assert.deepEqual(d.tags, [DiagnosticTag.Unnecessary]);
      assert.deepEqual(d.relatedInformation, [{ location: { uri: 'file:///w/b.yaml', range: f.related![0].range }, message: 'here' }]);
      assert.match(d.codeDescription!.href, /^file:\/\/.*\/docs\/rules\/SUP-001\.md$/);
      assert.equal(findingToDiagnostic({ ...f, severity: 'info' }, { locale: 'en', uriOf }).severity, DiagnosticSeverity.Information);
    });

    it('a suppressed finding is a hint that names its reason', function () {
      const t = auditYaml({ 'landscape/a.yaml': app('x', '# sova-ignore LIC-001 -- Lizenz wird mit dem Hersteller geklärt\nlicence: {model: proprietary}\n') }, { locale: 'de' });
      const file = path.join(ROOT, 'landscape/a.yaml');
      const [d] = diagnosticsByFile(t.result, { locale: 'de', uriOf, textOf: () => undefined }).get(file)!.diagnostics.filter((x) => x.code === 'LIC-001');
      assert.equal(d.severity, DiagnosticSeverity.Hint);
      assert.match(d.message as string, /^unterdrückt: Lizenz wird mit dem Hersteller geklärt — /);
    });
  });

  describe('code actions', function () {
    const file = path.join(ROOT, 'landscape/a.yaml');
    const text = app('x', 'layer: ofice\ncriticality: hihg\nlicence:\n  spdx: GPL-2.0   # laut Hersteller\n  model: open-source\n');
    const t = auditYaml({ 'landscape/a.yaml': text });
    const cache = diagnosticsByFile(t.result, { locale: 'en', uriOf, textOf: () => text }).get(file)!;
    const target = (snippets: boolean) => ({ documentChanges: true, snippets, uriOf, versionOf: () => 7 });
    const diag = (code: string) => cache.diagnostics.find((d) => d.code === code && d.range.start.line === (code === 'LIC-003' ? 7 : 4))!;
    const input = { file, text, cache, result: t.result, diagnostics: [] as Diagnostic[], locale: 'en' as const, ignorable: true, target: target(false) };

    it('the ignore action uses a snippet with the placeholder selected when the client takes snippet edits', function () {
      const actions = codeActions({ file, text, cache, result: t.result, diagnostics: [diag('SCHEMA')], locale: 'de', ignorable: true, target: target(true) });
      const ignore = actions.find((a) => a.title === 'SCHEMA hier mit Begründung ignorieren …')!;
      const change = ignore.edit!.documentChanges![0] as any;
      assert.deepEqual(change.textDocument, { uri: uriOf(file), version: 7 });
      assert.deepEqual(change.edits[0].snippet, { kind: 'snippet', value: '# sova-ignore SCHEMA -- ${1:Begründung eintragen}\n' });
      const plain = codeActions({ file, text, cache, result: t.result, diagnostics: [diag('SCHEMA')], locale: 'de', ignorable: true, target: target(false) });
      const edit = (plain.find((a) => a.title.startsWith('SCHEMA hier'))!.edit!.documentChanges![0] as any).edits[0] as TextEdit;
      assert.deepEqual(edit, { range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, newText: '# sova-ignore SCHEMA -- Begründung eintragen\n' });
    });

    it('a diagnostic from the previous publication still finds the current finding of its rule', function () {
      const d = diag('SCHEMA');
      const stale = { ...d, range: { start: { line: d.range.start.line, character: 0 }, end: { line: d.range.end.line, character: d.range.end.character + 3 } } };
      const actions = codeActions({ file, text, cache, result: t.result, diagnostics: [stale], locale: 'en', ignorable: true, target: target(false) });
      assert.ok(actions.some((a) => a.title.startsWith('Replace with')), actions.map((a) => a.title).join(' | '));
    });

    it('no ignore action where sova-ignore cannot work (config, parse errors)', function () {
      const actions = codeActions({ file, text, cache, result: t.result, diagnostics: [diag('SCHEMA')], locale: 'en', ignorable: false, target: target(false) });
      assert.ok(!actions.some((a) => a.title.startsWith('Ignore')));
    });

    it('fix all is the next pass of sova check --fix over the file: no choices, one fix per entity', function () {
      const only = codeActions({ ...input, diagnostics: [], only: ['source.fixAll.sova'] });
      assert.deepEqual(only.map((a) => [a.kind, a.title]), [['source.fixAll.sova', 'Fix all auto-fixable sova problems']]);
      const fixed = applyEdits(text, (only[0].edit!.documentChanges![0] as any).edits);
      assert.equal(fixed, planFixes(t.result, () => text).texts.get(file), 'the same text as one pass of --fix');
      assert.match(fixed, /layer: office\n/);
      assert.match(fixed, /criticality: hihg\n/, 'the second fix of the entity waits for the next pass');
      assert.match(fixed, /spdx: GPL-2\.0 /, 'never a choice among licences');
      assert.deepEqual(codeActions({ ...input, diagnostics: [] }), [], 'no source action unless asked');
    });

    it('the preferred fix is the one sova check --fix applies: never SUP-001\'s removal of a comment', function () {
      const renamed = codeActions({ ...input, diagnostics: [diag('SCHEMA')] }).find((a) => a.title.startsWith('Replace with'))!;
      assert.equal(renamed.isPreferred, true, renamed.title);
      const supText = app('s', '# sova-ignore LIC-001 -- Altlast\nlayer: office\n');
      const sup = auditYaml({ 'landscape/a.yaml': supText });
      const supCache = diagnosticsByFile(sup.result, { locale: 'en', uriOf, textOf: () => supText }).get(file)!;
      const d = supCache.diagnostics.find((x) => x.code === 'SUP-001')!;
      assert.ok(d, supCache.diagnostics.map((x) => x.code).join(','));
      const remove = codeActions({ ...input, text: supText, cache: supCache, result: sup.result, diagnostics: [d] }).find((a) => a.title === 'Remove the sova-ignore comment')!;
      assert.ok(remove && remove.edit, 'offered');
      assert.equal(remove.isPreferred, undefined, 'but not preferred');
    });

    it('findings older than the buffer (run: onSave, unsaved edits) offer only their documentation', function () {
      const actions = codeActions({ ...input, diagnostics: [diag('SCHEMA'), diag('LIC-003')], stale: true });
      assert.deepEqual(actions.map((a) => a.title), ['Show documentation of SCHEMA', 'Show documentation of LIC-003']);
      assert.deepEqual(codeActions({ ...input, only: ['source.fixAll.sova'], stale: true }), []);
    });

    it('fix all of a rule: only when it fixes more than the one finding', function () {
      const oneEntity = codeActions({ ...input, diagnostics: [diag('SCHEMA')] });
      assert.ok(!oneEntity.some((a) => a.title === 'Fix all SCHEMA problems in this file'), 'one entity: one fix per pass, as the quick fix');
      const twoText = `${text}---\n${app('y', 'layer: ofice\n')}`;
      const two = auditYaml({ 'landscape/a.yaml': twoText });
      const twoCache = diagnosticsByFile(two.result, { locale: 'en', uriOf, textOf: () => twoText }).get(file)!;
      const d = twoCache.diagnostics.find((x) => x.code === 'SCHEMA')!;
      const actions = codeActions({ ...input, text: twoText, cache: twoCache, result: two.result, diagnostics: [d] });
      const all = actions.find((a) => a.title === 'Fix all SCHEMA problems in this file')!;
      assert.ok(all, actions.map((a) => a.title).join(' | '));
      assert.equal(applyEdits(twoText, (all.edit!.documentChanges![0] as any).edits).match(/layer: office\n/g)?.length, 2);
    });
  });

  it('workspace symbol matching: substring first, then the characters in order', function () {
    assert.ok(fuzzyScore('acme', 'acme-gmbh')! > fuzzyScore('agb', 'acme-gmbh')!);
    assert.equal(fuzzyScore('xyz', 'acme-gmbh'), undefined);
    assert.equal(fuzzyScore('', 'anything'), 1);
  });

  it('settings keep only valid values', function () {
    assert.deepEqual(readSettings({ locale: 'fr', run: 'sometimes', rules: { 'REF-001': 'off', 'NOPE-1': 'off', SCHEMA: 'loud' }, asOf: '2026-02-30' }), { locale: '', run: 'onType', rules: { 'REF-001': 'off' }, asOf: '' });
    assert.deepEqual(readSettings({ locale: 'en', run: 'onSave', asOf: '2027-01-12' }), { locale: 'en', run: 'onSave', rules: {}, asOf: '2027-01-12' });
    assert.deepEqual(readSettings(null), { locale: '', run: 'onType', rules: {}, asOf: '' });
  });
});
