import { defineRule } from '../engine/rule';
import { isAllowedBy, parseLicence } from '../engine/licence';
import { q } from '../engine/i18n';

export default defineRule({
  meta: {
    id: 'LIC-006',
    title: { de: 'Lizenz nicht auf der Positivliste', en: 'Licence not on the allow list' },
    messages: { default: { de: 'Die Lizenz {spdx} ist nach policy.licenceAllowList nicht zulässig (erlaubt: {allowed}).', en: 'The licence {spdx} is not allowed by policy.licenceAllowList (allowed: {allowed}).' } },
    severity: 'error', facet: 'T', objective: 'SOV-6', cap: 2,
    rationale: {
      de: 'Eine Positivliste macht die Lizenzstrategie der Kommune prüfbar. Geprüft wird mit SPDX-Semantik: „MIT OR SSPL-1.0“ ist zulässig, wenn MIT es ist, denn die Kommune kann MIT wählen; bei AND müssen alle Teile zulässig sein. Nur aktiv, wenn die Liste gesetzt ist.',
      en: "An allow list makes the municipality's licence strategy checkable. It is checked with SPDX semantics: 'MIT OR SSPL-1.0' is allowed if MIT is, since the municipality may choose MIT; with AND every part must be allowed. Active only when the list is set.",
    },
    sources: ['SPDX Specification, Annex D (license expression semantics)', 'sova.config.yaml policy.licenceAllowList'],
    fixes: [],
    examples: { bad: 'policy: {licenceAllowList: [EUPL-1.2, MIT]}\n# …\nlicence: {spdx: SSPL-1.0}', good: 'licence: {spdx: MIT OR SSPL-1.0}' },
  },
  kinds: ['Application'],
  check(app, ctx) {
    const allow = ctx.policy.licenceAllowList;
    const spdx = app.data.licence?.spdx;
    if (!allow || typeof spdx !== 'string' || !parseLicence(spdx).ok || isAllowedBy(spdx, allow)) return;
    ctx.report({ entity: app, path: ['licence', 'spdx'], params: { spdx: q(spdx, ctx.locale), allowed: allow.join(', ') } });
  },
});
