// Locates the files shipped with sova (schemas, catalogues) from the compiled (out/engine) or bundled (dist) code.
import * as fs from 'node:fs';
import * as path from 'node:path';

let root: string | undefined;

/** The folder holding `schemas/` and `rules/catalogues/`: the package root. */
export function packageRoot(): string {
  if (root) return root;
  let dir = __dirname;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'schemas', 'application.schema.json'))) return (root = dir);
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`sova: cannot find its schemas/ folder above ${__dirname}`);
    dir = up;
  }
}

export function readJsonAsset(...parts: string[]): any {
  return JSON.parse(fs.readFileSync(path.join(packageRoot(), ...parts), 'utf8'));
}

export const VERSION: string = readJsonAsset('package.json').version;
