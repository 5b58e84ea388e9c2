import { defineRule } from '../engine/rule';
import { label } from '../engine/i18n';

/** Fewer admins than this for a critical application is a bus-factor risk. */
const MIN_ADMINS = 2;

export default defineRule({
  meta: {
    id: 'LIFE-004',
    title: { de: 'Zu wenige Administratoren (Busfaktor)', en: 'Too few administrators (bus factor)' },
    messages: {
      default: {
        de: '{name} ist kritisch (criticality: {criticality}), hat aber weniger als {min} Administrierende (competence.admins: {admins}): Fällt jemand aus, kann niemand die Anwendung betreuen.',
        en: '{name} is critical (criticality: {criticality}) but has fewer than {min} administrators (competence.admins: {admins}): if one is unavailable, nobody can look after it.',
      },
    },
    severity: 'warning', facet: 'KS', objective: 'SOV-4', cap: 2,
    rationale: {
      de: 'Souveränität setzt eigene Kompetenz voraus: Eine kritische Anwendung, die nur eine Person beherrscht, steht still, wenn diese krank, im Urlaub oder nicht mehr da ist – und die Kommune ist dann vom Hersteller oder Dienstleister abhängig. Für Anwendungen mit hohem oder sehr hohem Schutzbedarf (BSI) werden mindestens zwei Administrierende verlangt. Ohne `competence.admins` bleibt die Regel stumm.',
      en: 'Sovereignty requires own competence: a critical application that only one person masters stops when that person is ill, on leave or gone – and the municipality then depends on the vendor or service provider. For applications with a high or very high protection need (BSI), at least two administrators are required. Without `competence.admins` the rule stays quiet.',
    },
    sources: ['KGSt-Bericht „Die Digitale Kommune gestalten“, Handlungsfeld 6 (Wissen und Nachhaltigkeit)', 'BSI IT-Grundschutz-Kompendium, ORP.2 Personal (Vertretungsregelungen)', 'EU Cloud Sovereignty Framework v1.2.1, SOV-4'],
    fixes: [],
    examples: {
      bad: 'criticality: high\ncompetence: {admins: 1}',
      good: 'criticality: high\ncompetence: {admins: 2, documentation: https://wiki.example.org/fachverfahren}',
    },
  },
  kinds: ['Application'],
  check(app, ctx) {
    const criticality = app.data.criticality;
    if (criticality !== 'high' && criticality !== 'very-high') return;
    const admins = app.data.competence?.admins;
    if (typeof admins !== 'number' || admins >= MIN_ADMINS) return;
    ctx.report({ entity: app, path: ['competence', 'admins'], params: { name: label(app, ctx.locale), criticality, admins, min: MIN_ADMINS } });
  },
});
