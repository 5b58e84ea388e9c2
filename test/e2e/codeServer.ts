// code-server (VS Code in the browser) run with Node 24 from .tools/: install a .vsix, start, stop.
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import type { Tools } from './tools';
import { waitFor } from './tools';

export interface CodeServer {
  port: number;
  url: string;
  extensionsDir: string;
  log: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** XDG folders inside `home` so code-server neither reads nor writes the user's own configuration. */
function isolatedEnv(home: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const [k, sub] of [['XDG_CONFIG_HOME', 'config'], ['XDG_DATA_HOME', 'data'], ['XDG_CACHE_HOME', 'cache'], ['XDG_RUNTIME_DIR', 'run']] as const) {
    env[k] = path.join(home, sub);
    fs.mkdirSync(env[k]!, { recursive: true, mode: 0o700 });
  }
  delete env.VSCODE_IPC_HOOK_CLI;
  return env;
}

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'security.workspace.trust.enabled': false,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'files.autoSave': 'off',
  'editor.lightbulb.enabled': 'on',
};

export interface StartOptions {
  home: string;
  /** Extra environment for the server and the extension hosts it starts. */
  env?: Record<string, string>;
  /** Lets a window run extension tests given in the `payload` URL parameter. */
  smokeTestDriver?: boolean;
}

export function installExtension(tools: Tools, home: string, vsix: string): string {
  const extensionsDir = path.join(home, 'extensions');
  const out = execFileSync(tools.node24, [tools.codeServer, '--install-extension', vsix, '--extensions-dir', extensionsDir, '--user-data-dir', path.join(home, 'user-data')], {
    env: isolatedEnv(home), encoding: 'utf8', timeout: 120_000,
  });
  if (!/successfully installed/i.test(out)) throw new Error(`code-server --install-extension: ${out}`);
  return extensionsDir;
}

export async function startCodeServer(tools: Tools, opts: StartOptions): Promise<CodeServer> {
  const port = await freePort();
  const userData = path.join(opts.home, 'user-data');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  const extensionsDir = path.join(opts.home, 'extensions');
  const log = path.join(opts.home, 'code-server.log');
  const logFd = fs.openSync(log, 'a');
  const args = [
    tools.codeServer, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', '--extensions-dir', extensionsDir, '--user-data-dir', userData,
  ];
  if (opts.smokeTestDriver) args.push('--vscode-option', 'enable-smoke-test-driver');
  const child: ChildProcess = spawn(tools.node24, args, { env: isolatedEnv(opts.home, opts.env), stdio: ['ignore', logFd, logFd], detached: true });
  fs.closeSync(logFd);
  let exited: string | undefined;
  child.on('exit', (code, signal) => { exited = `code-server exited (${code ?? signal}); see ${log}`; });
  const url = `http://127.0.0.1:${port}`;
  await waitFor('code-server /healthz', 60_000, async () => {
    if (exited) throw new Error(exited);
    try {
      return (await fetch(`${url}/healthz`)).ok;
    } catch {
      return false;
    }
  });
  return {
    port, url, extensionsDir, log,
    stop: async () => {
      if (exited || child.pid === undefined) return;
      const gone = new Promise<void>((r) => child.once('exit', () => r()));
      try {
        process.kill(-child.pid, 'SIGTERM'); // its own process group: the server and the extension hosts it started
      } catch {
        return;
      }
      const timer = setTimeout(() => { try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* gone */ } }, 10_000);
      await gone;
      clearTimeout(timer);
    },
  };
}
