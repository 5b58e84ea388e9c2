// The shipped catalogues as the engine sees them: the standards catalogue parsed like a landscape
// file (its entries resolve references the landscape does not declare), and their versions.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SourceFile } from './document';
import { readSource } from './workspace';
import { catalogueVersions, standardsCatalogueFile } from './catalogues';
import { SPDX_LIST_VERSION } from './licence';

let shipped: SourceFile | undefined;
const extra = new Map<string, { mtimeMs: number; source: SourceFile }>();

/** The shipped standards catalogue plus the config's extra standards files (relative to the root). */
export function builtinFiles(root: string, extraFiles: string[]): SourceFile[] {
  shipped ??= markBuiltin(readSource(standardsCatalogueFile()));
  const out = [shipped];
  for (const rel of extraFiles) {
    const file = path.resolve(root, rel);
    let mtimeMs = -1;
    try {
      mtimeMs = fs.statSync(file).mtimeMs;
    } catch {
      continue;
    }
    let cached = extra.get(file);
    if (!cached || cached.mtimeMs !== mtimeMs) extra.set(file, (cached = { mtimeMs, source: markBuiltin(readSource(file)) }));
    out.push(cached.source);
  }
  return out;
}

function markBuiltin(src: SourceFile): SourceFile {
  for (const e of src.entities) e.builtin = true;
  return src;
}

export interface CatalogueInfo { spdx: string; standards: string; endOfLife: string; countries: string }

export function catalogueInfo(): CatalogueInfo {
  return { spdx: SPDX_LIST_VERSION, ...catalogueVersions() };
}
