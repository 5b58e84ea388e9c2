// The command line: options, usage errors, exit codes across formats, outputs, --fix, progress.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FORMATS } from '../engine/formats';
import { fixtureAudit } from './formats-fixture';
import { AS_OF, copyDir, DOCS_URL, readTree, SAMPLE, sova, tempDir, writeFiles } from './cli-helpers';
import { app } from './harness';

const FIXTURE_FILE = 'landscape/apps.yaml';

/** The format test fixture as a workspace on disk. */
function fixtureDir(): string {
  const root = path.join(tempDir(), 'stadt');
  writeFiles(root, { 'sova.config.yaml': 'include: [landscape/**/*.yaml]\nlocale: en\n', [FIXTURE_FILE]: fixtureAudit().text(FIXTURE_FILE) });
  return root;
}

describe('sova CLI', () => {
  describe('help and usage errors', () => {
    it('--help lists every format, the options and the exit codes', () => {
      const { code, out } = sova(['--help'], '/');
      assert.equal(code, 0);
      for (const name of Object.keys(FORMATS)) assert.match(out, new RegExp(`^ +${name} `, 'm'), name);
      for (const opt of ['--format', '--output', '--fail-on', '--as-of', '--locale', '--baseline', '--fix', '--fix-dry-run', '--csv-delimiter', '--docs-url', '--no-color']) {
        assert.ok(out.includes(opt), opt);
      }
      assert.match(out, /Exit codes[\s\S]*0 {2}no active finding[\s\S]*1 {2}at least one[\s\S]*2 {2}usage error/);
      assert.equal(sova(['check', '--help'], '/').out, out);
    });

    const usage: [string, string[], RegExp][] = [
      ['an unknown option', ['check', '--frobnicate'], /Unknown option '--frobnicate'/],
      ['a missing path', ['check', 'no/such/dir'], /no such file or directory: no\/such\/dir/],
      ['a bad --fail-on', ['check', '--fail-on', 'fatal'], /--fail-on must be error, warning, info or never, not 'fatal'/],
      ['a bad --as-of', ['check', '--as-of', '2026-02-30'], /--as-of must be a date YYYY-MM-DD, not '2026-02-30'/],
      ['a bad --locale', ['check', '--locale', 'fr'], /--locale must be de or en/],
      ['an unknown format', ['check', '-f', 'pdf'], /unknown format 'pdf'; known: stylish, json, sarif/],
      ['two outputs for one format', ['check', '-f', 'json', '-o', 'a', '-o', 'b'], /already has an output file/],
      ['a bad --csv-delimiter', ['check', '-f', 'csv', '--csv-delimiter', ';;'], /--csv-delimiter must be one character/],
      ['--fix with --fix-dry-run', ['check', '--fix', '--fix-dry-run'], /exclude each other/],
      ['a relative --docs-url', ['check', '--docs-url', 'docs/rules'], /--docs-url must be an absolute URL/],
      ['an unknown command', ['frobnicate'], /unknown command 'frobnicate'/],
      ['a bad --as-of of baseline', ['baseline', '--as-of', 'today'], /--as-of must be a date/],
    ];
    for (const [what, argv, message] of usage) {
      it(`exits 2 without a stack trace on ${what}`, () => {
        const root = fixtureDir();
        const { code, err, out } = sova(argv, root);
        assert.equal(code, 2, err);
        assert.match(err, message);
        assert.match(err, /Run 'sova --help' for usage\./);
        assert.ok(!/\n\s+at /.test(err), `no stack trace:\n${err}`);
        assert.equal(out, '');
      });
    }

    it('no command prints the help and exits 2', () => {
      const { code, out } = sova([], '/');
      assert.equal(code, 2);
      assert.match(out, /Usage:/);
    });
  });

  describe('exit codes', () => {
    // The fixture: 1 error, 1 warning, 1 info active; a suppressed warning.
    const expected = { error: 1, warning: 1, info: 1, never: 0 } as const;
    it('agree with --fail-on whatever the formats', () => {
      const root = fixtureDir();
      for (const failOn of Object.keys(expected) as (keyof typeof expected)[]) {
        for (const format of Object.keys(FORMATS)) {
          const r = sova(['check', '--as-of', AS_OF, '--fail-on', failOn, '-f', format], root);
          assert.equal(r.code, expected[failOn], `${format} --fail-on ${failOn}: ${r.err}`);
        }
      }
    });
    it('are 0 for a landscape whose only findings are below --fail-on or suppressed', () => {
      const root = path.join(tempDir(), 'ok');
      writeFiles(root, { [FIXTURE_FILE]: app('x', 'licence: {spdx: GPL-3.0, model: open-source}\n') });
      assert.equal(sova(['check', '--as-of', AS_OF], root).code, 0);
      assert.equal(sova(['check', '--as-of', AS_OF, '--fail-on', 'warning'], root).code, 1);
    });
  });

  describe('outputs', () => {
    it('-f sarif -o FILE -f stylish writes the SARIF file and prints stylish', () => {
      const root = fixtureDir();
      const r = sova(['check', '--as-of', AS_OF, '-f', 'sarif', '-o', 'reports/sova.sarif', '-f', 'stylish'], root);
      assert.equal(r.code, 1);
      assert.equal(JSON.parse(fs.readFileSync(path.join(root, 'reports/sova.sarif'), 'utf8')).version, '2.1.0');
      assert.match(r.out, /^landscape\/apps\.yaml$/m);
      assert.ok(!r.out.includes('"version"'));
    });
    it('-o without -f writes stylish to the file', () => {
      const root = fixtureDir();
      const r = sova(['check', '--as-of', AS_OF, '-o', 'report.txt'], root);
      assert.equal(r.out, '');
      assert.match(fs.readFileSync(path.join(root, 'report.txt'), 'utf8'), /findings/);
    });
    it('no report holds an absolute path when --docs-url is given', () => {
      const root = fixtureDir();
      for (const format of Object.keys(FORMATS)) {
        const out = sova(['check', '--as-of', AS_OF, '-f', format, '--docs-url', DOCS_URL], root).out;
        assert.ok(!out.includes(root) && !out.includes(path.dirname(root)), format);
        assert.ok(!/file:\/\//.test(out), format);
      }
    });
    it('paths are relative to the directory sova runs in', () => {
      const root = fixtureDir();
      const r = sova(['check', 'stadt', '--as-of', AS_OF, '-f', 'gitlab'], path.dirname(root));
      assert.deepEqual([...new Set(JSON.parse(r.out).map((i: any) => i.location.path))], ['stadt/landscape/apps.yaml']);
      const single = sova(['check', `stadt/${FIXTURE_FILE}`, '--as-of', AS_OF, '-f', 'github'], path.dirname(root));
      assert.match(single.out, /file=stadt\/landscape\/apps\.yaml,/);
    });
    it('several workspaces: one SARIF run each with its own category, one JSON workspace each', () => {
      const a = fixtureDir();
      const parent = path.dirname(a);
      writeFiles(path.join(parent, 'kreis'), { 'sova.config.yaml': 'locale: en\n', 'landscape/x.yaml': app('x', 'licence: {spdx: GPL-3.0, model: open-source}\n') });
      const r = sova(['check', 'stadt', 'kreis', '--as-of', AS_OF, '-f', 'sarif', '-o', 'out.sarif', '-f', 'json'], parent);
      const runs = JSON.parse(fs.readFileSync(path.join(parent, 'out.sarif'), 'utf8')).runs;
      assert.deepEqual(runs.map((run: any) => run.automationDetails.id), ['sova/stadt/', 'sova/kreis/']);
      assert.deepEqual(runs.map((run: any) => run.results[0].locations[0].physicalLocation.artifactLocation.uri), ['stadt/landscape/apps.yaml', 'kreis/landscape/x.yaml']);
      assert.deepEqual(JSON.parse(r.out).workspaces.map((w: any) => w.root), ['stadt', 'kreis']);
    });
    it('colours only on a terminal, and never with --no-color or NO_COLOR', () => {
      const root = fixtureDir();
      assert.ok(!sova(['check', '--as-of', AS_OF], root).out.includes('\x1b['));
      assert.ok(sova(['check', '--as-of', AS_OF], root, { isTty: true }).out.includes('\x1b['));
      assert.ok(!sova(['check', '--as-of', AS_OF, '--no-color'], root, { isTty: true }).out.includes('\x1b['));
      process.env.NO_COLOR = '1';
      try {
        assert.ok(!sova(['check', '--as-of', AS_OF], root, { isTty: true }).out.includes('\x1b['));
      } finally {
        delete process.env.NO_COLOR;
      }
    });
    it('--csv-delimiter tab and , are honoured', () => {
      const root = fixtureDir();
      const tab = sova(['check', '--as-of', AS_OF, '-f', 'csv', '--csv-delimiter', 'tab'], root).out;
      assert.ok(tab.split('\r\n')[0].includes('\trule') || tab.split('\r\n')[0].startsWith('\ufeffrule\ttitle'));
      const comma = sova(['check', '--as-of', AS_OF, '-f', 'csv', '--csv-delimiter', ','], root).out;
      assert.ok(comma.startsWith('\ufeffrule,title,'));
    });
  });

  describe('progress', () => {
    let root: string;
    before(() => {
      root = path.join(tempDir(), 'gross');
      const files: Record<string, string> = {};
      for (let i = 0; i < 210; i++) files[`landscape/a${i}.yaml`] = app(`app-${i}`, 'lastReviewed: 2026-10-01\nlicence: {spdx: EUPL-1.2, model: open-source}\n');
      writeFiles(root, files);
    });
    it('shows "auditing N files…" on a terminal stderr for large landscapes, and nothing otherwise', () => {
      const tty = sova(['check', '--as-of', AS_OF], root, { errIsTty: true });
      assert.match(tty.err, /auditing 210 files…/);
      assert.ok(tty.err.endsWith('\r\x1b[K'), 'the progress line is cleared');
      assert.equal(sova(['check', '--as-of', AS_OF], root).err, '');
    });
    it('stays quiet for small landscapes even on a terminal', () => {
      assert.equal(sova(['check', '--as-of', AS_OF], fixtureDir(), { errIsTty: true }).err, '');
    });
  });

  describe('--fix', () => {
    it('on a copy of the sample: fixes what is unambiguous, changes only those spans, keeps every comment', function () {
      if (!fs.existsSync(SAMPLE)) this.skip();
      const root = copyDir(SAMPLE);
      const before = readTree(root);
      const check = (dir: string) => JSON.parse(sova(['check', '--as-of', AS_OF, '-f', 'json'], dir).out).workspaces[0].findings as any[];
      const findingsBefore = check(root);
      const r = sova(['check', '--as-of', AS_OF, '--fix', '-f', 'json'], root);
      assert.ok([0, 1].includes(r.code), r.err);
      const fixedLines = r.err.split('\n').filter((l) => l.startsWith('sova: fixed '));
      const after = readTree(root);
      const changed = Object.keys(before).filter((f) => before[f] !== after[f]);
      assert.deepEqual(Object.keys(after).sort(), Object.keys(before).sort(), 'no file created or removed');
      if (!fixedLines.length) return assert.deepEqual(changed, []);
      assert.ok(changed.length > 0);
      assert.match(r.err, new RegExp(`sova: ${fixedLines.length} fix\\(es\\) applied`));

      // Every comment line of every file is still there, in order.
      for (const f of Object.keys(before)) {
        const comments = (text: string) => text.split('\n').filter((l) => /^\s*#/.test(l));
        assert.deepEqual(comments(after[f]), comments(before[f]), `comments of ${f}`);
      }
      // The findings whose fix --fix applies are gone; findings without such a fix are all still
      // there (same fingerprint), except LEVEL-001, which follows the levels the fixes raise, and
      // those of a rule the fixed config turns off.
      const findingsAfter = check(root);
      const active = (list: any[]) => list.filter((f) => !f.suppressed);
      const left = new Set(active(findingsAfter).map((f) => f.fingerprint));
      const applicable = (f: any) => f.ruleId !== 'SUP-001' && (() => {
        const c = (f.fixes ?? []).filter((x: any) => !x.needsChoice);
        return c.length === 1 || c.filter((x: any) => x.preferred).length === 1;
      })();
      const fixable = active(findingsBefore).filter(applicable);
      assert.ok(fixable.length > 0);
      // (A fix can also settle another finding of the same entry: STD-001 replacing OOXML by ODF settles STD-002.)
      for (const f of fixable) assert.ok(!left.has(f.fingerprint), `${f.ruleId} ${f.message} is fixed`);
      for (const line of fixedLines) {
        const [, where, ruleId] = /^sova: fixed (\S+) (\S+) /.exec(line)!;
        assert.ok(findingsBefore.some((f) => `${f.file}:${f.range.start.line + 1}` === where && f.ruleId === ruleId) || ruleId === 'CFG-001', `reported fix matches a finding: ${line}`);
      }
      // A renamed rule id in sova.config.yaml (CFG-001: `STD-070: off` → `STD-007: off`) turns that rule off.
      const renamedRules = fixable.filter((f) => f.ruleId === 'CFG-001').flatMap((f) => f.fixes.filter((x: any) => x.preferred || f.fixes.length === 1).flatMap((x: any) => x.edits.map((e: any) => e.newText)));
      // (Compared by rule, entity and message: a finding about a missing field moves to the key a fix
      // created — e.g. LIFE-005 from the document to the new `source:` — and with it its fingerprint.)
      const key = (f: any) => `${f.ruleId} ${f.entity?.kind}/${f.entity?.id} ${f.message}`;
      const leftKeys = new Set(active(findingsAfter).map(key));
      for (const f of active(findingsBefore).filter((x) => !applicable(x) && x.ruleId !== 'LEVEL-001' && !renamedRules.includes(x.ruleId))) {
        assert.ok(leftKeys.has(key(f)), `${f.ruleId} ${f.message} is still reported`);
      }
      // A second --fix finds nothing more to do.
      const again = sova(['check', '--as-of', AS_OF, '--fix', '-f', 'json'], root);
      assert.match(again.err, /sova: 0 fix\(es\) applied/);
      assert.deepEqual(readTree(root), after);
    });

    it('keeps a UTF-8 byte order mark and CRLF line ends of a fixed file', () => {
      const root = fixtureDir();
      const file = path.join(root, FIXTURE_FILE);
      const text = fs.readFileSync(file, 'utf8').replace(/\n/g, '\r\n');
      fs.writeFileSync(file, '\uFEFF' + text);
      sova(['check', '--as-of', AS_OF, '--fix'], root);
      const after = fs.readFileSync(file);
      assert.deepEqual([...after.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the BOM is still there');
      assert.ok(after.toString('utf8').includes('licence:\r\n  spdx: LicenseRef-unknown\r\n') || after.toString('utf8').includes('spdx: LicenseRef-unknown'), 'the fix was applied');
      assert.ok(!/[^\r]\n/.test(after.toString('utf8').slice(1)), 'no bare LF introduced');
    });

    it('keeps lines that hold no fixed span byte for byte', () => {
      const root = fixtureDir();
      const file = path.join(root, FIXTURE_FILE);
      const text = fs.readFileSync(file, 'utf8');
      const r = sova(['check', '--as-of', AS_OF, '--fix'], root);
      const title = fixtureAudit().findings('LIC-001')[0].fixes![0].title;
      assert.ok(r.out.includes(`--fix applied 1 fix(es):\n  ✔ landscape/apps.yaml:18  ${title}  LIC-001\n`), r.out);
      const after = fs.readFileSync(file, 'utf8');
      assert.equal(after, text.replace('name: Ohne Lizenz\n', 'name: Ohne Lizenz\nlicence:\n  spdx: LicenseRef-unknown\n'));
    });

    it('--fix-dry-run prints a unified diff and writes nothing', () => {
      const root = fixtureDir();
      const before = readTree(root);
      const r = sova(['check', '--as-of', AS_OF, '--fix-dry-run'], root);
      assert.deepEqual(readTree(root), before);
      assert.equal(r.out, [
        '--- a/landscape/apps.yaml', '+++ b/landscape/apps.yaml', '@@ -18,3 +18,5 @@', ' kind: Application', ' id: nolic', ' name: Ohne Lizenz', '+licence:', '+  spdx: LicenseRef-unknown', '',
      ].join('\n'));
      assert.ok(r.err.includes(`sova: would fix landscape/apps.yaml:18 LIC-001 ${fixtureAudit().findings('LIC-001')[0].fixes![0].title}\n`), r.err);
      assert.equal(r.code, 1, 'the files on disk still have the error');
    });
  });
});
