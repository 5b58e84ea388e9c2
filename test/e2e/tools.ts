// What the real-editor tests need from the machine and the repository: the tools that
// scripts/setup-e2e.sh installs into .tools/, the bundled and packaged extension, temp folders.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';

/** The repository root (the folder holding scripts/setup-e2e.sh), found from the compiled file in out/. */
export function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'scripts', 'setup-e2e.sh'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`no scripts/setup-e2e.sh above ${__dirname}`);
    dir = up;
  }
  return dir;
}

export interface Tools { node24: string; codeServer: string; codeServerVersion: string; chromium: string }

/** The tools of .tools/e2e.env (or $SOVA_E2E_TOOLS/e2e.env), or the reason they cannot be used. */
export function readTools(root = repoRoot()): Tools | string {
  const envFile = path.join(process.env.SOVA_E2E_TOOLS || path.join(root, '.tools'), 'e2e.env');
  if (!fs.existsSync(envFile)) return `${envFile} missing: run \`bash scripts/setup-e2e.sh\` (installs chromium, Node 24 and code-server into .tools/)`;
  const env: Record<string, string> = {};
  for (const line of fs.readFileSync(envFile, 'utf8').split('\n')) {
    const m = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (m) env[m[1]] = m[2];
  }
  const tools = { node24: env.NODE24, codeServer: env.CODE_SERVER, codeServerVersion: env.CODE_SERVER_VERSION, chromium: env.CHROMIUM };
  for (const [name, file] of Object.entries(tools)) {
    if (name !== 'codeServerVersion' && (!file || !fs.existsSync(file))) return `${name} (${file || 'unset'}) from .tools/e2e.env not found: run \`bash scripts/setup-e2e.sh\` again`;
  }
  return tools;
}

export function makeTempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A fresh copy of a sample landscape (the tests edit it). */
export function copySample(root: string, sample: string, into: string): string {
  const dest = path.join(into, sample);
  fs.cpSync(path.join(root, 'samples', sample), dest, { recursive: true });
  return dest;
}

/** Bundles the extension and the server (dist/) and packages a .vsix at `out`; returns the time taken. */
export function buildVsix(root: string, out: string): number {
  const t0 = Date.now();
  execFileSync(process.execPath, ['scripts/bundle.js'], { cwd: root, stdio: 'pipe' });
  execFileSync(process.execPath, ['scripts/package.js', '--out', out], { cwd: root, stdio: 'pipe' });
  if (!fs.existsSync(out)) throw new Error(`packaging made no ${out}`);
  return Date.now() - t0;
}

/** Folder for screenshots and logs kept after a run (git-ignored). */
export function artifactsDir(root: string): string {
  const dir = path.join(root, 'test-artifacts');
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** Polls `probe` every `everyMs` until it returns a truthy value or `timeoutMs` has passed. */
export async function waitFor<T>(what: string, timeoutMs: number, probe: () => T | undefined | null | false | Promise<T | undefined | null | false>, everyMs = 200): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
