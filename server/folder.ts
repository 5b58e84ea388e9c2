// One workspace folder: its engine Workspace (config + files, open buffers included), its settings,
// the last audit and what was published from it. Holds no protocol code.
import { relativePath, RULE_IDS, Workspace } from '../engine';
import { isInside } from '../engine/workspace';
import type { AuditResult } from '../engine';
import { Landscape } from '../engine/landscape';
import { builtinFiles } from '../engine/builtin';
import type { FileDiagnostics } from './services/diagnostics';
import type { Settings } from './settings';
import { DEFAULT_SETTINGS } from './settings';

export class Folder {
  readonly ws: Workspace;
  settings: Settings = DEFAULT_SETTINGS;
  /** The last audit; undefined until the first one is done. */
  result?: AuditResult;
  /** Per file: the published diagnostics and the findings behind them (the code-action cache). */
  cache = new Map<string, FileDiagnostics>();
  /** Per file: the JSON of the diagnostics last published (to publish only what changed). */
  readonly published = new Map<string, string>();
  /** Per open file: the document version the last audit read. */
  auditVersions = new Map<string, number>();
  /** Resolves when the folder's settings are read and its files indexed. */
  ready: Promise<void> = Promise.resolve();
  timer?: NodeJS.Timeout;
  /** Bumped on every change of a text or of the config, to know when the audit or the index is stale. */
  generation = 0;
  auditedGeneration = -1;
  private index?: { generation: number; landscape: Landscape };

  constructor(readonly uri: string, readonly name: string, readonly root: string) {
    this.ws = new Workspace(root, RULE_IDS);
    this.ws.setConfigText(null); // defaults until loaded
  }

  contains(file: string): boolean {
    return isInside(this.root, file);
  }

  isConfigFile(file: string): boolean {
    return file === this.ws.configFile;
  }

  get stale(): boolean {
    return this.auditedGeneration !== this.generation;
  }

  /** The index of the folder's current texts (the last audit's when nothing changed since). */
  landscape(): Landscape {
    if (this.result && !this.stale) return this.result.landscape;
    if (this.index?.generation === this.generation) return this.index.landscape;
    const landscape = new Landscape(this.ws.files(), builtinFiles(this.root, this.ws.loaded.config.catalogues.standards));
    this.index = { generation: this.generation, landscape };
    return landscape;
  }

  /** A path relative to the folder, for messages. */
  display(file: string): string {
    return isInside(this.root, file) ? relativePath(this, file) : file;
  }
}
