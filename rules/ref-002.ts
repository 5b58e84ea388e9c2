import { defineRule } from '../engine/rule';
import { q } from '../engine/i18n';

export default defineRule({
  meta: {
    id: 'REF-002',
    title: { de: 'id mehrfach vergeben', en: 'Duplicate id' },
    messages: {
      default: { de: 'Die id {id} ist für {kind} {count}-mal vergeben; Verweise darauf sind mehrdeutig.', en: 'The id {id} is declared {count} times for {kind}; references to it are ambiguous.' },
    },
    /** Parts of messages, not messages of their own. */
    fragments: {
      other: { de: 'ebenfalls hier deklariert', en: 'also declared here' },
    },
    severity: 'error',
    facet: 'integrity',
    rationale: {
      de: 'Ids sind je Art in der ganzen Landschaft eindeutig. Eine doppelte id macht Verweise mehrdeutig: Welche Beschreibung gilt, hinge von der Reihenfolge der Dateien ab.',
      en: 'Ids are unique per kind across the whole landscape. A duplicate makes references ambiguous: which description applies would depend on the order of the files.',
    },
    sources: ['sova landscape format sova/v1: id unique per kind across the whole landscape'],
    fixes: [],
  },
  checkLandscape(ctx) {
    for (const list of ctx.landscape.duplicates()) {
      for (const e of list) {
        const others = list.filter((o) => o !== e);
        ctx.report({
          entity: e, path: ['id'],
          params: { id: q(e.id, ctx.locale), kind: e.kind, count: list.length },
          related: others.map((o) => ({ entity: o, path: ['id'], at: 'value' as const, message: ctx.message('other') })),
        });
      }
    }
  },
});
