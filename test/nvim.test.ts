// Neovim's built-in LSP client (Debian's 0.7.2) against the built server, headless: diagnostics,
// a code action applied to the buffer, completion. Skipped, visibly, when nvim is not installed.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const REPO = path.resolve(__dirname, '..', '..');
const SERVER = path.join(REPO, 'out', 'server', 'main.js');
const SCRIPT = path.join(REPO, 'test', 'nvim', 'lsp.lua');

const FIXTURE = `# Neovim-Test: ein Hersteller und ein Fachverfahren mit einem Tippfehler
apiVersion: sova/v1
kind: Party
id: nvim-vendor
name: Nvim Vendor
country: DE
---
apiVersion: sova/v1
kind: Application
id: nvim-app
name: Nvim App
vendor: nvim-vendor   # Hersteller
layr: specialist-app  # Schicht laut Marktanalyse
licence: {spdx: MIT, model: open-source}
`;

function nvimAvailable(): boolean {
  const r = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  return !r.error && r.status === 0;
}

describe('Neovim (headless) as LSP client', function () {
  this.timeout(90000);
  let tmp: string;

  before(function () {
    if (!nvimAvailable()) {
      console.log('      skipping the Neovim test: nvim is not installed (apt-get install -y neovim)');
      this.skip();
    }
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sova-nvim-'));
  });

  after(function () {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('shows diagnostics, applies a quick fix and completes ids', async function () {
    const root = path.join(tmp, 'musterstadt');
    fs.cpSync(path.join(REPO, 'samples', 'musterstadt'), root, { recursive: true });
    const file = path.join(root, 'landscape', 'nvim-test.yaml');
    fs.writeFileSync(file, FIXTURE);
    const xdg = (name: string) => {
      const dir = path.join(tmp, 'xdg', name);
      fs.mkdirSync(dir, { recursive: true });
      return dir;
    };
    const env = {
      ...process.env,
      XDG_CONFIG_HOME: xdg('config'), XDG_DATA_HOME: xdg('data'), XDG_STATE_HOME: xdg('state'), XDG_CACHE_HOME: xdg('cache'),
      SOVA_NODE: process.execPath, SOVA_SERVER: SERVER, SOVA_ROOT: root, SOVA_FILE: file,
    };
    const proc = spawn('timeout', ['60', 'nvim', '--headless', '--clean', '-u', 'NONE', '-c', `luafile ${SCRIPT}`], { env, stdio: ['ignore', 'pipe', 'pipe'], cwd: root });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (d) => (stdout += d));
    proc.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => proc.on('exit', resolve));
    const lines = stdout.split('\n').map((l) => l.trim()).filter(Boolean);
    const log = () => {
      const lspLog = path.join(tmp, 'xdg', 'cache', 'nvim', 'lsp.log');
      return `stdout:\n${stdout}\nstderr:\n${stderr}\nlsp.log:\n${fs.existsSync(lspLog) ? fs.readFileSync(lspLog, 'utf8').slice(-3000) : '(none)'}`;
    };
    assert.equal(code, 0, log());
    assert.ok(lines.some((l) => l.startsWith('STARTED ')), log());
    assert.ok(lines.some((l) => l === "DIAG SCHEMA 12 Unknown field 'layr' – did you mean 'layer'. Unknown fields would silently disable rules; custom fields start with 'x-'."), log());
    assert.ok(lines.includes("ACTION Rename to 'layer' (preferred)"), log());
    assert.ok(lines.includes('ACTION Show documentation of SCHEMA'), log());
    assert.ok(lines.includes('LINE layer: specialist-app  # Schicht laut Marktanalyse'), log());
    assert.ok(lines.includes('FIXED SCHEMA'), log());
    const completion = lines.find((l) => l.startsWith('COMPLETION '));
    assert.ok(completion, log());
    const ids = completion.slice('COMPLETION '.length).split(',');
    assert.ok(ids.includes('nvim-vendor') && ids.includes('stadt-musterstadt'), completion);
    assert.ok(lines.some((l) => l.startsWith('HOVER ') && l.includes('Id of the Party that makes the product')), log());
    assert.equal(lines[lines.length - 1], 'DONE', log());
  });
});
