import { defineRule } from '../engine/rule';
import { countryLabel, label, labelList, q } from '../engine/i18n';
import { jurisdictionsOf, operatorsOf, personalCategoriesOf, requiredLevelOf } from '../engine/terms';

const upperCaseSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** `policy.extraterritorialCountries` as a set of upper-case codes, built once per config. */
function upperCaseSet(codes: readonly string[]): ReadonlySet<string> {
  let set = upperCaseSets.get(codes);
  if (!set) upperCaseSets.set(codes, (set = new Set(codes.map((c) => c.toUpperCase()))));
  return set;
}

export default defineRule({
  meta: {
    id: 'JUR-003',
    title: { de: 'Betreiber unterliegt Recht mit extraterritorialem Zugriff', en: 'Operator subject to law with extraterritorial reach' },
    messages: {
      default: {
        de: '{operator}, Betreiber von {name}, unterliegt dem Recht folgender Staaten: {countries}. Behörden dort können die Herausgabe von Daten unter seiner Kontrolle verlangen, auch wenn sie in der EU gespeichert sind{law}. {name} verarbeitet personenbezogene Daten ({categories}; geforderte Stufe {level}). Das ist ein Risiko, das zu bewerten ist, keine Aussage über die Rechtmäßigkeit der Nutzung.',
        en: '{operator}, operator of {name}, is subject to the law of these states: {countries}. Authorities there can compel it to disclose data in its control, even data stored in the EU{law}. {name} processes personal data ({categories}; required level {level}). This is an exposure to assess, not a verdict on whether the use is lawful.',
      },
    },
    /** Parts of messages, not messages of their own. */
    fragments: {
      cloudAct: { de: ' (USA: CLOUD Act, 18 U.S.C. §2713)', en: ' (US: CLOUD Act, 18 U.S.C. §2713)' },
      via: { de: '{country} über {party}', en: '{country} through {party}' },
    },
    severity: 'warning', facet: 'D', objective: 'SOV-2', cap: 1,
    rationale: {
      de: 'Einige Staaten verpflichten Unternehmen ihrer Rechtsordnung, Daten herauszugeben, die sie besitzen, verwahren oder kontrollieren – unabhängig davon, wo die Daten gespeichert sind: in den USA der CLOUD Act (18 U.S.C. §2713), in China Art. 7 des Gesetzes über die nationale Nachrichtenarbeit. Maßgeblich ist nicht der Serverstandort, sondern wer die Daten kontrolliert, einschließlich der Muttergesellschaften. Eine Herausgabe auf diesem Weg ist keine nach Art. 48 DSGVO anerkannte Übermittlung; der EuGH hat in C-311/18 („Schrems II“) gerade solche Zugriffsbefugnisse zum Maßstab gemacht. Die Regel beschreibt das Risiko; ob die Nutzung zulässig ist, hängt von Vertrag, Verschlüsselung und Schutzmaßnahmen ab. Die Staaten stehen in `policy.extraterritorialCountries` (Standard: US, CN, RU). Ab einer geforderten Stufe von 2 ist der Befund ein Fehler, sonst eine Warnung.',
      en: 'Some states oblige companies under their jurisdiction to disclose data they possess, hold or control, wherever it is stored: in the US the CLOUD Act (18 U.S.C. §2713), in China art. 7 of the National Intelligence Law. What counts is not where the server stands but who controls the data, parent companies included. A disclosure on this route is no transfer recognised by GDPR art. 48; the CJEU made exactly such access powers the yardstick in C-311/18 ("Schrems II"). The rule describes the exposure; whether the use is admissible depends on the contract, encryption and safeguards. The states are listed in `policy.extraterritorialCountries` (default US, CN, RU). From a required level of 2 the finding is an error, otherwise a warning.',
    },
    sources: ['18 U.S.C. §2713 (CLOUD Act)', 'DSGVO/GDPR Art. 44–49, insbesondere Art. 48', 'EuGH/CJEU C-311/18 (Schrems II)', 'EU Cloud Sovereignty Framework v1.2.1, SOV-2'],
    fixes: [],
    examples: {
      bad: '# Party us-cloud-de: country: DE, parent: us-cloud-inc (country: US)\ndata: [meldedaten]\ndeployment: {sites: [frankfurt], operator: us-cloud-de}',
      good: 'data: [meldedaten]\ndeployment: {sites: [rz-kommunal], operator: kommunales-rz}   # no party in the chain under US/CN/RU law',
    },
  },
  kinds: ['Application'],
  check(app, ctx) {
    const personal = personalCategoriesOf(app, ctx.landscape);
    if (!personal.length) return;
    const extraterritorial = upperCaseSet(ctx.policy.extraterritorialCountries);
    const level = requiredLevelOf(app, ctx.landscape, ctx.policy.requiredLevelDefaults) ?? 0;
    const name = label(app, ctx.locale);
    for (const op of operatorsOf(app, ctx.landscape)) {
      const exposed = jurisdictionsOf(op.entity, ctx.landscape).filter((j) => extraterritorial.has(j.country));
      if (!exposed.length) continue;
      const countryText = exposed.map((j) => {
        const country = countryLabel(j.country, ctx.locale);
        return j.party === op.entity ? country : ctx.message('via', { country, party: label(j.party, ctx.locale) });
      });
      ctx.report({
        entity: app, path: op.at, severity: level >= 2 ? 'error' : 'warning',
        params: {
          operator: label(op.entity, ctx.locale), name, countries: countryText.join(', '),
          categories: labelList(personal.map((c) => c.entity), ctx.locale), level,
          law: exposed.some((j) => j.country === 'US') ? ctx.message('cloudAct') : '',
        },
        related: [
          ...(op.site ? [{ entity: op.site, path: ['operator'], at: 'value' as const, message: ctx.t({ de: 'Betreiber des Public-Cloud-Standorts {site}', en: 'Operator of the public-cloud site {site}' }, { site: q(op.site.id, ctx.locale) }) }] : []),
          ...exposed.map((j) => ({ entity: j.party, path: ['country'], at: 'value' as const, message: ctx.t({ de: 'Sitzland von {party}', en: 'Country of {party}' }, { party: q(j.party.id, ctx.locale) }) })),
        ],
      });
    }
  },
});
