import { defineRule } from '../engine/rule';
import { replaceValue } from '../engine/edits';
import { parseLicence, suggestLicences } from '../engine/licence';
import { didYouMean, q } from '../engine/i18n';

export default defineRule({
  meta: {
    id: 'LIC-002',
    title: { de: 'Keine gültige SPDX-Lizenzangabe', en: 'Not a valid SPDX licence expression' },
    messages: {
      default: { de: '{value} ist kein gültiger SPDX-Lizenzausdruck{hint}.', en: '{value} is not a valid SPDX licence expression{hint}.' },
    },
    severity: 'error', facet: 'T', objective: 'SOV-6', cap: 1,
    rationale: {
      de: 'Nur eine eindeutige SPDX-Angabe lässt sich maschinell prüfen (OSI-Freigabe, Positivliste, veraltete Kennungen) und zwischen Verwaltungen vergleichen. „GPL“ oder „Apache-Lizenz“ lassen offen, welche Version und welche Rechte gelten.',
      en: "Only an unambiguous SPDX expression can be checked by machine (OSI approval, allow list, deprecated ids) and compared between administrations. 'GPL' or 'Apache licence' leave open which version and which rights apply.",
    },
    sources: ['SPDX Specification, Annex D: SPDX license expressions', 'SPDX License List'],
    fixes: [{ de: 'Vorschläge in Rangfolge, jeder als eigene Aktion; nie ohne Auswahl durch den Nutzer angewendet (auch nicht von --fix)', en: 'Ranked suggestions, each its own action; never applied without the user\'s choice (not by --fix either)' }],
    examples: { bad: 'licence: {spdx: "GPLv2+CPE"}', good: 'licence: {spdx: GPL-2.0-only WITH Classpath-exception-2.0}' },
  },
  kinds: ['Application'],
  check(app, ctx) {
    const spdx = app.data.licence?.spdx;
    if (typeof spdx !== 'string' || parseLicence(spdx).ok) return;
    const { suggestions, ranked } = suggestLicences(spdx);
    const hint = !suggestions.length ? '' : ranked
      ? didYouMean(suggestions[0].expression, ctx.locale)
      : (ctx.locale === 'de' ? ` – mehrdeutig, bitte wählen: ${suggestions.map((s) => s.expression).join(', ')}` : ` – ambiguous, please choose: ${suggestions.map((s) => s.expression).join(', ')}`);
    ctx.report({
      entity: app, path: ['licence', 'spdx'], params: { value: q(spdx, ctx.locale), hint },
      fixes: suggestions.map((s) => ctx.fix({ de: 'Lizenz auf {to} setzen', en: 'Set licence to {to}' }, replaceValue(app, ['licence', 'spdx'], s.expression), { to: s.expression }, { needsChoice: true })),
    });
  },
});
