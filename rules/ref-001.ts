import { defineRule } from '../engine/rule';
import { referencesOf } from '../engine/model';
import { replaceValue, withLineEnds } from '../engine/edits';
import { nearest } from '../engine/text';
import { didYouMean, q } from '../engine/i18n';
import type { Kind } from '../engine/types';

export default defineRule({
  meta: {
    id: 'REF-001',
    title: { de: 'Verweis auf eine unbekannte id', en: 'Reference to an unknown id' },
    messages: {
      default: { de: 'Kein {kind} mit der id {id} in der Landschaft{hint}.', en: 'No {kind} with the id {id} in the landscape{hint}.' },
    },
    severity: 'error',
    facet: 'integrity',
    rationale: {
      de: 'Ein Verweis ins Leere verschweigt Informationen: Ein Hersteller, Standort oder eine Datenkategorie, die nicht beschrieben ist, kann nicht geprüft werden, und die Regeln, die ihn brauchen, bleiben stumm. Standards lösen auch gegen den mitgelieferten Katalog auf.',
      en: 'A dangling reference hides information: a vendor, site or data category that is not described cannot be checked, and the rules that need it stay quiet. Standards also resolve against the shipped catalogue.',
    },
    sources: ['sova landscape format sova/v1: references are plain ids, the field says the kind'],
    fixes: [
      { de: 'Durch die nächstliegende vorhandene id ersetzen', en: 'Replace with the nearest existing id' },
      { de: 'Ein Stub-Dokument dieser Art mit der id am Ende der Datei anlegen', en: 'Create a stub document of that kind with the id at the end of the file' },
    ],
    examples: { bad: 'vendor: acme-gmbh   # no Party acme-gmbh', good: 'vendor: acme   # a Party with id acme exists' },
  },
  check(entity, ctx) {
    if (entity.builtin) return;
    for (const ref of referencesOf(entity.kind, entity.data)) {
      if (ctx.landscape.get(ref.field.target, ref.id)) continue;
      const near = nearest(ref.id, ctx.landscape.ids(ref.field.target), 3);
      const hint = didYouMean(near[0], ctx.locale);
      const fixes = near.map((to) => ctx.fix({ de: 'Ersetzen durch {to}', en: 'Replace with {to}' }, replaceValue(entity, ref.path, to), { to: q(to, ctx.locale) }));
      fixes.push(ctx.fix({ de: '{kind} {id} als neues Dokument anlegen', en: 'Create {kind} {id} as a new document' }, [stub(entity, ref.field.target, ref.id)], { kind: ref.field.target, id: q(ref.id, ctx.locale) }));
      if (near.length === 1) fixes[0]!.preferred = true;
      ctx.report({ entity, path: ref.path, params: { kind: ref.field.target, id: q(ref.id, ctx.locale), hint }, fixes });
    }
  },
});

/** A new document appended at the end of the file; its name says it must be completed. */
function stub(entity: import('../engine/document').Entity, kind: Kind, id: string) {
  const src = entity.source;
  const text = src.text;
  const sep = text.endsWith('\n') ? '' : '\n';
  const end = src.position(text.length);
  const newText = `${sep}---\napiVersion: sova/v1\nkind: ${kind}\nid: ${id}\nname: ${id} # TODO: describe this ${kind}\n`;
  return { file: entity.file, range: { start: end, end }, newText: withLineEnds(text, newText) };
}
