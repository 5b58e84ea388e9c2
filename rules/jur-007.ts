import { defineRule } from '../engine/rule';
import type { Entity } from '../engine/document';
import { label, labelList, q } from '../engine/i18n';
import { dataCategoriesOf, sitesOf } from '../engine/terms';

const HIGH = ['high', 'very-high'];

/** A BSI C5 attestation (scheme `C5…`, e.g. `C5:2020`, `C5:2026`) of `type: type2`. */
function hasC5Type2(party: Entity): boolean {
  const certs = party.data.certifications;
  return Array.isArray(certs) && certs.some((c) => typeof c?.scheme === 'string' && c.scheme.trim().toUpperCase().startsWith('C5') && c.type === 'type2');
}

export default defineRule({
  meta: {
    id: 'JUR-007',
    title: { de: 'Hoher Schutzbedarf in der Public Cloud ohne C5-Testat Typ 2', en: 'High protection need in a public cloud without a C5 type 2 attestation' },
    messages: {
      default: {
        de: '{name} verarbeitet Daten mit hohem Schutzbedarf ({categories}) am Public-Cloud-Standort {site}, dessen Betreiber {operator} kein BSI-C5-Testat vom Typ 2 vorweist (certifications).',
        en: '{name} processes data of high protection need ({categories}) at the public-cloud site {site}, whose operator {operator} has no BSI C5 type 2 attestation (certifications).',
      },
    },
    severity: 'warning', facet: 'D', objective: 'SOV-7', cap: 2,
    rationale: {
      de: 'Der Kriterienkatalog Cloud Computing (C5) des BSI (C5:2020, Nachfolger C5:2026) beschreibt Mindestanforderungen an sichere Cloud-Dienste. Ein Testat vom Typ 2 bestätigt nicht nur, dass die Kontrollen angemessen gestaltet sind (Typ 1), sondern dass sie über einen Zeitraum wirksam waren. Für Daten mit hohem oder sehr hohem Schutzbedarf in einer Public Cloud, in der der Anbieter den ganzen Stack betreibt, ist ein C5-Typ-2-Testat der übliche Nachweis in der öffentlichen Verwaltung; fehlende Zertifizierungsangaben zählen als leer.',
      en: 'The BSI Cloud Computing Compliance Criteria Catalogue (C5:2020, succeeded by C5:2026) sets minimum requirements for secure cloud services. A type 2 attestation confirms not only that the controls are suitably designed (type 1) but that they operated effectively over a period. For data of high or very high protection need in a public cloud, where the provider runs the whole stack, a C5 type 2 attestation is the customary evidence in German public administration; missing certification data counts as empty.',
    },
    sources: ['BSI C5:2020 (Cloud Computing Compliance Criteria Catalogue)', 'BSI C5:2026', 'BSI-Standard 200-2 (Schutzbedarfsfeststellung)', 'EU Cloud Sovereignty Framework v1.2.1, SOV-7'],
    fixes: [],
    examples: {
      bad: '# HostingSite cloud-fra: ownership: public-cloud, operator: cloud-ag (no certifications)\ndata: [gesundheitsdaten]   # protectionNeed: high\ndeployment: {sites: [cloud-fra]}',
      good: '# Party cloud-ag:\ncertifications:\n  - {scheme: "C5:2020", type: type2, date: 2026-03-31}',
    },
  },
  kinds: ['Application'],
  check(app, ctx) {
    const high = dataCategoriesOf(app, ctx.landscape).filter((c) => HIGH.includes(c.entity.data.protectionNeed));
    if (!high.length) return;
    for (const site of sitesOf(app, ctx.landscape)) {
      if (site.entity.data.ownership !== 'public-cloud') continue;
      const operator = ctx.landscape.get('Party', typeof site.entity.data.operator === 'string' ? site.entity.data.operator : undefined);
      if (!operator || hasC5Type2(operator)) continue; // an unknown operator: never guess
      ctx.report({
        entity: app, path: site.at,
        params: {
          name: label(app, ctx.locale),
          categories: labelList(high.map((c) => c.entity), ctx.locale),
          site: label(site.entity, ctx.locale),
          operator: label(operator, ctx.locale),
        },
        related: [
          { entity: operator, path: operator.raw.certifications ? ['certifications'] : ['id'], at: operator.raw.certifications ? 'key' : 'value', message: ctx.t({ de: 'Zertifizierungen von {party}', en: 'Certifications of {party}' }, { party: q(operator.id, ctx.locale) }) },
          ...high.map((c) => ({ entity: c.entity, path: ['protectionNeed'], at: 'value' as const, message: ctx.t({ de: 'Schutzbedarf von {category}', en: 'Protection need of {category}' }, { category: q(c.entity.id, ctx.locale) }) })),
        ],
      });
    }
  },
});
