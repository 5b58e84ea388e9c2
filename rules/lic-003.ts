import { defineRule } from '../engine/rule';
import { replaceInScalar } from '../engine/edits';
import { deprecatedUses, parseLicence } from '../engine/licence';
import { q, list } from '../engine/i18n';

export default defineRule({
  meta: {
    id: 'LIC-003',
    title: { de: 'Veraltete SPDX-Kennung', en: 'Deprecated SPDX id' },
    messages: {
      noReplacement: { de: 'Die SPDX-Kennung {id} ist veraltet; die SPDX-Liste nennt keinen einzelnen Ersatz. Bitte die tatsächlich geltende Lizenz angeben.', en: 'The SPDX id {id} is deprecated; the SPDX list names no single replacement. Please give the licence that actually applies.' },
      default: { de: 'Die SPDX-Kennung {id} ist veraltet; ersetzen durch {replacements}.', en: 'The SPDX id {id} is deprecated; replace it with {replacements}.' },
    },
    severity: 'warning', facet: 'T', objective: 'SOV-6', cap: 3,
    rationale: {
      de: 'Veraltete Kennungen wie GPL-3.0 oder GPL-2.0+ sind mehrdeutig; die SPDX-Liste hat sie durch eindeutige -only- und -or-later-Formen ersetzt. Für die Weiterverwendung und Weitergabe an andere Verwaltungen macht der Unterschied viel aus.',
      en: 'Deprecated ids such as GPL-3.0 or GPL-2.0+ are ambiguous; the SPDX list replaced them by unambiguous -only and -or-later forms. For reuse and sharing with other administrations the difference matters.',
    },
    sources: ['SPDX License List (isDeprecatedLicenseId)', 'SPDX Specification, Annex D'],
    fixes: [{ de: 'Die -only- und die -or-later-Form, beide angeboten', en: 'The -only and -or-later forms, both offered' }],
    examples: { bad: 'licence: {spdx: GPL-3.0}', good: 'licence: {spdx: GPL-3.0-or-later}' },
  },
  kinds: ['Application'],
  check(app, ctx) {
    const spdx = app.data.licence?.spdx;
    if (typeof spdx !== 'string' || !parseLicence(spdx).ok) return;
    for (const use of deprecatedUses(spdx)) {
      ctx.report({
        entity: app, path: ['licence', 'spdx'], tags: ['deprecated'], messageId: use.replacements.length ? 'default' : 'noReplacement',
        params: { id: q(use.id, ctx.locale), replacements: list(use.replacements, ctx.locale) },
        fixes: use.replacements.map((to) => ctx.fix({ de: '{from} ersetzen durch {to}', en: 'Replace {from} with {to}' }, replaceInScalar(app, ['licence', 'spdx'], use.offset, use.length, to), { from: use.id, to }, { needsChoice: use.replacements.length > 1, preferred: use.replacements.length === 1 })),
      });
    }
  },
});
