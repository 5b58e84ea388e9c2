import { defineRule } from '../engine/rule';
import { label } from '../engine/i18n';
import { dateLimit, daysBetween } from '../engine/dates';
import { eolParams, securityEndOf } from './lifecycle';

export default defineRule({
  meta: {
    id: 'LIFE-002',
    title: { de: 'Ende der Sicherheitsupdates naht', en: 'End of security updates approaching' },
    messages: {
      default: {
        de: '{name}{product} erhält nur noch bis {date} Sicherheitsupdates (in {days} Tagen).',
        en: '{name}{product} receives security updates only until {date} (in {days} days).',
      },
      esu: {
        de: '{name}{product} erhält seit {date} keine regulären Sicherheitsupdates mehr und ist nur durch bezahlte erweiterte Sicherheitsupdates bis {until} abgedeckt (extendedSupportUntil, noch {days} Tage).',
        en: '{name}{product} has had no regular security updates since {date} and is covered only by paid extended security updates until {until} (extendedSupportUntil, {days} days left).',
      },
      esuUnknownDate: {
        de: '{name}{product} erhält keine regulären Sicherheitsupdates mehr (laut Katalog beendet) und ist nur durch bezahlte erweiterte Sicherheitsupdates bis {until} abgedeckt (extendedSupportUntil, noch {days} Tage).',
        en: '{name}{product} no longer receives regular security updates (ended according to the catalogue) and is covered only by paid extended security updates until {until} (extendedSupportUntil, {days} days left).',
      },
    },
    severity: 'warning', facet: 'KS', objective: 'SOV-7', cap: 3,
    rationale: {
      de: 'Eine Migration braucht Vorlauf: Ausschreibung, Test und Umstellung dauern in einer Kommune oft länger als ein halbes Jahr. Die Regel warnt, wenn das Ende der Sicherheitsunterstützung (`product.eol`, sonst `eol` im Katalog nach dem Modell von endoflife.date) innerhalb von `policy.eolWarningDays` Tagen nach dem Stichtag liegt, und wenn es bereits überschritten, aber durch bezahlte erweiterte Sicherheitsupdates (`extendedSupportUntil`) überbrückt ist: Das ist eine teure, befristete Notlösung, keine Unterstützung auf Dauer. Kennt der Katalog das Produkt oder den Zyklus nicht, bleibt die Regel stumm.',
      en: 'A migration needs lead time: tender, testing and switchover often take a municipality more than half a year. The rule warns when the end of security support (`product.eol`, else `eol` in the catalogue after the endoflife.date model) lies within `policy.eolWarningDays` days after the as-of date, and when it has passed but is bridged by paid extended security updates (`extendedSupportUntil`): an expensive, temporary stopgap, not lasting support. If the catalogue does not know the product or the cycle, the rule stays quiet.',
    },
    sources: ['endoflife.date: Release-Zyklus-Modell (eol = Ende der Sicherheitsunterstützung)', 'BSI IT-Grundschutz-Kompendium, OPS.1.1.3 Patch- und Änderungsmanagement', 'EU Cloud Sovereignty Framework v1.2.1, SOV-7'],
    fixes: [],
    examples: {
      bad: 'product: {endoflife: windows-server, cycle: "2016"}   # eol 2027-01-12',
      good: 'product: {endoflife: windows-server, cycle: "2025"}',
    },
  },
  kinds: ['Application'],
  check(app, ctx) {
    const end = securityEndOf(app, ctx);
    if (!end) return;
    const params = { name: label(app, ctx.locale), ...eolParams(end, ctx) };
    if (end.date > ctx.asOf) {
      if (end.date > dateLimit(ctx.asOf, ctx.policy.eolWarningDays, 'days')) return;
      ctx.report({ entity: app, path: end.path, params: { ...params, days: daysBetween(ctx.asOf, end.date) } });
      return;
    }
    const esu = end.extendedSupportUntil;
    if (!esu || esu < ctx.asOf) return; // not covered: LIFE-001
    ctx.report({ entity: app, path: end.path, messageId: end.dateUnknown ? 'esuUnknownDate' : 'esu', params: { ...params, until: esu, days: daysBetween(ctx.asOf, esu) } });
  },
});
