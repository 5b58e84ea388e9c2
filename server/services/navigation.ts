// Navigation between documents by id: go to definition, find references, rename across files.
import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import type { CancellationToken, Location, Position, Range, WorkspaceEdit } from 'vscode-languageserver/node';
import type { Scalar } from 'yaml';
import type { FileEdit, Kind } from '../../engine';
import type { Entity, SourceFile } from '../../engine/document';
import { isKnownKind, nodeAt, rangeOf } from '../../engine/document';
import type { Landscape } from '../../engine/landscape';
import { referencesOf, refTargetAt } from '../../engine/model';
import { nodeAtOffset, scalarTextOffsets } from './cursor';
import type { EditTarget } from './workspaceEdit';
import { toWorkspaceEdit } from './workspaceEdit';

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** An id under the cursor: the `id` of a document (declaration) or a reference field's value. */
export interface IdAtCursor { kind: Kind; id: string; node: Scalar; src: SourceFile; role: 'declaration' | 'reference' }

export function idAt(src: SourceFile, position: Position): IdAtCursor | undefined {
  const at = nodeAtOffset(src, src.offset(position));
  if (!at || at.on !== 'value' || typeof at.node.value !== 'string' || !at.node.value) return undefined;
  const { entity, path, node } = at;
  if (path.length === 1 && path[0] === 'id' && isKnownKind(entity.kind)) return { kind: entity.kind, id: node.value as string, node, src, role: 'declaration' };
  const target = refTargetAt(entity.kind, path);
  if (target) return { kind: target, id: node.value as string, node, src, role: 'reference' };
  return undefined;
}

/** Where an entity's id is written. */
export function idRange(e: Entity): Range {
  return rangeOf(e.source, nodeAt(e.map, ['id']));
}

/** The declarations of an id: the landscape's, else the shipped catalogue's. */
export function declarationsOf(landscape: Landscape, kind: Kind, id: string): Entity[] {
  const declared = landscape.declarations(kind, id);
  if (declared.length) return declared;
  const builtin = landscape.get(kind, id);
  return builtin ? [builtin] : [];
}

export function definition(src: SourceFile, position: Position, landscape: Landscape, uriOf: (file: string) => string): Location[] {
  const at = idAt(src, position);
  if (!at) return [];
  return declarationsOf(landscape, at.kind, at.id).map((e) => ({ uri: uriOf(e.file), range: idRange(e) }));
}

interface Occurrence { file: string; source: SourceFile; node: Scalar }

/** Every place an id of a kind is written in the landscape: references, and declarations when asked. */
export function occurrences(landscape: Landscape, kind: Kind, id: string, withDeclarations: boolean, token?: CancellationToken): Occurrence[] {
  const out: Occurrence[] = [];
  for (const e of landscape.entities) {
    if (token?.isCancellationRequested) return out;
    if (withDeclarations && e.kind === kind && e.id === id) {
      const node = nodeAt(e.map, ['id']) as Scalar | undefined;
      if (node) out.push({ file: e.file, source: e.source, node });
    }
    for (const ref of referencesOf(e.kind, e.raw)) {
      if (ref.field.target !== kind || ref.id !== id) continue;
      const node = nodeAt(e.map, ref.path) as Scalar | undefined;
      if (node) out.push({ file: e.file, source: e.source, node });
    }
  }
  return out;
}

export function references(src: SourceFile, position: Position, landscape: Landscape, includeDeclaration: boolean, uriOf: (file: string) => string, token?: CancellationToken): Location[] {
  const at = idAt(src, position);
  if (!at) return [];
  const found = occurrences(landscape, at.kind, at.id, includeDeclaration, token).map((o) => ({ uri: uriOf(o.file), range: rangeOf(o.source, o.node) }));
  if (includeDeclaration && !landscape.declarations(at.kind, at.id).length) {
    const builtin = landscape.get(at.kind, at.id);
    if (builtin) found.unshift({ uri: uriOf(builtin.file), range: idRange(builtin) });
  }
  return found;
}

function textRange(src: SourceFile, node: Scalar): Range {
  const o = scalarTextOffsets(src, node)!;
  return src.range(o.start, o.end);
}

export function prepareRename(src: SourceFile, position: Position, landscape: Landscape, locale: 'de' | 'en'): { range: Range; placeholder: string } {
  const at = idAt(src, position);
  if (!at) throw new ResponseError(ErrorCodes.InvalidRequest, locale === 'de' ? 'Umbenennen geht nur für eine id oder einen Verweis auf eine id.' : 'Only an id or a reference to an id can be renamed.');
  if (!landscape.declarations(at.kind, at.id).length && landscape.get(at.kind, at.id)?.builtin) {
    throw new ResponseError(ErrorCodes.InvalidRequest, locale === 'de'
      ? `${at.id} ist ein ${at.kind} des mitgelieferten Katalogs und kann nicht umbenannt werden.`
      : `${at.id} is a ${at.kind} of the shipped catalogue and cannot be renamed.`);
  }
  return { range: textRange(src, at.node), placeholder: at.id };
}

export function rename(src: SourceFile, position: Position, newName: string, landscape: Landscape, target: EditTarget, locale: 'de' | 'en'): WorkspaceEdit {
  prepareRename(src, position, landscape, locale);
  const at = idAt(src, position)!;
  if (!ID_PATTERN.test(newName)) {
    throw new ResponseError(ErrorCodes.InvalidParams, locale === 'de'
      ? `„${newName}“ ist keine gültige id: klein geschrieben in kebab-case (a–z, 0–9, „-“, beginnt mit Buchstabe oder Ziffer, höchstens 63 Zeichen).`
      : `'${newName}' is not a valid id: lower-case kebab-case (a–z, 0–9, '-', starting with a letter or digit, at most 63 characters).`);
  }
  if (newName !== at.id && landscape.declarations(at.kind, newName).length) {
    throw new ResponseError(ErrorCodes.InvalidParams, locale === 'de' ? `Es gibt schon ein ${at.kind} mit der id ${newName}.` : `A ${at.kind} with the id ${newName} already exists.`);
  }
  const edits: FileEdit[] = occurrences(landscape, at.kind, at.id, true).map((o) => ({ file: o.file, range: textRange(o.source, o.node), newText: newName }));
  return toWorkspaceEdit(edits, target);
}
