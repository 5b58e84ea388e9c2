import { defineRule } from '../engine/rule';
import type { RelatedLocation } from '../engine/types';
import { OBJECTIVES } from '../engine/types';
import type { Objective } from '../engine/types';
import { andList, label } from '../engine/i18n';
import type { Params } from '../engine/i18n';
import { locate } from '../engine/document';
import { PROPRIETARY_SOV6_CAP } from '../engine/scoring';

export default defineRule({
  meta: {
    id: 'LEVEL-001',
    title: { de: 'Souveränitätsstufe unter der geforderten Stufe', en: 'Sovereignty level below the required level' },
    messages: {
      below: {
        de: '{name} erreicht die Souveränitätsstufe {level}; die verarbeiteten Daten verlangen mindestens Stufe {required}. Begrenzt durch: {causes}.{unassessedNote}',
        en: '{name} reaches sovereignty level {level}; the data it processes requires at least level {required}. Capped by: {causes}.{unassessedNote}',
      },
      unassessed: {
        de: '{name} verarbeitet personenbezogene Daten, aber {objectives} lässt sich nicht bewerten: Dafür müssen data, deployment.sites und deployment.operator angegeben sein.',
        en: '{name} processes personal data, but {objectives} cannot be assessed: data, deployment.sites and deployment.operator must all be given.',
      },
      unassessedPlural: {
        de: '{name} verarbeitet personenbezogene Daten, aber {objectives} lassen sich nicht bewerten: Dafür müssen data, deployment.sites und deployment.operator angegeben sein.',
        en: '{name} processes personal data, but {objectives} cannot be assessed: data, deployment.sites and deployment.operator must all be given.',
      },
      default: { de: '{name} liegt unter der geforderten Souveränitätsstufe.', en: '{name} is below the required sovereignty level.' },
    },
    /** Parts of messages, not messages of their own. */
    fragments: {
      combined: { de: '{below} {unassessed}', en: '{below} {unassessed}' },
      unassessedNote: { de: ' Nicht bewertet: {objectives}.', en: ' Unassessed: {objectives}.' },
      cause: { de: '{rule} ({objective} ≤ {cap})', en: '{rule} ({objective} ≤ {cap})' },
      proprietary: { de: 'proprietäre Lizenz ({objective} ≤ {cap})', en: 'proprietary licence ({objective} ≤ {cap})' },
    },
    severity: 'error', facet: 'D',
    rationale: {
      de: 'Jede Datenkategorie kann eine Mindeststufe der Souveränität verlangen (`requiredLevel`, sonst aus `policy.requiredLevelDefaults`: öffentlich 1, personenbezogen 2, besondere Kategorien und Geheimnisse 3). Die Stufe einer Anwendung ist das schwächste bewertete Ziel des EU Cloud Sovereignty Framework (SOV-1…8); jeder aktive Befund begrenzt sein Ziel. Liegt die Stufe unter der geforderten, nennt die Meldung die begrenzenden Befunde – sie sind der Weg zur geforderten Stufe. Für personenbezogene Daten müssen SOV-2 (Recht) und SOV-3 (Daten) bewertbar sein: Wo die Daten liegen und wer sie betreibt, darf nicht offen bleiben (Art. 28, 30, 44–49 DSGVO).',
      en: 'Each data category may require a minimum sovereignty level (`requiredLevel`, else from `policy.requiredLevelDefaults`: public 1, personal 2, special categories and secrecy 3). An application\'s level is its weakest assessed objective of the EU Cloud Sovereignty Framework (SOV-1…8); every active finding caps its objective. When the level is below the required one, the message names the capping findings — they are the way to the required level. For personal data SOV-2 (legal) and SOV-3 (data) must be assessable: where the data lies and who runs it must not stay open (GDPR art. 28, 30, 44–49).',
    },
    sources: ['EU Cloud Sovereignty Framework v1.2.1 (Sovereignty Effective Assurance Levels, SOV-1…8)', 'KGSt-Bericht „Die Digitale Kommune gestalten“, Handlungsfeld 6', 'DSGVO/GDPR Art. 28, 30, 44–49'],
    fixes: [],
    examples: {
      bad: '# DataCategory meldedaten: requiredLevel: 3\ndata: [meldedaten]\nlicence: {spdx: LicenseRef-proprietary, model: proprietary}   # SOV-6 ≤ 2',
      good: 'data: [meldedaten]\nlicence: {spdx: EUPL-1.2, model: open-source}',
    },
  },
  phase: 'score',
  kinds: ['Application'],
  check(app, ctx) {
    const s = ctx.scores?.get(app);
    if (!s) return;
    const name = label(app, ctx.locale);
    const below = s.level !== undefined && s.requiredLevel !== undefined && s.level < s.requiredLevel;
    const missing = s.personalData ? (['SOV-2', 'SOV-3'] as Objective[]).filter((o) => !s.objectives[o].assessed) : [];
    if (!below && !missing.length) return;

    const related: RelatedLocation[] = [];
    const params: Params = { name, objectives: andList(missing, ctx.locale) };
    let belowText = '';
    if (below) {
      const causes: string[] = [];
      for (const o of OBJECTIVES) {
        const obj = s.objectives[o];
        if (!obj.assessed || obj.level >= s.requiredLevel!) continue;
        for (const c of obj.cappedBy) {
          if (c.cap >= s.requiredLevel!) continue;
          causes.push(ctx.message('cause', { rule: c.ruleId, objective: o, cap: c.cap }));
          related.push({ file: c.file, range: c.range, message: `${c.ruleId} (${o} ≤ ${c.cap}): ${c.message}` });
        }
        if (obj.proprietaryLicence && PROPRIETARY_SOV6_CAP < s.requiredLevel!) {
          causes.push(ctx.message('proprietary', { objective: o, cap: PROPRIETARY_SOV6_CAP }));
          related.push({ file: app.file, range: locate(app, ['licence', 'model']), message: ctx.message('proprietary', { objective: o, cap: PROPRIETARY_SOV6_CAP }) });
        }
      }
      const others = s.unassessed.filter((o) => !missing.includes(o)); // SOV-2/3 of personal data get their own sentence
      const unassessedNote = others.length ? ctx.message('unassessedNote', { objectives: others.join(', ') }) : '';
      Object.assign(params, { level: s.level, required: s.requiredLevel, causes: [...new Set(causes)].join(', '), unassessedNote });
      belowText = ctx.message('below', params);
    }
    const unassessedId = missing.length > 1 ? 'unassessedPlural' : 'unassessed'; // "lässt"/"lassen"
    const unassessedText = missing.length ? ctx.message(unassessedId, params) : '';
    const messageId = belowText && unassessedText ? 'combined' : belowText ? 'below' : unassessedId;
    ctx.report({ entity: app, path: ['id'], messageId, params: { ...params, below: belowText, unassessed: unassessedText }, related });
  },
});
