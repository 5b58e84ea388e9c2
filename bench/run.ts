// Benchmark: a generated landscape of N applications (default 10,000) — full audit from disk, and the
// editor's hot path (one file edited, whole landscape re-audited). Run: `npm run bench [-- N]`.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { audit, openWorkspace } from '../engine';

const N = Number(process.argv[2] ?? 10000) || 10000;
const PER_FILE = 50;

export function generate(dir: string): void {
  const land = path.join(dir, 'landscape');
  fs.mkdirSync(path.join(land, 'apps'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'sova.config.yaml'), 'include: [landscape/**/*.yaml]\npolicy: {licenceAllowList: [EUPL-1.2, MIT, Apache-2.0]}\n');
  const shared: string[] = [];
  for (let v = 0; v < 200; v++) shared.push(`apiVersion: sova/v1\nkind: Party\nid: vendor-${v}\nname: Vendor ${v}\ncountry: ${v % 7 === 0 ? 'US' : 'DE'}\n${v % 10 === 1 ? 'parent: vendor-0\n' : ''}`);
  for (let s = 0; s < 20; s++) shared.push(`apiVersion: sova/v1\nkind: HostingSite\nid: site-${s}\nname: Site ${s}\noperator: vendor-${s}\ncountry: DE\nownership: ${s % 5 === 0 ? 'public-cloud' : 'own'}\nenergy: {pue: 1.${s % 9}, renewableShare: 0.${s % 10}}\n`);
  for (let d = 0; d < 30; d++) shared.push(`apiVersion: sova/v1\nkind: DataCategory\nid: data-${d}\nname: Data ${d}\npersonal: ${d % 2 === 0}\nprotectionNeed: ${['normal', 'high', 'very-high'][d % 3]}\nallowedRegions: [EU]\n`);
  for (let c = 0; c < 50; c++) shared.push(`apiVersion: sova/v1\nkind: Contract\nid: contract-${c}\nname: Contract ${c}\nprovider: vendor-${c}\nend: 2027-0${(c % 9) + 1}-01\ndpa: {signed: ${c % 2 === 0}}\n`);
  fs.writeFileSync(path.join(land, 'shared.yaml'), shared.join('---\n'));
  const layers = ['specialist-app', 'cross-cutting', 'office', 'client-os', 'platform', 'server-os', 'infrastructure'];
  const cats = ['e-invoice', 'mail', 'office', 'geo', 'identity', 'finance', 'school', 'other'];
  for (let f = 0; f * PER_FILE < N; f++) {
    const docs: string[] = [];
    for (let i = f * PER_FILE; i < Math.min(N, (f + 1) * PER_FILE); i++) {
      docs.push(`# Anwendung ${i}
apiVersion: sova/v1
kind: Application
id: app-${i}
name: Anwendung ${i}
layer: ${layers[i % 7]}
category: ${cats[i % cats.length]}
criticality: ${['normal', 'high', 'very-high'][i % 3]}
vendor: vendor-${i % 200}
licence: {spdx: ${['EUPL-1.2', 'LicenseRef-proprietary', 'GPL-3.0', 'SSPL-1.0'][i % 4]}, model: ${['open-source', 'proprietary', 'open-source', 'open-source'][i % 4]}}
deployment: {model: ${['on-premises', 'saas', 'municipal-it'][i % 3]}, sites: [site-${i % 20}], operator: vendor-${(i + 1) % 200}}
data: [data-${i % 30}]
interfaces:
  - {standard: ${['odf', 'ooxml', 'imap', 'oidc'][i % 4]}, role: ${['default-format', 'api', 'transport', 'auth'][i % 4]}}
contract: contract-${i % 50}
users: ${(i * 37) % 900}
lastReviewed: 2026-0${(i % 9) + 1}-15
`);
    }
    fs.writeFileSync(path.join(land, 'apps', `apps-${String(f).padStart(4, '0')}.yaml`), docs.join('---\n'));
  }
}

function time<T>(label: string, fn: () => T): T {
  const t0 = process.hrtime.bigint();
  const r = fn();
  console.log(`${label.padEnd(44)} ${(Number(process.hrtime.bigint() - t0) / 1e6).toFixed(0).padStart(7)} ms`);
  return r;
}

function main(): void {
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sova-bench-'));
try {
  generate(dir);
  console.log(`landscape: ${N} applications in ${Math.ceil(N / PER_FILE)} files (${dir})`);
  const ws = time('load from disk (parse)', () => openWorkspace(dir));
  const first = time('first audit (schema validation + rules)', () => audit(ws, { asOf: '2026-11-23' }));
  console.log(`findings: ${first.findings.length}`);
  time('re-audit, nothing changed (warm caches)', () => audit(ws, { asOf: '2026-11-23' }));
  const file = path.join(dir, 'landscape', 'apps', 'apps-0000.yaml');
  const text = ws.source(file)!.text;
  const samples: number[] = [];
  for (let k = 0; k < 5; k++) {
    const t0 = process.hrtime.bigint();
    ws.setText(file, text.replace('users: 0', `users: ${k + 1}`));
    audit(ws, { asOf: '2026-11-23' });
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  samples.sort((a, b) => a - b);
  console.log(`${'keystroke: edit one file + re-audit (median of 5)'.padEnd(44)} ${samples[2].toFixed(0).padStart(7)} ms`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
}

if (require.main === module) main();
