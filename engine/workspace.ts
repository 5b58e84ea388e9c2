// A workspace: its root, its config, and the parsed landscape files (cached by content).
import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { CONFIG_FILE, parseConfig } from './config';
import type { LoadedConfig } from './config';
import { LIMITS, SourceFile } from './document';

const SKIP_DIRS = new Set(['node_modules', '.git', 'out', 'dist']);

/** Reads a file's bytes into a SourceFile; size and encoding problems become positioned parse problems. */
export function readSource(file: string, bytes?: Buffer): SourceFile {
  let buf: Buffer;
  try {
    buf = bytes ?? fs.readFileSync(file);
  } catch (err) {
    return failed(file, 'structure', `cannot read the file: ${(err as Error).message}`);
  }
  if (buf.length > LIMITS.maxFileBytes) {
    return failed(file, 'size', `file is ${buf.length} bytes, more than the limit of ${LIMITS.maxFileBytes}`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buf); // keep the BOM: fromText records it
  } catch {
    const lossy = buf.toString('utf8');
    const src = new SourceFile(file, '');
    const at = lossy.indexOf('\uFFFD');
    const before = lossy.slice(0, at);
    const line = before.split('\n').length - 1;
    const character = at - (before.lastIndexOf('\n') + 1);
    src.problems.push({ code: 'encoding', message: 'the file is not valid UTF-8', range: { start: { line, character }, end: { line, character: character + 1 } } });
    return src;
  }
  return fromText(file, text);
}

export function fromText(file: string, text: string): SourceFile {
  const bom = text.charCodeAt(0) === 0xfeff;
  if (bom) text = text.slice(1);
  if (text.length > LIMITS.maxFileBytes) return failed(file, 'size', `file is larger than the limit of ${LIMITS.maxFileBytes} bytes`);
  const src = new SourceFile(file, text);
  src.bom = bom;
  return src;
}

function failed(file: string, code: 'size' | 'structure', message: string): SourceFile {
  const src = new SourceFile(file, '');
  src.problems.push({ code, message, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
  return src;
}

/** Is `file` inside the folder `root` (a folder named `..x` inside it counts as inside)? */
export function isInside(root: string, file: string): boolean {
  const rel = path.relative(root, file);
  return rel !== '..' && !rel.startsWith('..' + path.sep) && !path.isAbsolute(rel);
}

export class Workspace {
  private readonly sources = new Map<string, SourceFile>();
  loaded!: LoadedConfig;
  private match!: (rel: string) => boolean;

  constructor(readonly root: string, private readonly knownRuleIds: Set<string>) {
    this.root = path.resolve(root);
  }

  get configFile(): string {
    return path.join(this.root, CONFIG_FILE);
  }

  /** (Re)reads the config from `text`, or from disk when omitted. */
  setConfigText(text?: string | null): void {
    if (text === undefined) {
      try {
        text = fs.readFileSync(this.configFile, 'utf8');
      } catch {
        text = null;
      }
    }
    this.loaded = parseConfig(this.configFile, text ?? undefined, this.knownRuleIds);
    const { include, exclude } = this.loaded.config;
    const inc = picomatch(include, { dot: true });
    const exc = exclude.length ? picomatch(exclude, { dot: true }) : () => false;
    this.match = (rel) => /\.ya?ml$/i.test(rel) && inc(rel) && !exc(rel);
  }

  /** Is this absolute path a landscape file of this workspace (inside the include globs)? */
  includes(file: string): boolean {
    const rel = path.relative(this.root, file);
    if (!rel || !isInside(this.root, file)) return false;
    const posix = rel.split(path.sep).join('/');
    return posix !== CONFIG_FILE && this.match(posix);
  }

  /** Reads the config and every included file from disk. */
  loadFromDisk(): this {
    this.setConfigText();
    this.sources.clear();
    for (const file of this.discover()) this.sources.set(file, readSource(file));
    return this;
  }

  /** All files under the root matched by include/exclude (sorted for stable output). */
  discover(): string[] {
    const out: string[] = [];
    const walk = (dir: string, depth: number) => {
      if (depth > 40) return;
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) {
          if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) walk(full, depth + 1);
        } else if (e.isFile() && this.includes(full)) out.push(full);
      }
    };
    walk(this.root, 0);
    return out.sort();
  }

  /** Sets a file's current text (an editor buffer). Returns false when the file is not a landscape file. */
  setText(file: string, text: string): boolean {
    if (!this.includes(file)) return false;
    const prev = this.sources.get(file);
    if (prev && prev.text === text) return true;
    this.sources.set(file, fromText(file, text));
    return true;
  }

  /** Re-reads one file from disk (a change on disk). */
  refresh(file: string): void {
    if (!this.includes(file)) return;
    if (fs.existsSync(file)) this.sources.set(file, readSource(file));
    else this.sources.delete(file);
  }

  remove(file: string): void {
    this.sources.delete(file);
  }

  source(file: string): SourceFile | undefined {
    return this.sources.get(file);
  }

  files(): SourceFile[] {
    return [...this.sources.values()];
  }
}
