import { defineRule } from '../engine/rule';
import { label } from '../engine/i18n';
import { isCloudService, isProprietary } from '../engine/terms';

export default defineRule({
  meta: {
    id: 'EXIT-001',
    title: { de: 'Kein Exit-Plan', en: 'No exit plan' },
    messages: {
      default: {
        de: 'Für {name} gibt es keinen Exit-Plan (exitPlan), obwohl die Anwendung als Clouddienst ({model}) bezogen wird.',
        en: 'There is no exit plan (exitPlan) for {name}, although it is used as a cloud service ({model}).',
      },
      critical: {
        de: 'Für {name} gibt es keinen Exit-Plan (exitPlan), obwohl die Anwendung als kritisch eingestuft ist (criticality: {criticality}).',
        en: 'There is no exit plan (exitPlan) for {name}, although it is rated critical (criticality: {criticality}).',
      },
      proprietary: {
        de: 'Für die proprietäre Anwendung {name} gibt es keinen Exit-Plan (exitPlan).',
        en: 'There is no exit plan (exitPlan) for the proprietary application {name}.',
      },
    },
    severity: 'warning', facet: 'T', objective: 'SOV-4', cap: 2,
    rationale: {
      de: 'Wer nicht weiß, wie er eine Anwendung verlassen würde, kann es im Ernstfall nicht: bei Preiserhöhung, Insolvenz, Übernahme des Anbieters oder einem Rechtsrahmen, der den Betrieb unzulässig macht. Ein Exit-Plan nennt Alternativen, den Aufwand und den zuletzt getesteten Datenexport. Für Clouddienste und kritische Anwendungen ist das eine Warnung, für übrige proprietäre Anwendungen ein Hinweis. Die PwC-Marktanalyse (2019) zeigt, dass fehlende Wechseloptionen der Kern der Abhängigkeit der Verwaltung von einzelnen Softwareanbietern sind; der EU Data Act (Art. 23–29) gibt Cloudkunden das Recht zum Wechsel, das ein Plan erst nutzbar macht.',
      en: 'Whoever does not know how they would leave an application cannot do so when it matters: on a price increase, the provider\'s insolvency or takeover, or a legal framework that makes its use inadmissible. An exit plan names alternatives, the effort and the last tested data export. For cloud services and critical applications its absence is a warning, for other proprietary applications a hint. The PwC market analysis (2019) shows that missing switching options are the core of the administration\'s dependence on single software vendors; the EU Data Act (art. 23–29) gives cloud customers the right to switch, which a plan makes usable.',
    },
    sources: ['PwC: Strategische Marktanalyse zur Reduzierung von Abhängigkeiten von einzelnen Software-Anbietern (2019)', 'EU Data Act (Verordnung (EU) 2023/2854), Art. 23–29', 'EU Cloud Sovereignty Framework v1.2.1, SOV-4'],
    fixes: [],
    examples: {
      bad: 'criticality: high\nlicence: {spdx: LicenseRef-proprietary, model: proprietary}',
      good: 'criticality: high\nlicence: {spdx: LicenseRef-proprietary, model: proprietary}\nexitPlan:\n  alternatives: [Open-Source-Fachverfahren XY]\n  exportTested: 2026-03-01\n  effortDays: 40',
    },
  },
  kinds: ['Application'],
  check(app, ctx) {
    if (app.raw.exitPlan !== undefined && app.raw.exitPlan !== null) return;
    const criticality = app.data.criticality;
    const name = label(app, ctx.locale);
    if (isCloudService(app)) {
      ctx.report({ entity: app, path: ['exitPlan'], params: { name, model: app.data.deployment.model } });
    } else if (criticality === 'high' || criticality === 'very-high') {
      ctx.report({ entity: app, path: ['exitPlan'], messageId: 'critical', params: { name, criticality } });
    } else if (isProprietary(app)) {
      ctx.report({ entity: app, path: ['exitPlan'], messageId: 'proprietary', params: { name }, severity: 'info' });
    }
  },
});
