// External validators: Microsoft's SARIF Multitool (SARIF 2.1.0 schema and rules, plus GitHub's
// ingestion rules) and xmllint against the Jenkins junit-10.xsd. When a validator cannot run here,
// the test is skipped with a visible message (never silently passed).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { packageRoot } from '../engine/assets';
import { createBaseline, matchBaseline } from '../engine/baseline';
import { fixtureAudit, render } from './formats-fixture';
import { AS_OF, DOCS_URL, SAMPLE, sova, tempDir } from './cli-helpers';
import { ROOT } from './harness';

const MULTITOOL = path.join(packageRoot(), 'node_modules', '@microsoft', 'sarif-multitool-linux', 'Sarif.Multitool');
const JUNIT_XSD = path.join(packageRoot(), 'test', 'fixtures', 'junit.xsd');

function skipVisibly(ctx: Mocha.Context, why: string): never {
  console.log(`      ⚠ SKIPPED: ${why}`);
  ctx.skip();
}

/** Validates a SARIF file; returns the validator's results of level error (with their messages). */
function sarifErrors(ctx: Mocha.Context, file: string): { errors: string[]; total: number } {
  if (process.platform !== 'linux' || !fs.existsSync(MULTITOOL)) skipVisibly(ctx, `SARIF Multitool not available (${MULTITOOL})`);
  try {
    fs.accessSync(MULTITOOL, fs.constants.X_OK);
  } catch {
    fs.chmodSync(MULTITOOL, 0o755);
  }
  const out = file.replace(/\.sarif$/, '.validation.sarif');
  fs.rmSync(out, { force: true });
  const run = spawnSync(MULTITOOL, ['validate', file, '-o', out, '--rule-kind', 'Sarif;Gh', '--level', 'Error;Warning;Note'], { encoding: 'utf8', env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } });
  if (run.error) skipVisibly(ctx, `SARIF Multitool cannot run on this platform: ${run.error.message}`);
  assert.ok(fs.existsSync(out), `the SARIF Multitool wrote no result (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  const log = JSON.parse(fs.readFileSync(out, 'utf8').replace(/^\uFEFF/, ''));
  const results: any[] = log.runs.flatMap((r: any) => r.results ?? []);
  const errors = results.filter((r) => r.level === 'error').map((r) => `${r.ruleId}: ${r.message?.text ?? JSON.stringify(r.message)}`);
  // Configuration problems of the validator itself show up as notifications of level error.
  const notes = log.runs.flatMap((r: any) => r.invocations ?? []).flatMap((i: any) => [...(i.toolExecutionNotifications ?? []), ...(i.toolConfigurationNotifications ?? [])]);
  errors.push(...notes.filter((n: any) => n.level === 'error').map((n: any) => `tool: ${n.message?.text}`));
  const summary = results.reduce<Record<string, number>>((acc, r) => ({ ...acc, [`${r.level ?? 'warning'} ${r.ruleId}`]: (acc[`${r.level ?? 'warning'} ${r.ruleId}`] ?? 0) + 1 }), {});
  console.log(`      SARIF Multitool on ${path.basename(file)}: ${results.length} result(s) ${JSON.stringify(summary)}`);
  return { errors, total: results.length };
}

function xmllint(ctx: Mocha.Context, file: string): void {
  const probe = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  if (probe.error) skipVisibly(ctx, 'xmllint is not installed (apt-get install -y libxml2-utils)');
  const run = spawnSync('xmllint', ['--noout', '--schema', JUNIT_XSD, file], { encoding: 'utf8' });
  assert.equal(run.status, 0, `xmllint: ${run.stderr}`);
  assert.match(run.stderr, /validates/);
}

describe('formats against external validators', function () {
  this.timeout(120000);
  const dir = tempDir('sova-validate-');
  const t = fixtureAudit('de');

  it('SARIF of the fixture passes the SARIF Multitool (SARIF and GitHub rules) without errors', function () {
    const file = path.join(dir, 'fixture.sarif');
    fs.writeFileSync(file, render('sarif', [t.result]));
    const { errors } = sarifErrors(this, file);
    assert.deepEqual(errors, []);
  });

  it('SARIF with a baseline (new, unchanged and absent results) passes too', function () {
    const b = createBaseline([t.result], ROOT);
    b.findings = [b.findings[0], { fingerprint: 'f'.repeat(32), ruleId: 'LIC-002', file: 'landscape/apps.yaml', message: 'behoben' }];
    const file = path.join(dir, 'baseline.sarif');
    const text = render('sarif', [t.result], { baseline: matchBaseline([t.result], b, ROOT) });
    assert.deepEqual(JSON.parse(text).runs[0].results.map((r: any) => r.baselineState).sort(), ['absent', 'new', 'new', 'new', 'unchanged']);
    fs.writeFileSync(file, text);
    assert.deepEqual(sarifErrors(this, file).errors, []);
  });

  it('SARIF of samples/musterstadt passes the SARIF Multitool without errors', function () {
    if (!fs.existsSync(SAMPLE)) skipVisibly(this, 'samples/musterstadt is missing');
    const file = path.join(dir, 'musterstadt.sarif');
    const r = sova(['check', '--as-of', AS_OF, '-f', 'sarif', '-o', file, '--docs-url', DOCS_URL], SAMPLE);
    assert.ok([0, 1].includes(r.code), r.err);
    const { errors, total } = sarifErrors(this, file);
    assert.deepEqual(errors, []);
    assert.ok(total >= 0);
  });

  it('JUnit XML of the fixture and of samples/musterstadt validates against junit-10.xsd', function () {
    const file = path.join(dir, 'fixture.xml');
    fs.writeFileSync(file, render('junit', [t.result], { failOn: 'info' }));
    xmllint(this, file);
    if (!fs.existsSync(SAMPLE)) return;
    const sample = path.join(dir, 'musterstadt.xml');
    sova(['check', '--as-of', AS_OF, '-f', 'junit', '-o', sample, '--fail-on', 'warning'], SAMPLE);
    xmllint(this, sample);
  });
});
