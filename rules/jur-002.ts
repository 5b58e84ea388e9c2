import { defineRule } from '../engine/rule';
import { countryLabel, label, q } from '../engine/i18n';
import { countryInRegions, dataCategoriesOf, sitesOf, usImporterDpfCertified } from '../engine/terms';

export default defineRule({
  meta: {
    id: 'JUR-002',
    title: { de: 'Standort außerhalb der erlaubten Regionen', en: 'Site outside the allowed regions' },
    messages: {
      default: {
        de: '{name} läuft am Standort {site}, Land {country}, außerhalb der erlaubten Regionen dieser Daten: {categories}.{hint}',
        en: '{name} runs at the site {site}, country {country}, outside the regions allowed for this data: {categories}.{hint}',
      },
    },
    /** Parts of messages, not messages of their own. */
    fragments: {
      usWithoutDpf: {
        de: ' Die USA zählen nur dann als „adequacy“, wenn ein US-Unternehmen unter den Betreibern und ihren Muttergesellschaften nach dem EU-US Data Privacy Framework zertifiziert ist (dpf.certified: true).',
        en: " The US counts as 'adequacy' only when a US company among the operators and their parents is certified under the EU-US Data Privacy Framework (dpf.certified: true).",
      },
    },
    severity: 'error', facet: 'D', objective: 'SOV-3', cap: 0,
    rationale: {
      de: 'Eine Datenkategorie legt mit `allowedRegions` fest, wo ihre Daten liegen dürfen (DE ⊂ EU ⊂ EWR ⊂ adequacy ⊂ any). Liegt ein Standort der Anwendung außerhalb, verlassen die Daten den Raum, den die Kommune für sie vorgesehen hat – bei personenbezogenen Daten ist das eine Übermittlung in ein Drittland, die nur unter den Bedingungen der Art. 44–49 DSGVO zulässig ist. Nach dem Urteil des EuGH in der Rechtssache C-311/18 („Schrems II“) genügen Standardvertragsklauseln allein nicht, wenn das Recht des Drittlands Behördenzugriffe ohne gleichwertigen Schutz erlaubt. `adequacy` umfasst den EWR und die Staaten mit Angemessenheitsbeschluss; die USA nur für Unternehmen, die nach dem EU-US Data Privacy Framework (Durchführungsbeschluss (EU) 2023/1795) zertifiziert sind.',
      en: 'A data category states with `allowedRegions` where its data may lie (DE ⊂ EU ⊂ EEA ⊂ adequacy ⊂ any). A site of the application outside them takes the data out of the space the municipality meant for it — for personal data a transfer to a third country, allowed only under GDPR art. 44–49. After the CJEU judgment in case C-311/18 ("Schrems II"), standard contractual clauses alone do not suffice where the third country\'s law permits government access without equivalent protection. `adequacy` means the EEA and the countries with an adequacy decision; the US only for companies certified under the EU-US Data Privacy Framework (Implementing Decision (EU) 2023/1795).',
    },
    sources: ['DSGVO/GDPR Art. 44–49', 'EuGH/CJEU C-311/18 (Schrems II), 16.07.2020', 'Durchführungsbeschluss (EU) 2023/1795 (EU-US Data Privacy Framework)', 'Europäische Kommission: Angemessenheitsbeschlüsse / Adequacy decisions'],
    fixes: [],
    examples: {
      bad: '# DataCategory meldedaten: allowedRegions: [DE]\ndata: [meldedaten]\ndeployment: {sites: [cloud-dublin]}   # country: IE',
      good: 'data: [meldedaten]\ndeployment: {sites: [rz-kommunal]}   # country: DE',
    },
  },
  kinds: ['Application'],
  check(app, ctx) {
    // An empty list (or one whose every item is invalid) states nothing: quiet rather than "nowhere".
    const restricted = dataCategoriesOf(app, ctx.landscape).filter((c) => Array.isArray(c.entity.data.allowedRegions) && c.entity.data.allowedRegions.length > 0);
    if (!restricted.length) return;
    const dpf = usImporterDpfCertified(app, ctx.landscape);
    for (const site of sitesOf(app, ctx.landscape)) {
      const country = site.entity.data.country;
      if (typeof country !== 'string') continue; // unknown country: never guess
      const outside = restricted.filter((c) => !countryInRegions(country, c.entity.data.allowedRegions, dpf));
      if (!outside.length) continue;
      const usCouldBeAdequate = country.toUpperCase() === 'US' && !dpf && outside.some((c) => c.entity.data.allowedRegions.includes('adequacy'));
      ctx.report({
        entity: app, path: site.at,
        params: {
          name: label(app, ctx.locale),
          site: label(site.entity, ctx.locale),
          country: countryLabel(country, ctx.locale),
          categories: outside.map((c) => `${label(c.entity, ctx.locale)} (${c.entity.data.allowedRegions.filter(Boolean).join(', ')})`).join(', '),
          hint: usCouldBeAdequate ? ctx.message('usWithoutDpf') : '',
        },
        related: [
          { entity: site.entity, path: ['country'], at: 'value', message: ctx.t({ de: 'Land des Standorts {site}', en: 'Country of the site {site}' }, { site: q(site.entity.id, ctx.locale) }) },
          ...outside.map((c) => ({ entity: c.entity, path: ['allowedRegions'], at: 'value' as const, message: ctx.t({ de: 'Erlaubte Regionen von {category}', en: 'Allowed regions of {category}' }, { category: q(c.entity.id, ctx.locale) }) })),
        ],
      });
    }
  },
});
