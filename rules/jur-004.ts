import { defineRule } from '../engine/rule';
import type { Entity } from '../engine/document';
import { dateLimit, isDate } from '../engine/dates';
import { andList, label, q } from '../engine/i18n';
import type { Params } from '../engine/i18n';
import { contractOf, operatorsOf, usPartiesOf } from '../engine/terms';

/** The DPF list must have been checked within this many months before the as-of date. */
const DPF_CHECK_MONTHS = 12;

export default defineRule({
  meta: {
    id: 'JUR-004',
    title: { de: 'Übermittlung nach dem Data Privacy Framework ohne geprüfte Zertifizierung', en: 'Transfer under the Data Privacy Framework without a checked certification' },
    messages: {
      noUsParty: {
        de: 'Der Vertrag von {name} stützt die Übermittlung auf das EU-US Data Privacy Framework (dpa.transfer: dpf), aber unter den Betreibern und ihren Muttergesellschaften ist kein US-Unternehmen, das zertifiziert sein könnte.',
        en: 'The contract of {name} bases the transfer on the EU-US Data Privacy Framework (dpa.transfer: dpf), but there is no US company among the operators and their parents that could be certified.',
      },
      notCertified: {
        de: 'Der Vertrag von {name} stützt die Übermittlung auf das EU-US Data Privacy Framework (dpa.transfer: dpf), aber {parties} ist nicht als zertifiziert eingetragen (dpf.certified: true).',
        en: 'The contract of {name} bases the transfer on the EU-US Data Privacy Framework (dpa.transfer: dpf), but {parties} is not recorded as certified (dpf.certified: true).',
      },
      notCertifiedPlural: {
        de: 'Der Vertrag von {name} stützt die Übermittlung auf das EU-US Data Privacy Framework (dpa.transfer: dpf), aber {parties} sind nicht als zertifiziert eingetragen (dpf.certified: true).',
        en: 'The contract of {name} bases the transfer on the EU-US Data Privacy Framework (dpa.transfer: dpf), but {parties} are not recorded as certified (dpf.certified: true).',
      },
      stale: {
        de: 'Der Vertrag von {name} stützt die Übermittlung auf das EU-US Data Privacy Framework (dpa.transfer: dpf); {parties} ist als zertifiziert eingetragen, aber die DPF-Liste wurde zuletzt {checked} geprüft – nicht innerhalb der {months} Monate vor dem {asOf}.',
        en: 'The contract of {name} bases the transfer on the EU-US Data Privacy Framework (dpa.transfer: dpf); {parties} is recorded as certified, but the DPF list was last checked {checked} — not within the {months} months before {asOf}.',
      },
      stalePlural: {
        de: 'Der Vertrag von {name} stützt die Übermittlung auf das EU-US Data Privacy Framework (dpa.transfer: dpf); {parties} sind als zertifiziert eingetragen, aber die DPF-Liste wurde zuletzt {checked} geprüft – nicht innerhalb der {months} Monate vor dem {asOf}.',
        en: 'The contract of {name} bases the transfer on the EU-US Data Privacy Framework (dpa.transfer: dpf); {parties} are recorded as certified, but the DPF list was last checked {checked} — not within the {months} months before {asOf}.',
      },
      staleNeverChecked: {
        de: 'Der Vertrag von {name} stützt die Übermittlung auf das EU-US Data Privacy Framework (dpa.transfer: dpf); {parties} ist als zertifiziert eingetragen, aber die DPF-Liste wurde nie geprüft (dpf.checked).',
        en: 'The contract of {name} bases the transfer on the EU-US Data Privacy Framework (dpa.transfer: dpf); {parties} is recorded as certified, but the DPF list was never checked (dpf.checked).',
      },
      staleNeverCheckedPlural: {
        de: 'Der Vertrag von {name} stützt die Übermittlung auf das EU-US Data Privacy Framework (dpa.transfer: dpf); {parties} sind als zertifiziert eingetragen, aber die DPF-Liste wurde nie geprüft (dpf.checked).',
        en: 'The contract of {name} bases the transfer on the EU-US Data Privacy Framework (dpa.transfer: dpf); {parties} are recorded as certified, but the DPF list was never checked (dpf.checked).',
      },
      default: { de: 'Übermittlung nach dem Data Privacy Framework ohne geprüfte Zertifizierung.', en: 'Transfer under the Data Privacy Framework without a checked certification.' },
    },
    severity: 'warning', facet: 'D', objective: 'SOV-2', cap: 2,
    rationale: {
      de: 'Seit dem Angemessenheitsbeschluss (EU) 2023/1795 dürfen personenbezogene Daten ohne weitere Garantien an US-Unternehmen übermittelt werden, die nach dem EU-US Data Privacy Framework (DPF) zertifiziert sind – aber nur an diese: Die Zertifizierung ist jährlich zu erneuern und kann entfallen. Wer sich auf das DPF stützt, muss deshalb regelmäßig in der offiziellen DPF-Liste prüfen, ob der Importeur (das US-Unternehmen unter den Betreibern oder ihren Muttergesellschaften) noch eingetragen ist. Die Regel verlangt eine Prüfung innerhalb der 12 Monate vor dem Stichtag. Das DPF steht zudem rechtlich unter Vorbehalt, wie seine Vorgänger Safe Harbor und Privacy Shield, die der EuGH aufgehoben hat (C-362/14, C-311/18).',
      en: 'Since the adequacy decision (EU) 2023/1795, personal data may be transferred without further safeguards to US companies certified under the EU-US Data Privacy Framework (DPF) — but only to them: certification must be renewed every year and can lapse. Whoever relies on the DPF must therefore check regularly in the official DPF list that the importer (the US company among the operators or their parents) is still listed. The rule expects a check within the 12 months before the as-of date. The DPF is also legally fragile, like its predecessors Safe Harbor and Privacy Shield, which the CJEU struck down (C-362/14, C-311/18).',
    },
    sources: ['Durchführungsbeschluss (EU) 2023/1795 (EU-US Data Privacy Framework)', 'DSGVO/GDPR Art. 45', 'EuGH/CJEU C-311/18 (Schrems II)', 'Data Privacy Framework List (dataprivacyframework.gov)'],
    fixes: [],
    examples: {
      bad: '# Party us-cloud-inc: country: US, dpf: {certified: true, checked: 2024-01-15}\ncontract: {dpa: {signed: true, transfer: dpf}}',
      good: '# Party us-cloud-inc: country: US, dpf: {certified: true, checked: 2026-10-01}\ncontract: {dpa: {signed: true, transfer: dpf}}',
    },
  },
  kinds: ['Application'],
  check(app, ctx) {
    const contract = contractOf(app, ctx.landscape);
    if (contract?.data.dpa?.transfer !== 'dpf') return;
    if (!operatorsOf(app, ctx.landscape).length) return; // who imports the data is unknown: never guess
    const since = dateLimit(ctx.asOf, -DPF_CHECK_MONTHS, 'months');
    const us = usPartiesOf(app, ctx.landscape);
    const certified = us.filter((p) => p.data.dpf?.certified === true);
    if (certified.some((p) => isDate(p.data.dpf.checked) && p.data.dpf.checked >= since)) return;
    const names = (list: Entity[]) => andList(list.map((p) => label(p, ctx.locale)), ctx.locale);
    // The verb agrees with the parties ("ist"/"sind", "is"/"are"): several take the plural message.
    const form = (id: string, list: Entity[]) => (list.length > 1 ? `${id}Plural` : id);
    let messageId = 'noUsParty';
    let params: Params = {};
    if (certified.length) {
      const checked = certified.map((p) => p.data.dpf.checked).filter(isDate).sort().pop();
      messageId = form(checked ? 'stale' : 'staleNeverChecked', certified);
      params = { parties: names(certified), checked, asOf: ctx.asOf, months: DPF_CHECK_MONTHS };
    } else if (us.length) {
      messageId = form('notCertified', us);
      params = { parties: names(us) };
    }
    const related = [
      ...(contract.entity ? [{ entity: contract.entity, path: ['dpa', 'transfer'], at: 'value' as const, message: ctx.t({ de: 'Übermittlungsgrundlage im Vertrag', en: 'Transfer basis in the contract' }) }] : []),
      ...(certified.length ? certified : us).map((p) => ({ entity: p, path: p.raw.dpf ? ['dpf'] : ['country'], message: ctx.t({ de: 'DPF-Eintrag von {party}', en: 'DPF entry of {party}' }, { party: q(p.id, ctx.locale) }) })),
    ];
    ctx.report({ entity: app, path: contract.at(['dpa', 'transfer']), messageId, params: { name: label(app, ctx.locale), ...params }, related });
  },
});
