import { defineRule } from '../engine/rule';
import { label } from '../engine/i18n';
import { eolParams, securityEndOf } from './lifecycle';
import type { Localized } from '../engine/types';

const ESU_ENDED: Localized = { de: '; die erweiterten Sicherheitsupdates (extendedSupportUntil) sind am {until} ausgelaufen', en: '; the extended security updates (extendedSupportUntil) ended on {until}' };

export default defineRule({
  meta: {
    id: 'LIFE-001',
    title: { de: 'Keine Sicherheitsupdates mehr', en: 'No more security updates' },
    messages: {
      default: {
        de: '{name}{product} erhält seit {date} keine Sicherheitsupdates mehr{esu}.',
        en: '{name}{product} has had no security updates since {date}{esu}.',
      },
      unknownDate: {
        de: '{name}{product} erhält keine Sicherheitsupdates mehr (laut Katalog beendet, Datum nicht erfasst){esu}.',
        en: '{name}{product} no longer receives security updates (ended according to the catalogue, date not recorded){esu}.',
      },
    },
    severity: 'error', facet: 'KS', objective: 'SOV-7', cap: 1,
    rationale: {
      de: 'Software ohne Sicherheitsupdates ist ein offenes Einfallstor: Jede neu bekannte Schwachstelle bleibt ungepatcht. Maßgeblich ist das Ende der Sicherheitsunterstützung – im Modell von endoflife.date das Feld `eol`, nicht `support` (Ende der aktiven Weiterentwicklung) und nicht kostenpflichtige erweiterte Updates (ESU). Quelle ist `product.eol`, sonst der mitgelieferte Katalog (ergänzbar über `catalogues.endOfLife`) für `product.endoflife` und `product.cycle`. Sind erweiterte Sicherheitsupdates bis zum Stichtag oder darüber hinaus vertraglich gesichert (`extendedSupportUntil`), meldet statt dieser Regel LIFE-002 einen Hinweis. Kennt der Katalog das Produkt oder den Zyklus nicht, bleibt die Regel stumm (sie rät nicht); das Ziel SOV-7 bleibt dann gegebenenfalls unbewertet.',
      en: 'Software without security updates is an open door: every newly known vulnerability stays unpatched. What counts is the end of security support – in the endoflife.date model the field `eol`, not `support` (end of active support) and not paid extended security updates (ESU). The source is `product.eol`, else the shipped catalogue (extendable with `catalogues.endOfLife`) for `product.endoflife` and `product.cycle`. When extended security updates are contracted until the as-of date or later (`extendedSupportUntil`), LIFE-002 reports a warning instead of this rule. If the catalogue does not know the product or the cycle, the rule stays quiet (it does not guess); objective SOV-7 may then stay unassessed.',
    },
    sources: ['endoflife.date: Release-Zyklus-Modell (eol = Ende der Sicherheitsunterstützung)', 'BSI IT-Grundschutz-Kompendium, OPS.1.1.3 Patch- und Änderungsmanagement', 'EU Cloud Sovereignty Framework v1.2.1, SOV-7'],
    fixes: [],
    examples: {
      bad: 'product: {endoflife: windows-server, cycle: "2012-r2"}',
      good: 'product: {endoflife: windows-server, cycle: "2022"}',
    },
  },
  kinds: ['Application'],
  check(app, ctx) {
    const end = securityEndOf(app, ctx);
    if (!end || end.date > ctx.asOf) return;
    const esu = end.extendedSupportUntil;
    if (esu && esu >= ctx.asOf) return; // covered: LIFE-002
    ctx.report({
      entity: app, path: end.path, messageId: end.dateUnknown ? 'unknownDate' : 'default',
      params: { name: label(app, ctx.locale), ...eolParams(end, ctx), esu: esu ? ctx.t(ESU_ENDED, { until: esu }) : '' },
    });
  },
});
