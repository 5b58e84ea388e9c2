import { defineRule } from '../engine/rule';
import { replaceValue } from '../engine/edits';
import { isOsiApproved, parseLicence } from '../engine/licence';
import { label, q } from '../engine/i18n';

export default defineRule({
  meta: {
    id: 'LIC-004',
    title: { de: 'Als Open Source geführt, aber nicht OSI-anerkannt', en: 'Listed as open source, but not OSI-approved' },
    messages: { default: { de: '{name} ist als model: open-source geführt, aber {spdx} ist keine von der OSI anerkannte Open-Source-Lizenz.', en: '{name} is listed as model: open-source, but {spdx} is not an OSI-approved open-source licence.' } },
    severity: 'warning', facet: 'T', objective: 'SOV-6', cap: 2,
    rationale: {
      de: '„Source available“-Lizenzen wie SSPL, BUSL oder Elastic License erlauben Einsicht in den Code, beschränken aber Betrieb, Weitergabe oder Wettbewerb. Sie als Open Source zu führen, überschätzt die Wechsel- und Gestaltungsfreiheit der Kommune.',
      en: "'Source available' licences such as SSPL, BUSL or the Elastic License allow reading the code but restrict operation, sharing or competition. Listing them as open source overstates the municipality's freedom to switch and shape.",
    },
    sources: ['Open Source Initiative: Open Source Definition', 'SPDX License List (isOsiApproved)'],
    fixes: [{ de: '`model: source-available` setzen', en: 'Set `model: source-available`' }],
    examples: { bad: 'licence: {spdx: SSPL-1.0, model: open-source}', good: 'licence: {spdx: SSPL-1.0, model: source-available}' },
  },
  kinds: ['Application'],
  check(app, ctx) {
    const { spdx, model } = app.data.licence ?? {};
    if (model !== 'open-source' || typeof spdx !== 'string' || !parseLicence(spdx).ok || isOsiApproved(spdx)) return;
    ctx.report({
      entity: app, path: ['licence', 'model'], params: { name: label(app, ctx.locale), spdx: q(spdx, ctx.locale) },
      fixes: [ctx.fix({ de: 'model: source-available setzen', en: 'Set model: source-available' }, replaceValue(app, ['licence', 'model'], 'source-available'), undefined, { preferred: true })],
    });
  },
});
