import { defineRule } from '../engine/rule';
import { label, labelList, q } from '../engine/i18n';
import { personalCategoriesOf, personalFieldOf } from '../engine/terms';

export default defineRule({
  meta: {
    id: 'JUR-001',
    title: { de: 'Personenbezogene Daten ohne Standort oder Betreiber', en: 'Personal data without site or operator' },
    messages: {
      neither: {
        de: '{name} verarbeitet personenbezogene Daten ({categories}), aber weder deployment.sites noch deployment.operator sind angegeben: Wo die Daten liegen und wer Zugriff auf sie hat, ist nicht dokumentiert.',
        en: '{name} processes personal data ({categories}), but neither deployment.sites nor deployment.operator is given: where the data lies and who has access to it is not documented.',
      },
      noSites: {
        de: '{name} verarbeitet personenbezogene Daten ({categories}), aber deployment.sites fehlt: Wo die Daten liegen, ist nicht dokumentiert.',
        en: '{name} processes personal data ({categories}), but deployment.sites is missing: where the data lies is not documented.',
      },
      noOperator: {
        de: '{name} verarbeitet personenbezogene Daten ({categories}), aber deployment.operator fehlt: Wer die Anwendung betreibt und welchem Recht er unterliegt, ist nicht dokumentiert.',
        en: '{name} processes personal data ({categories}), but deployment.operator is missing: who runs the application, and under which law, is not documented.',
      },
      default: { de: '{name} verarbeitet personenbezogene Daten ohne dokumentierten Standort oder Betreiber.', en: '{name} processes personal data without a documented site or operator.' },
    },
    severity: 'error', facet: 'D', objective: 'SOV-3', cap: 0,
    rationale: {
      de: 'Wer personenbezogene Daten verarbeitet, muss wissen, wo sie liegen und wer sie verarbeitet: Das verlangen das Verzeichnis der Verarbeitungstätigkeiten (Art. 30 DSGVO), die Auftragsverarbeitung (Art. 28 DSGVO) und die Regeln für Übermittlungen in Drittländer (Art. 44–49 DSGVO). Ohne Standort und Betreiber lässt sich weder prüfen, ob die Daten die erlaubten Regionen verlassen, noch, welche Rechtsordnungen Zugriff erzwingen können. Die Datensouveränität ist dann nicht nachweisbar, daher die Stufe 0 für SOV-3.',
      en: 'Whoever processes personal data must know where it lies and who processes it: the record of processing activities (GDPR art. 30), processing on behalf (art. 28) and the rules on transfers to third countries (art. 44–49) all require it. Without sites and operator neither the allowed regions nor the jurisdictions that can compel access can be checked. Data sovereignty cannot be shown, hence level 0 for SOV-3.',
    },
    sources: ['DSGVO/GDPR Art. 28, 30, 44–49', 'EU Cloud Sovereignty Framework v1.2.1, SOV-3', 'KGSt-Bericht „Die Digitale Kommune gestalten“, Handlungsfeld 6 (Datensouveränität)'],
    fixes: [],
    examples: {
      bad: 'data: [meldedaten]\ndeployment: {model: saas}',
      good: 'data: [meldedaten]\ndeployment: {model: municipal-it, sites: [rz-kommunal], operator: kdo}',
    },
  },
  kinds: ['Application'],
  check(app, ctx) {
    const personal = personalCategoriesOf(app, ctx.landscape);
    if (!personal.length) return;
    const deployment = app.data.deployment;
    const hasSites = Array.isArray(deployment?.sites) && deployment.sites.length > 0;
    const hasOperator = typeof deployment?.operator === 'string' && deployment.operator !== '';
    if (hasSites && hasOperator) return;
    const params = { name: label(app, ctx.locale), categories: labelList(personal.map((c) => c.entity), ctx.locale) };
    const related = personal.map((c) => ({ entity: c.entity, path: personalFieldOf(c.entity), message: ctx.t({ de: 'Personenbezogene Datenkategorie {id}', en: 'Personal data category {id}' }, { id: q(c.entity.id, ctx.locale) }) }));
    // Without a `deployment` mapping, the finding stands at the `data` key (the condition's other field).
    const hasDeployment = app.raw.deployment && typeof app.raw.deployment === 'object';
    if (!hasSites && !hasOperator) {
      ctx.report({ entity: app, path: hasDeployment ? ['deployment'] : ['data'], at: 'key', messageId: 'neither', params, related });
    } else {
      ctx.report({ entity: app, path: ['deployment', hasSites ? 'operator' : 'sites'], at: 'key', messageId: hasSites ? 'noOperator' : 'noSites', params, related });
    }
  },
});
