import { defineRule } from '../engine/rule';
import type { RelatedSpec } from '../engine/rule';
import type { Path } from '../engine/document';
import { contractOf, isCloudService } from '../engine/terms';
import type { ContractView } from '../engine/terms';
import { label, q } from '../engine/i18n';
import type { RuleContext } from '../engine/rule';

/** EU Data Act art. 25: at most 2 months' notice, at least 30 days to retrieve the data. */
const MAX_NOTICE_MONTHS = 2;
const MIN_RETRIEVAL_DAYS = 30;
/** EU Data Act art. 29(1): from this date switching must be free of charge. */
const FREE_SWITCHING_FROM = '2027-01-12';

function related(contract: ContractView, field: Path, ctx: RuleContext): RelatedSpec[] | undefined {
  if (!contract.entity) return undefined;
  return [{ entity: contract.entity, path: field, at: 'value', message: ctx.t({ de: 'Im Vertrag {contract}', en: 'In the contract {contract}' }, { contract: q(contract.entity.id, ctx.locale) }) }];
}

export default defineRule({
  meta: {
    id: 'EXIT-003',
    title: { de: 'Wechselbedingungen des Clouddienstes nach EU Data Act', en: 'Cloud switching terms under the EU Data Act' },
    messages: {
      default: {
        de: 'Der Vertrag des Clouddienstes {name} regelt keinen Anbieterwechsel (switching): Kündigungsfrist, Frist zum Datenabruf und Wechselentgelt sind unbekannt.',
        en: 'The contract of the cloud service {name} has no switching terms (switching): notice period, data retrieval period and switching charge are unknown.',
      },
      notice: {
        de: 'Der Vertrag von {name} verlangt {months} Monate Frist für einen Anbieterwechsel; der EU Data Act (Art. 25) erlaubt höchstens {max} Monate.',
        en: 'The contract of {name} requires {months} months\' notice to switch provider; the EU Data Act (art. 25) allows at most {max} months.',
      },
      retrieval: {
        de: 'Der Vertrag von {name} lässt nur {days} Tage zum Abruf der Daten nach der Kündigung; der EU Data Act (Art. 25) verlangt mindestens {min} Tage.',
        en: 'The contract of {name} leaves only {days} days to retrieve the data after termination; the EU Data Act (art. 25) requires at least {min} days.',
      },
      charge: {
        de: 'Der Vertrag von {name} sieht ein Wechselentgelt von {charge} EUR vor; seit dem 12.01.2027 muss der Anbieterwechsel nach dem EU Data Act (Art. 29) kostenlos sein.',
        en: 'The contract of {name} charges {charge} EUR for switching; since 2027-01-12 switching must be free of charge under the EU Data Act (art. 29).',
      },
    },
    severity: 'warning', facet: 'T', objective: 'SOV-4', cap: 2,
    rationale: {
      de: 'Der EU Data Act (Verordnung (EU) 2023/2854) gibt Kunden von Datenverarbeitungsdiensten ein Recht auf Anbieterwechsel: Der Vertrag muss den Wechsel mit höchstens zwei Monaten Kündigungsfrist ermöglichen und mindestens 30 Tage zum Abruf der Daten lassen (Art. 25); ab dem 12. Januar 2027 darf für den Wechsel kein Entgelt mehr verlangt werden (Art. 29), vorher nur die Selbstkosten. Ein Clouddienst, dessen Vertrag diese Bedingungen nicht nennt oder unterschreitet, hält die Kommune faktisch fest. Ohne Vertrag bleibt die Regel stumm (dann fehlt die Grundlage der Prüfung); fehlt nur `switching`, ist das der Befund. Ein Wechselentgelt ab dem 12.01.2027 ist ein Fehler.',
      en: 'The EU Data Act (Regulation (EU) 2023/2854) gives customers of data processing services a right to switch provider: the contract must allow switching with at most two months\' notice and leave at least 30 days to retrieve the data (art. 25); from 12 January 2027 no charge may be made for switching (art. 29), before then only cost-based charges. A cloud service whose contract does not state these terms, or falls short of them, holds the municipality in place. Without a contract the rule stays quiet (the basis of the check is missing); a contract without `switching` is the finding. A switching charge on or after 2027-01-12 is an error.',
    },
    sources: ['EU Data Act (Verordnung (EU) 2023/2854), Art. 23–29, insbesondere Art. 25 und 29', 'EU Cloud Sovereignty Framework v1.2.1, SOV-4'],
    fixes: [],
    examples: {
      bad: 'deployment: {model: saas}\ncontract: {provider: anbieter, switching: {noticeMonths: 6, retrievalDays: 14, charge: 5000}}',
      good: 'deployment: {model: saas}\ncontract: {provider: anbieter, switching: {noticeMonths: 2, retrievalDays: 30, charge: 0, exportFormats: [odf]}}',
    },
  },
  kinds: ['Application'],
  check(app, ctx) {
    if (!isCloudService(app)) return;
    const contract = contractOf(app, ctx.landscape);
    if (!contract) return;
    const name = label(app, ctx.locale);
    const raw = contract.entity ? contract.entity.raw : app.raw.contract;
    const switching = contract.data.switching;
    if (raw?.switching === undefined || raw?.switching === null) {
      ctx.report({ entity: app, path: contract.at(['switching']), params: { name }, related: related(contract, ['id'], ctx) });
      return;
    }
    if (!switching || typeof switching !== 'object') return; // invalid: SCHEMA
    const report = (field: string, messageId: string, params: Record<string, number>, severity?: 'error') =>
      ctx.report({ entity: app, path: contract.at(['switching', field]), messageId, params: { name, ...params }, severity, related: related(contract, ['switching', field], ctx) });
    if (typeof switching.noticeMonths === 'number' && switching.noticeMonths > MAX_NOTICE_MONTHS) report('noticeMonths', 'notice', { months: switching.noticeMonths, max: MAX_NOTICE_MONTHS });
    if (typeof switching.retrievalDays === 'number' && switching.retrievalDays < MIN_RETRIEVAL_DAYS) report('retrievalDays', 'retrieval', { days: switching.retrievalDays, min: MIN_RETRIEVAL_DAYS });
    if (typeof switching.charge === 'number' && switching.charge > 0 && ctx.asOf >= FREE_SWITCHING_FROM) report('charge', 'charge', { charge: switching.charge }, 'error');
  },
});
