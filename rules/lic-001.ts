import { defineRule } from '../engine/rule';
import { setAt } from '../engine/edits';
import { label } from '../engine/i18n';

export default defineRule({
  meta: {
    id: 'LIC-001',
    title: { de: 'Lizenz fehlt', en: 'Licence missing' },
    messages: { default: { de: 'Für {name} ist keine Lizenz (licence.spdx) angegeben.', en: 'No licence (licence.spdx) is given for {name}.' } },
    severity: 'error', facet: 'T', objective: 'SOV-6', cap: 1,
    rationale: {
      de: 'Ohne bekannte Lizenz lässt sich weder Offenheit noch Abhängigkeit beurteilen: Was die Kommune mit der Software darf (nutzen, ändern, weitergeben, selbst betreiben), steht in der Lizenz. Unbekannte Lizenzen sind der blinde Fleck jeder Souveränitätsbewertung.',
      en: 'Without a known licence neither openness nor dependence can be judged: what the municipality may do with the software (use, modify, share, run it itself) is set by its licence. Unknown licences are the blind spot of any sovereignty assessment.',
    },
    sources: ['KGSt-Bericht „Die Digitale Kommune gestalten“, Handlungsfeld 6 (technologische Souveränität)', 'SPDX License List', 'EU Cloud Sovereignty Framework v1.2.1, SOV-6'],
    fixes: [{ de: '`licence.spdx: LicenseRef-unknown` einfügen (macht die Lücke sichtbar, bis die Lizenz geklärt ist)', en: 'Insert `licence.spdx: LicenseRef-unknown` (makes the gap visible until the licence is known)' }],
    examples: { bad: 'kind: Application\nid: fachverfahren-x\nname: Fachverfahren X', good: 'licence: {spdx: LicenseRef-proprietary, model: proprietary}' },
  },
  kinds: ['Application'],
  check(app, ctx) {
    const licence = app.raw.licence;
    if (licence != null && (typeof licence !== 'object' || Array.isArray(licence))) return; // not a mapping: SCHEMA's finding
    if (licence?.spdx !== undefined) return; // present (if invalid, SCHEMA or LIC-002 says so)
    ctx.report({
      entity: app, path: ['licence', 'spdx'], params: { name: label(app, ctx.locale) },
      fixes: [ctx.fix({ de: 'licence.spdx: LicenseRef-unknown einfügen', en: 'Insert licence.spdx: LicenseRef-unknown' }, setAt(app, ['licence', 'spdx'], 'LicenseRef-unknown'), undefined, { preferred: true })],
    });
  },
});
