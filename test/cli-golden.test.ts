// Golden files: every format on samples/musterstadt as of 2026-11-23. When rules or the sample change
// on purpose, refresh them with:  UPDATE_GOLDEN=1 npx mocha --no-config out/test/cli-golden.test.js
// and review the diff of test/golden/ like any other change.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { packageRoot } from '../engine/assets';
import { FORMATS } from '../engine/formats';
import { unifiedDiff } from '../engine/formats/diff';
import { AS_OF, DOCS_URL, SAMPLE, sova } from './cli-helpers';

const GOLDEN = path.join(packageRoot(), 'test', 'golden');
const EXTENSION: Record<string, string> = {
  stylish: 'stylish.txt', json: 'json', sarif: 'sarif', junit: 'junit.xml', gitlab: 'gitlab.json',
  github: 'github.txt', csv: 'csv', html: 'html', markdown: 'md',
};
const UPDATE = process.env.UPDATE_GOLDEN === '1';

describe('golden reports of samples/musterstadt', function () {
  this.timeout(60000);
  before(function () {
    if (!fs.existsSync(SAMPLE)) {
      console.log('      ⚠ SKIPPED: samples/musterstadt is missing');
      this.skip();
    }
  });

  it('covers every format', () => {
    assert.deepEqual(Object.keys(EXTENSION).sort(), Object.keys(FORMATS).sort());
  });

  for (const format of Object.keys(EXTENSION)) {
    it(format, () => {
      const r = sova(['check', '--as-of', AS_OF, '-f', format, '--docs-url', DOCS_URL], SAMPLE);
      assert.ok([0, 1].includes(r.code), r.err);
      assert.equal(r.err, '');
      const text = r.out;
      // No path of this machine may appear in a report.
      for (const local of [packageRoot(), SAMPLE, 'file://', '/tmp/']) assert.ok(!text.includes(local), `${format} contains ${local}`);
      const file = path.join(GOLDEN, `musterstadt.${EXTENSION[format]}`);
      if (UPDATE) {
        fs.mkdirSync(GOLDEN, { recursive: true });
        fs.writeFileSync(file, text);
        return;
      }
      assert.ok(fs.existsSync(file), `missing golden file ${path.relative(packageRoot(), file)} (UPDATE_GOLDEN=1 to write it)`);
      const expected = fs.readFileSync(file, 'utf8');
      if (text !== expected) {
        const diff = unifiedDiff(path.relative(packageRoot(), file), expected, text).split('\n').slice(0, 80).map((l) => (l.length > 240 ? l.slice(0, 240) + '…' : l)).join('\n');
        assert.fail(`${format} differs from ${path.relative(packageRoot(), file)} (UPDATE_GOLDEN=1 to refresh):\n${diff}`);
      }
    });
  }
});
