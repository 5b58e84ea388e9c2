// Running the CLI in-process (`main(argv, io)`) and temporary copies of landscapes for CLI tests.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../cli/main';
import type { Io } from '../cli/main';
import { packageRoot } from '../engine/assets';

export interface Run { code: number; out: string; err: string }

export function sova(argv: string[], cwd: string, io: Partial<Io> = {}): Run {
  let out = '';
  let err = '';
  const code = main(argv, { out: (s) => { out += s; }, err: (s) => { err += s; }, cwd, isTty: false, errIsTty: false, ...io });
  return { code, out, err };
}

export const SAMPLE = path.join(packageRoot(), 'samples', 'musterstadt');
export const AS_OF = '2026-11-23';
/** A fixed documentation base so that reports contain no path of this machine. */
export const DOCS_URL = 'https://sova.example/docs/rules/';

export function tempDir(prefix = 'sova-cli-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A copy of a folder in a new temporary directory; returns the copy's path. */
export function copyDir(from: string): string {
  const to = path.join(tempDir(), path.basename(from));
  fs.cpSync(from, to, { recursive: true });
  return to;
}

/** Writes files (relative path → text) under `root`. */
export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    const file = path.join(root, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
}

/** Every file under `root` (relative, forward slashes) → text. */
export function readTree(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else out[path.relative(root, full).split(path.sep).join('/')] = fs.readFileSync(full, 'utf8');
    }
  };
  walk(root);
  return out;
}
