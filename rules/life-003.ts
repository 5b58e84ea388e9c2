import { defineRule } from '../engine/rule';
import { label } from '../engine/i18n';
import { isDate } from '../engine/dates';

export default defineRule({
  meta: {
    id: 'LIFE-003',
    title: { de: 'Keine Wartung', en: 'Not maintained' },
    messages: {
      default: { de: '{name} wird nicht gewartet (maintenance.type: none).', en: '{name} is not maintained (maintenance.type: none).' },
      ended: { de: 'Die Wartung von {name} ist am {until} ausgelaufen (maintenance.until).', en: 'The maintenance of {name} ended on {until} (maintenance.until).' },
    },
    severity: 'warning', facet: 'KS', objective: 'SOV-4', cap: 2,
    rationale: {
      de: 'Software, um die sich niemand kümmert – weder eigenes Personal noch ein Vertragspartner noch eine Community –, veraltet unbemerkt: Fehler bleiben, Schnittstellen brechen, Wissen geht verloren. Der publiccode.yml-Standard beschreibt das mit `maintenance.type` (`internal`, `contract`, `community`, `none`) und dem Enddatum einer vertraglichen Wartung. Gemeldet wird `type: none` oder ein `until` vor dem Stichtag; ohne `maintenance` bleibt die Regel stumm.',
      en: 'Software nobody looks after – neither own staff nor a contractor nor a community – ages unnoticed: bugs remain, interfaces break, knowledge is lost. The publiccode.yml standard describes this with `maintenance.type` (`internal`, `contract`, `community`, `none`) and the end date of contracted maintenance. Reported are `type: none` or an `until` before the as-of date; without `maintenance` the rule stays quiet.',
    },
    sources: ['publiccode.yml-Standard (maintenance.type)', 'KGSt-Bericht „Die Digitale Kommune gestalten“, Handlungsfeld 6 (Wissen und Nachhaltigkeit)', 'EU Cloud Sovereignty Framework v1.2.1, SOV-4'],
    fixes: [],
    examples: {
      bad: 'maintenance: {type: contract, until: 2025-12-31}',
      good: 'maintenance: {type: contract, until: 2028-12-31}',
    },
  },
  kinds: ['Application'],
  check(app, ctx) {
    const m = app.data.maintenance;
    if (!m || typeof m !== 'object') return;
    if (m.type === 'none') {
      ctx.report({ entity: app, path: ['maintenance', 'type'], params: { name: label(app, ctx.locale) } });
    } else if (isDate(m.until) && m.until < ctx.asOf) {
      ctx.report({ entity: app, path: ['maintenance', 'until'], messageId: 'ended', params: { name: label(app, ctx.locale), until: m.until } });
    }
  },
});
