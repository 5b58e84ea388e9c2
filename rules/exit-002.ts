import { defineRule } from '../engine/rule';
import { dateLimit, isDate } from '../engine/dates';
import { contractOf, opennessOf } from '../engine/terms';
import { label, q } from '../engine/i18n';
import { interfacesOf } from './interfaces';

/** An export test older than this many months no longer shows that the data can be taken along. */
const EXPORT_TEST_MONTHS = 24;

export default defineRule({
  meta: {
    id: 'EXIT-002',
    title: { de: 'Exit-Plan ohne erprobten offenen Export', en: 'Exit plan without a tested open export' },
    messages: {
      untested: {
        de: 'Der Exit-Plan von {name} nennt keinen erprobten Datenexport (exitPlan.exportTested).',
        en: 'The exit plan of {name} names no tested data export (exitPlan.exportTested).',
      },
      stale: {
        de: 'Der Datenexport von {name} wurde zuletzt am {date} erprobt, vor mehr als {months} Monaten.',
        en: 'The data export of {name} was last tested on {date}, more than {months} months ago.',
      },
      default: {
        de: 'Der Exit-Plan von {name} stützt sich auf kein offenes Exportformat: Weder eine Schnittstelle mit role: export-format noch switching.exportFormats des Vertrags nennt einen offenen Standard.',
        en: 'The exit plan of {name} relies on no open export format: neither an interface with role: export-format nor the contract\'s switching.exportFormats names an open standard.',
      },
    },
    severity: 'warning', facet: 'T', objective: 'SOV-4', cap: 3,
    rationale: {
      de: 'Ein Exit-Plan ist nur so gut wie der Datenexport, auf dem er beruht: Ungetestet oder in einem proprietären Format zeigt er nicht, dass die Kommune ihre Daten tatsächlich mitnehmen kann. Verlangt werden ein Exporttest innerhalb der letzten 24 Monate und mindestens ein offener Standard (`openness: open`) unter den Exportformaten der Anwendung oder des Vertrags (EU Data Act Art. 26: Export in einem strukturierten, gängigen und maschinenlesbaren Format). Die Regel prüft nur Anwendungen mit Exit-Plan; fehlt er, meldet das EXIT-001. Verweist ein Exportformat auf einen unbekannten Standard, bleibt sie stumm (REF-001 meldet den Verweis).',
      en: 'An exit plan is only as good as the data export it rests on: untested, or in a proprietary format, it does not show that the municipality can actually take its data along. Required are an export test within the last 24 months and at least one open standard (`openness: open`) among the export formats of the application or its contract (EU Data Act art. 26: export in a structured, commonly used and machine-readable format). The rule checks only applications with an exit plan; a missing plan is EXIT-001. If an export format refers to an unknown standard it stays quiet (REF-001 reports the reference).',
    },
    sources: ['EU Data Act (Verordnung (EU) 2023/2854), Art. 23–29', 'FSFE: Definition eines offenen Standards / Open Standard definition', 'PwC: Strategische Marktanalyse zur Reduzierung von Abhängigkeiten von einzelnen Software-Anbietern (2019)'],
    fixes: [],
    examples: {
      bad: 'exitPlan: {alternatives: [Nextcloud], exportTested: 2022-01-10}\ninterfaces:\n  - {standard: ooxml, role: export-format}',
      good: 'exitPlan: {alternatives: [Nextcloud], exportTested: 2026-05-04}\ninterfaces:\n  - {standard: odf, role: export-format}',
    },
  },
  kinds: ['Application'],
  check(app, ctx) {
    const plan = app.data.exitPlan;
    if (!plan || typeof plan !== 'object') return;
    const name = label(app, ctx.locale);
    const tested = app.raw.exitPlan?.exportTested;
    if (tested === undefined || tested === null) {
      ctx.report({ entity: app, path: ['exitPlan', 'exportTested'], messageId: 'untested', params: { name } });
    } else if (isDate(plan.exportTested) && plan.exportTested < dateLimit(ctx.asOf, -EXPORT_TEST_MONTHS, 'months')) {
      ctx.report({ entity: app, path: ['exitPlan', 'exportTested'], messageId: 'stale', params: { name, date: plan.exportTested, months: EXPORT_TEST_MONTHS } });
    }

    const ids = interfacesOf(app).filter((i) => i.role === 'export-format' && i.standard).map((i) => i.standard!);
    const contract = contractOf(app, ctx.landscape);
    const formats = contract?.data.switching?.exportFormats;
    if (Array.isArray(formats)) for (const f of formats) if (typeof f === 'string') ids.push(f);
    const standards = ids.map((id) => ctx.landscape.get('Standard', id));
    if (standards.some((s) => !s)) return; // an unknown standard: its openness is not known (REF-001)
    if (standards.some((s) => opennessOf(s!) === 'open')) return;
    const hasInterfaces = app.raw.interfaces !== undefined;
    ctx.report({
      entity: app, path: hasInterfaces ? ['interfaces'] : ['exitPlan'], at: 'key', params: { name },
      related: contract?.entity && Array.isArray(formats)
        ? [{ entity: contract.entity, path: ['switching', 'exportFormats'], message: ctx.t({ de: 'Exportformate im Vertrag {contract}', en: 'Export formats in the contract {contract}' }, { contract: q(contract.entity.id, ctx.locale) }) }]
        : undefined,
    });
  },
});
