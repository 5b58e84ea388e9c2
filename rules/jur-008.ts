import { defineRule } from '../engine/rule';
import { label, labelList, q } from '../engine/i18n';
import { dataCategoriesOf } from '../engine/terms';

export default defineRule({
  meta: {
    id: 'JUR-008',
    title: { de: 'Schlüssel beim Anbieter bei hohem Schutzbedarf', en: 'Provider holds the keys for data of high protection need' },
    messages: {
      default: {
        de: 'Bei {name} verwaltet der Anbieter die Schlüssel (keyControl: provider), obwohl die Anwendung Daten mit hohem Schutzbedarf verarbeitet ({categories}): Der Anbieter kann die Daten entschlüsseln und kann dazu auch gezwungen werden.',
        en: 'For {name} the provider holds the keys (keyControl: provider), although the application processes data of high protection need ({categories}): the provider can decrypt the data, and can be compelled to.',
      },
    },
    severity: 'warning', facet: 'D', objective: 'SOV-3', cap: 2,
    rationale: {
      de: 'Verschlüsselung schützt nur vor dem, der den Schlüssel nicht hat. Verwaltet der Anbieter die Schlüssel, kann er – oder eine Behörde, die ihn dazu verpflichtet (etwa nach dem CLOUD Act, 18 U.S.C. §2713) – die Daten im Klartext lesen. Bei hohem oder sehr hohem Schutzbedarf gehören die Schlüssel in die Hand der Kommune (Customer-Managed Keys, Hold-Your-Own-Key); der EuGH hat in C-311/18 („Schrems II“) und der EDSA in seinen Empfehlungen 01/2020 wirksame Verschlüsselung unter Kontrolle des Verantwortlichen als zentrale ergänzende Maßnahme genannt.',
      en: 'Encryption only protects against whoever lacks the key. When the provider holds the keys, it — or an authority that compels it (e.g. under the CLOUD Act, 18 U.S.C. §2713) — can read the data in the clear. For high or very high protection need the keys belong in the municipality\'s hands (customer-managed keys, hold-your-own-key); after CJEU C-311/18 ("Schrems II") the EDPB named effective encryption under the controller\'s control as the key supplementary measure (Recommendations 01/2020).',
    },
    sources: ['EuGH/CJEU C-311/18 (Schrems II)', 'EDSA/EDPB Recommendations 01/2020 on supplementary measures', '18 U.S.C. §2713 (CLOUD Act)', 'BSI C5:2020, Kryptografie und Schlüsselmanagement (CRY)'],
    fixes: [],
    examples: {
      bad: 'data: [gesundheitsdaten]   # protectionNeed: high\ndeployment: {keyControl: provider}',
      good: 'data: [gesundheitsdaten]\ndeployment: {keyControl: customer}',
    },
  },
  kinds: ['Application'],
  check(app, ctx) {
    if (app.data.deployment?.keyControl !== 'provider') return;
    const high = dataCategoriesOf(app, ctx.landscape).filter((c) => c.entity.data.protectionNeed === 'high' || c.entity.data.protectionNeed === 'very-high');
    if (!high.length) return;
    ctx.report({
      entity: app, path: ['deployment', 'keyControl'],
      params: { name: label(app, ctx.locale), categories: labelList(high.map((c) => c.entity), ctx.locale) },
      related: high.map((c) => ({ entity: c.entity, path: ['protectionNeed'], at: 'value' as const, message: ctx.t({ de: 'Schutzbedarf von {category}', en: 'Protection need of {category}' }, { category: q(c.entity.id, ctx.locale) }) })),
    });
  },
});
