import { defineRule } from '../engine/rule';
import { countryInRegion } from '../engine/catalogues';
import type { Localized } from '../engine/types';
import { andList, countryLabel, label, labelList, q } from '../engine/i18n';
import { dataCategoriesOf, secrecyOf, sitesOf, usImporterDpfCertified } from '../engine/terms';

const SECRECY: Record<string, Localized> = {
  social: { de: 'Sozialgeheimnis', en: 'social secrecy' },
  tax: { de: 'Steuergeheimnis', en: 'tax secrecy' },
};

export default defineRule({
  meta: {
    id: 'JUR-005',
    title: { de: 'Sozial- oder Steuerdaten außerhalb von EU, EWR und Angemessenheitsstaaten', en: 'Social or tax data outside the EU, the EEA and adequate countries' },
    messages: {
      default: {
        de: '{name} verarbeitet Daten unter {secrecy} ({categories}) am Standort {site}, Land {country} – außerhalb Deutschlands, der EU, des EWR und der Staaten mit Angemessenheitsbeschluss, auf die §80 Abs. 2 SGB X die Verarbeitung im Auftrag beschränkt (für Steuerdaten nach §30 AO gilt derselbe Maßstab).',
        en: '{name} processes data under {secrecy} ({categories}) at the site {site}, country {country} — outside Germany, the EU, the EEA and the countries with an adequacy decision, to which §80(2) SGB X confines processing on behalf (sova applies the same standard to tax data under §30 AO).',
      },
    },
    severity: 'error', facet: 'D', objective: 'SOV-3', cap: 0,
    rationale: {
      de: 'Sozialdaten stehen unter dem Sozialgeheimnis (§35 SGB I, §§67 ff. SGB X), Steuerdaten unter dem Steuergeheimnis (§30 AO). Für Sozialdaten erlaubt §80 Abs. 2 SGB X die Verarbeitung im Auftrag nur im Inland, in der EU, im EWR oder in einem Staat mit Angemessenheitsbeschluss nach Art. 45 DSGVO; §30 AO schützt Steuerdaten und lässt Auftragsverarbeiter nur zu, wenn ausschließlich zur Wahrung des Steuergeheimnisses verpflichtete Personen die Daten verarbeiten (§30 Abs. 9 AO) – was ein Anbieter unter fremder Rechtsordnung nicht zusagen kann; sova legt deshalb für beide denselben räumlichen Maßstab an. Anders als bei anderen personenbezogenen Daten helfen hier keine Standardvertragsklauseln. Als angemessen zählen die USA nur für ein nach dem EU-US Data Privacy Framework zertifiziertes Unternehmen unter den Betreibern.',
      en: 'Social data is protected by social secrecy (§35 SGB I, §§67 ff. SGB X), tax data by tax secrecy (§30 AO). For social data §80(2) SGB X allows processing on behalf only in Germany, the EU, the EEA or a country with an adequacy decision under GDPR art. 45; §30 AO protects tax data and admits a processor only when the data is processed exclusively by persons bound to tax secrecy (§30(9) AO) — which a provider under a foreign legal order cannot promise; sova therefore applies the same territorial standard to both. Unlike other personal data, standard contractual clauses do not help here. The US counts as adequate only for a company among the operators certified under the EU-US Data Privacy Framework.',
    },
    sources: ['§35 SGB I (Sozialgeheimnis)', '§80 SGB X (Verarbeitung von Sozialdaten im Auftrag)', '§30 AO (Steuergeheimnis)', 'DSGVO/GDPR Art. 45'],
    fixes: [],
    examples: {
      bad: '# DataCategory sozialleistungen: secrecy: [social]\ndata: [sozialleistungen]\ndeployment: {sites: [cloud-virginia]}   # country: US',
      good: 'data: [sozialleistungen]\ndeployment: {sites: [rz-kommunal]}   # country: DE',
    },
  },
  kinds: ['Application'],
  check(app, ctx) {
    const secret = dataCategoriesOf(app, ctx.landscape).filter((c) => secrecyOf(c.entity).some((s) => s in SECRECY));
    if (!secret.length) return;
    const dpf = usImporterDpfCertified(app, ctx.landscape);
    const kinds = [...new Set(secret.flatMap((c) => secrecyOf(c.entity).filter((s) => s in SECRECY)))];
    for (const site of sitesOf(app, ctx.landscape)) {
      const country = site.entity.data.country;
      if (typeof country !== 'string' || countryInRegion(country, 'adequacy', dpf)) continue;
      ctx.report({
        entity: app, path: site.at,
        params: {
          name: label(app, ctx.locale),
          secrecy: andList(kinds.map((k) => ctx.t(SECRECY[k])), ctx.locale),
          categories: labelList(secret.map((c) => c.entity), ctx.locale),
          site: label(site.entity, ctx.locale),
          country: countryLabel(country, ctx.locale),
        },
        related: [
          { entity: site.entity, path: ['country'], at: 'value', message: ctx.t({ de: 'Land des Standorts {site}', en: 'Country of the site {site}' }, { site: q(site.entity.id, ctx.locale) }) },
          ...secret.map((c) => ({ entity: c.entity, path: ['secrecy'], message: ctx.t({ de: 'Geheimhaltungspflicht von {category}', en: 'Secrecy of {category}' }, { category: q(c.entity.id, ctx.locale) }) })),
        ],
      });
    }
  },
});
