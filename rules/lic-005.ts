import { defineRule } from '../engine/rule';
import { setAt } from '../engine/edits';
import { isOsiApproved, parseLicence } from '../engine/licence';
import { label, q } from '../engine/i18n';

const PLACEHOLDER = 'https://gitlab.opencode.de/TODO';

export default defineRule({
  meta: {
    id: 'LIC-005',
    title: { de: 'Öffentliches Geld, öffentlicher Code', en: 'Public money, public code' },
    messages: {
      noRepository: { de: '{name} wurde mit öffentlichem Geld entwickelt (commissioned: true), hat aber kein öffentliches Quellcode-Repository (source.repository).', en: '{name} was developed with public money (commissioned: true) but has no public source repository (source.repository).' },
      notOsi: { de: '{name} wurde mit öffentlichem Geld entwickelt (commissioned: true), steht aber unter {spdx}, keiner OSI-anerkannten Lizenz.', en: '{name} was developed with public money (commissioned: true) but is licensed under {spdx}, not an OSI-approved licence.' },
      default: { de: '{name}: öffentliches Geld, aber kein öffentlicher Code.', en: '{name}: public money, but no public code.' },
    },
    severity: 'warning', facet: 'DT', objective: 'SOV-6', cap: 2,
    rationale: {
      de: 'Software, die mit öffentlichem Geld für die Verwaltung entwickelt wird, soll als Open Source veröffentlicht werden, damit andere Verwaltungen sie nachnutzen und prüfen können. Für Bundesbehörden ist das nach §16a EGovG verbindlich; für Kommunen ist es Leitlinie (z. B. über openCoDE).',
      en: 'Software developed with public money for the administration should be published as open source so that other administrations can reuse and inspect it. For federal bodies §16a EGovG makes this binding; for municipalities it is policy (e.g. via openCoDE).',
    },
    sources: ['§16a E-Government-Gesetz (EGovG)', 'FSFE: Public Money? Public Code!', 'openCoDE (gitlab.opencode.de)'],
    fixes: [{ de: 'Platzhalter für `source.repository` einfügen', en: 'Add a `source.repository` placeholder' }],
    examples: { bad: 'commissioned: true\nlicence: {spdx: LicenseRef-proprietary}', good: 'commissioned: true\nlicence: {spdx: EUPL-1.2, model: open-source}\nsource: {repository: https://gitlab.opencode.de/musterstadt/fachverfahren}' },
  },
  kinds: ['Application'],
  check(app, ctx) {
    if (app.data.commissioned !== true) return;
    const name = label(app, ctx.locale);
    const repo = app.data.source?.repository;
    const source = app.raw.source;
    const sourceInvalid = source != null && (typeof source !== 'object' || Array.isArray(source)); // SCHEMA's finding
    if (!sourceInvalid && (typeof repo !== 'string' || !/^https?:\/\//i.test(repo.trim()))) {
      // Located at source.repository when there is a `source` mapping, else at `commissioned` (the condition's other field).
      const where = app.raw.source && typeof app.raw.source === 'object' ? { path: ['source', 'repository'] } : { path: ['commissioned'], at: 'key' as const };
      ctx.report({
        entity: app, ...where, messageId: 'noRepository', params: { name },
        fixes: [typeof repo === 'string' ? undefined : ctx.fix({ de: 'Platzhalter source.repository einfügen', en: 'Add a source.repository placeholder' }, setAt(app, ['source', 'repository'], PLACEHOLDER), undefined, { preferred: true })],
      });
    }
    const spdx = app.data.licence?.spdx;
    if (typeof spdx === 'string' && parseLicence(spdx).ok && !isOsiApproved(spdx)) {
      ctx.report({ entity: app, path: ['licence', 'spdx'], messageId: 'notOsi', params: { name, spdx: q(spdx, ctx.locale) } });
    }
  },
});
