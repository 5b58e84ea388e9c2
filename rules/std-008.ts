import { defineRule } from '../engine/rule';
import { label, q } from '../engine/i18n';

export default defineRule({
  meta: {
    id: 'STD-008',
    title: { de: 'Open Source auf proprietärem Fundament', en: 'Open source on a proprietary foundation' },
    messages: {
      default: {
        de: '{name} ist Open Source, hängt aber zwingend von {dependency} ab, einer proprietären Komponente: Ohne sie lässt sich die Anwendung nicht frei betreiben.',
        en: '{name} is open source but requires {dependency}, a proprietary component: without it the application cannot be run freely.',
      },
    },
    severity: 'info', facet: 'T', objective: 'SOV-6', cap: 3,
    rationale: {
      de: 'Die Freiheiten einer Open-Source-Anwendung reichen nur so weit wie ihre Abhängigkeiten: Setzt sie zwingend eine proprietäre Datenbank, Laufzeitumgebung oder einen Clouddienst voraus, bestimmt deren Hersteller über Betrieb, Kosten und Wechsel mit. Der publiccode.yml-Standard beschreibt solche Abhängigkeiten (`dependsOn`); optionale Abhängigkeiten sind unkritisch.',
      en: 'The freedoms of an open-source application reach only as far as its dependencies: if it requires a proprietary database, runtime or cloud service, that vendor co-decides on operation, cost and switching. The publiccode.yml standard describes such dependencies (`dependsOn`); optional ones are harmless.',
    },
    sources: ['publiccode.yml-Standard (dependsOn)', 'KGSt-Bericht „Die Digitale Kommune gestalten“, Handlungsfeld 6 (technologische Souveränität)'],
    fixes: [],
    examples: {
      bad: 'licence: {spdx: AGPL-3.0-or-later, model: open-source}\ndependsOn:\n  - {name: Oracle Database, proprietary: true}',
      good: 'licence: {spdx: AGPL-3.0-or-later, model: open-source}\ndependsOn:\n  - {application: postgresql}\n  - {name: Oracle Database, proprietary: true, optional: true}',
    },
  },
  kinds: ['Application'],
  check(app, ctx) {
    if (app.data.licence?.model !== 'open-source' || !Array.isArray(app.data.dependsOn)) return;
    app.data.dependsOn.forEach((dep: any, i: number) => {
      if (!dep || typeof dep !== 'object' || dep.proprietary !== true || dep.optional === true) return;
      // The dependency's own id or name, not the referenced application's name: a rule about one
      // application reads no other application (the audit re-uses its results while others change).
      const depName = typeof dep.name === 'string' ? dep.name : typeof dep.application === 'string' ? dep.application : `#${i + 1}`;
      ctx.report({ entity: app, path: ['dependsOn', i, 'proprietary'], params: { name: label(app, ctx.locale), dependency: q(depName, ctx.locale) } });
    });
  },
});
