import { defineRule } from '../engine/rule';
import { contractOf, isProprietary } from '../engine/terms';
import { label, q } from '../engine/i18n';
import type { Localized } from '../engine/types';

const REFERENCED: Localized = { de: 'der Vertrag {id}', en: 'the contract {id}' };
const INLINE: Localized = { de: 'der Vertrag', en: 'its contract' };

export default defineRule({
  meta: {
    id: 'EXIT-005',
    title: { de: 'Kein Quellcode-Escrow für eine sehr kritische proprietäre Anwendung', en: 'No source code escrow for a very critical proprietary application' },
    messages: {
      default: {
        de: '{name} ist sehr kritisch (criticality: very-high) und proprietär, aber {contract} sieht keine Quellcode-Hinterlegung (escrow) vor.',
        en: '{name} is very critical (criticality: very-high) and proprietary, but {contract} provides no source code escrow (escrow).',
      },
      noContract: {
        de: '{name} ist sehr kritisch (criticality: very-high) und proprietär, aber es gibt keinen Vertrag, der eine Quellcode-Hinterlegung (escrow) vorsieht.',
        en: '{name} is very critical (criticality: very-high) and proprietary, but there is no contract that provides a source code escrow (escrow).',
      },
    },
    severity: 'info', facet: 'T', objective: 'SOV-1', cap: 3,
    rationale: {
      de: 'Fällt der Hersteller einer sehr kritischen proprietären Anwendung aus (Insolvenz, Übernahme, Einstellung des Produkts), kann die Kommune die Anwendung ohne Quellcode weder weiter betreiben noch anpassen lassen. Eine Hinterlegung des Quellcodes bei einem Treuhänder (Escrow) mit festgelegten Herausgabefällen sichert die Handlungsfähigkeit; die EVB-IT sehen dafür eigene Regelungen vor. Ein fehlender Vertrag zählt als Vertrag ohne Escrow.',
      en: 'If the vendor of a very critical proprietary application fails (insolvency, takeover, discontinuation of the product), the municipality can neither keep running the application nor have it adapted without the source code. Depositing the source code with an escrow agent, with defined release events, keeps it able to act; the German EVB-IT contract templates provide for this. A missing contract counts as a contract without escrow.',
    },
    sources: ['EU Cloud Sovereignty Framework v1.2.1, SOV-1 (strategische Souveränität / strategic sovereignty)', 'EVB-IT (Ergänzende Vertragsbedingungen für die Beschaffung von IT-Leistungen): Hinterlegung des Quellcodes', 'KGSt-Bericht „Die Digitale Kommune gestalten“, Handlungsfeld 6'],
    fixes: [],
    examples: {
      bad: 'criticality: very-high\nlicence: {spdx: LicenseRef-proprietary, model: proprietary}\ncontract: {provider: hersteller}',
      good: 'criticality: very-high\nlicence: {spdx: LicenseRef-proprietary, model: proprietary}\ncontract: {provider: hersteller, escrow: "Hinterlegung bei Treuhänder X, Herausgabe bei Insolvenz und Produkteinstellung"}',
    },
  },
  kinds: ['Application'],
  check(app, ctx) {
    if (app.data.criticality !== 'very-high' || !isProprietary(app)) return;
    const contract = contractOf(app, ctx.landscape);
    if (!contract && typeof app.raw.contract === 'string') return; // a dangling reference: REF-001; the contract is unknown
    const escrow = contract?.data.escrow;
    if (escrow === true || (typeof escrow === 'string' && escrow.trim() !== '')) return;
    const params = { name: label(app, ctx.locale), contract: contract?.entity ? ctx.t(REFERENCED, { id: q(contract.entity.id, ctx.locale) }) : ctx.t(INLINE) };
    ctx.report({
      entity: app, path: contract ? contract.at(['escrow']) : ['contract'], messageId: contract ? 'default' : 'noContract', params,
      related: contract?.entity ? [{ entity: contract.entity, path: ['escrow'], at: 'value', message: ctx.t({ de: 'Vertrag {contract}', en: 'Contract {contract}' }, { contract: q(contract.entity.id, ctx.locale) }) }] : undefined,
    });
  },
});
