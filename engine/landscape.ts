// The cross-file index of a landscape: entities by kind and id, built in one linear pass per audit.
import type { Entity, SourceFile } from './document';
import { isKnownKind } from './document';
import { validateEntity } from './schema';

export class Landscape {
  /** kind → id → every declaring entity (more than one = REF-002), landscape entities only. */
  private readonly byKind = new Map<string, Map<string, Entity[]>>();
  /** Shipped catalogue entries (standards), used where the landscape declares no entity of that id. */
  private readonly builtin = new Map<string, Map<string, Entity>>();
  readonly entities: Entity[] = [];
  /**
   * Identity of what this landscape's documents other than Applications are (with the config, the
   * as-of date and the catalogues). Memos of values that depend only on one application and those
   * documents key on it, so they live across audits while only applications change. Default: this
   * landscape; the audit sets it to its rule cache while that is valid.
   */
  epoch: object = this;

  constructor(files: Iterable<SourceFile>, builtinFiles: Iterable<SourceFile> = []) {
    for (const f of builtinFiles) {
      for (const e of f.entities) {
        validateEntity(e);
        if (!isKnownKind(e.kind) || !e.id) continue;
        let m = this.builtin.get(e.kind);
        if (!m) this.builtin.set(e.kind, (m = new Map()));
        m.set(e.id, e);
      }
    }
    for (const f of files) {
      for (const e of f.entities) {
        validateEntity(e);
        this.entities.push(e);
        if (!isKnownKind(e.kind) || !e.id) continue;
        let m = this.byKind.get(e.kind);
        if (!m) this.byKind.set(e.kind, (m = new Map()));
        const list = m.get(e.id);
        if (list) list.push(e); else m.set(e.id, [e]);
      }
    }
  }

  /** The entity of that kind and id (the first declaration; for standards, else the catalogue's). */
  get(kind: string, id: string | undefined): Entity | undefined {
    if (!id) return undefined;
    return this.byKind.get(kind)?.get(id)?.[0] ?? this.builtin.get(kind)?.get(id);
  }

  /** Every declaration of an id (landscape only). */
  declarations(kind: string, id: string): Entity[] {
    return this.byKind.get(kind)?.get(id) ?? [];
  }

  /** Landscape entities of a kind, in file order. */
  all(kind: string): Entity[] {
    const m = this.byKind.get(kind);
    if (!m) return [];
    const out: Entity[] = [];
    for (const list of m.values()) out.push(...list);
    return out;
  }

  /** Ids known for a kind: declared in the landscape or shipped (for completion and "did you mean"). */
  ids(kind: string): string[] {
    return [...new Set([...(this.byKind.get(kind)?.keys() ?? []), ...(this.builtin.get(kind)?.keys() ?? [])])];
  }

  builtinEntities(kind: string): Entity[] {
    return [...(this.builtin.get(kind)?.values() ?? [])];
  }

  duplicates(): Entity[][] {
    const out: Entity[][] = [];
    for (const m of this.byKind.values()) for (const list of m.values()) if (list.length > 1) out.push(list);
    return out;
  }
}
