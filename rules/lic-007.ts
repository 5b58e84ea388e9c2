import { defineRule } from '../engine/rule';
import { contractOf, isProprietary } from '../engine/terms';
import { dateLimit, daysBetween, isDate } from '../engine/dates';
import { label } from '../engine/i18n';

export default defineRule({
  meta: {
    id: 'LIC-007',
    title: { de: 'Vertrag einer proprietären Anwendung läuft aus', en: 'Contract of a proprietary application ends soon' },
    messages: {
      default: { de: 'Der Vertrag von {name} endet am {end} (in {days} Tagen): Zeit, Alternativen und offene Lösungen zu prüfen, bevor verlängert wird.', en: 'The contract of {name} ends on {end} (in {days} days): time to assess alternatives and open solutions before renewing.' },
      ended: { de: 'Der Vertrag von {name} ist am {end} ausgelaufen; die proprietäre Anwendung läuft ohne gültigen Vertrag oder das Inventar ist veraltet.', en: 'The contract of {name} ended on {end}; the proprietary application runs without a valid contract, or the inventory is out of date.' },
    },
    severity: 'info', facet: 'T', objective: 'SOV-4', cap: 3,
    rationale: {
      de: 'Das Vertragsende ist der Zeitpunkt, an dem eine Kommune ihre Abhängigkeit am leichtesten verringern kann. Wer erst nach der stillschweigenden Verlängerung prüft, bleibt für eine weitere Laufzeit gebunden. Ein bereits abgelaufener Vertrag wird ebenfalls gemeldet (Entscheidung von sova: „innerhalb von N Tagen“ schließt Vergangenes ein).',
      en: 'The end of a contract is when a municipality can most easily reduce its dependence. Checking only after a tacit renewal binds it for another term. A contract that has already ended is reported too (sova decision: "within N days" includes the past).',
    },
    sources: ['KGSt-Bericht „Die Digitale Kommune gestalten“, Handlungsfeld 6', 'PwC-Marktanalyse zur Reduktion von Abhängigkeiten von einzelnen Software-Anbietern (2019)'],
    fixes: [],
  },
  kinds: ['Application'],
  check(app, ctx) {
    if (!isProprietary(app)) return;
    const contract = contractOf(app, ctx.landscape);
    const end = contract?.data.end;
    if (!contract || !isDate(end)) return;
    if (end > dateLimit(ctx.asOf, ctx.policy.eolWarningDays, 'days')) return;
    const days = daysBetween(ctx.asOf, end);
    ctx.report({ entity: app, path: contract.at(['end']), messageId: end < ctx.asOf ? 'ended' : 'default', params: { name: label(app, ctx.locale), end, days } });
  },
});
