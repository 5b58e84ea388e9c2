import { defineRule } from '../engine/rule';
import { label } from '../engine/i18n';
import { dateLimit, isDate } from '../engine/dates';

/** An entry not reviewed for longer than this is stale. */
const REVIEW_MONTHS = 12;

export default defineRule({
  meta: {
    id: 'LIFE-006',
    title: { de: 'Inventareintrag nicht überprüft', en: 'Inventory entry not reviewed' },
    messages: {
      default: { de: 'Für {name} ist nicht erfasst, wann der Eintrag zuletzt überprüft wurde (lastReviewed).', en: 'It is not recorded when the entry for {name} was last reviewed (lastReviewed).' },
      stale: { de: 'Der Eintrag für {name} wurde zuletzt am {date} überprüft, vor mehr als {months} Monaten.', en: 'The entry for {name} was last reviewed on {date}, more than {months} months ago.' },
    },
    severity: 'info', facet: 'KS',
    rationale: {
      de: 'Eine Souveränitätsbewertung ist nur so gut wie das Inventar, auf dem sie beruht: Verträge enden, Betreiber wechseln, Versionen veralten. Jeder Anwendungseintrag sollte mindestens jährlich überprüft und das Datum in `lastReviewed` festgehalten werden. Die Regel prüft nur Anwendungen: Sie sind der Gegenstand der Bewertung, und die übrigen Dokumente (Verträge, Parteien, Standorte) werden mit den Anwendungen überprüft, die sie verwenden; ein Hinweis an jedem Standard oder jeder Datenkategorie wäre Rauschen. Die Regel senkt kein Ziel (keine Obergrenze).',
      en: 'A sovereignty assessment is only as good as the inventory it rests on: contracts end, operators change, versions age. Every application entry should be reviewed at least once a year and the date recorded in `lastReviewed`. The rule checks applications only: they are what is assessed, and the other documents (contracts, parties, sites) are reviewed with the applications that use them; a hint on every standard or data category would be noise. The rule lowers no objective (no cap).',
    },
    sources: ['KGSt-Bericht „Die Digitale Kommune gestalten“, Handlungsfeld 6 (Wissen und Nachhaltigkeit)', 'BSI IT-Grundschutz-Kompendium, ISMS.1 (regelmäßige Überprüfung)'],
    fixes: [],
    examples: {
      bad: 'lastReviewed: 2024-05-02',
      good: 'lastReviewed: 2026-09-15',
    },
  },
  kinds: ['Application'],
  check(app, ctx) {
    const raw = app.raw.lastReviewed;
    if (raw === undefined || raw === null) {
      ctx.report({ entity: app, path: ['lastReviewed'], params: { name: label(app, ctx.locale) } });
      return;
    }
    const date = app.data.lastReviewed;
    if (isDate(date) && date < dateLimit(ctx.asOf, -REVIEW_MONTHS, 'months')) {
      ctx.report({ entity: app, path: ['lastReviewed'], messageId: 'stale', params: { name: label(app, ctx.locale), date, months: REVIEW_MONTHS } });
    }
  },
});
