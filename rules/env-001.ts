import { defineRule } from '../engine/rule';
import { applicationsAt } from '../engine/terms';
import { andList, label } from '../engine/i18n';
import type { Locale, Localized } from '../engine/types';

const PUE: Localized = { de: 'PUE {value} (höchstens {limit})', en: 'PUE {value} (at most {limit})' };
const RENEWABLE: Localized = { de: 'Anteil erneuerbarer Energie {value} (mindestens {limit})', en: 'renewable energy share {value} (at least {limit})' };

/** EnEfG §11: data centres must reach a PUE of at most 1.5 and cover their electricity with renewables. */
const MAX_PUE = 1.5;
const MIN_RENEWABLE_SHARE = 0.5;

function fmt(x: number, locale: Locale, style: 'decimal' | 'percent'): string {
  return new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', { style, maximumFractionDigits: 2 }).format(x);
}

export default defineRule({
  meta: {
    id: 'ENV-001',
    title: { de: 'Rechenzentrum verfehlt Effizienzvorgaben', en: 'Data centre misses efficiency limits' },
    messages: {
      default: { de: 'Der Standort {site} verfehlt die Vorgaben des Energieeffizienzgesetzes: {problems}.', en: 'The site {site} misses the limits of the German Energy Efficiency Act: {problems}.' },
    },
    severity: 'info', facet: 'KS', objective: 'SOV-8', cap: 2,
    rationale: {
      de: 'Nachhaltig betriebene IT ist Teil digitaler Souveränität (Ziel SOV-8 des EU Cloud Sovereignty Framework). Das Energieeffizienzgesetz (EnEfG, §11) verlangt von Rechenzentren eine Energieverbrauchseffektivität (PUE) von höchstens 1,5 für Bestandsanlagen ab 2027 (strengere Werte für neue) und einen wachsenden Anteil erneuerbaren Stroms (50 % seit 2024, 100 % ab 2027). Verbindlich ist das für Rechenzentren ab einer bestimmten Anschlussleistung; für kleinere Serverräume ist es der Maßstab guter Praxis. Die Regel prüft jeden Standort, ob genutzt oder nicht, an seinem `energy`-Wert gegen PUE > 1,5 oder einen Anteil erneuerbarer Energie unter 50 %; die Obergrenze für SOV-8 gilt für jede dort betriebene Anwendung. Ohne `energy` bleibt sie stumm.',
      en: 'Sustainably run IT is part of digital sovereignty (objective SOV-8 of the EU Cloud Sovereignty Framework). The German Energy Efficiency Act (EnEfG, §11) requires data centres to reach a power usage effectiveness (PUE) of at most 1.5 for existing facilities from 2027 (stricter values for new ones) and a growing share of renewable electricity (50 % since 2024, 100 % from 2027). It is binding for data centres above a connected-load threshold; for smaller server rooms it is the benchmark of good practice. The rule checks every site, used or not, at its `energy` value against a PUE above 1.5 or a renewable share below 50 %; the SOV-8 cap applies to every application deployed there. Without `energy` it stays quiet.',
    },
    sources: ['Energieeffizienzgesetz (EnEfG) §11 – Anforderungen an Rechenzentren', 'EU Cloud Sovereignty Framework v1.2.1, SOV-8 (ökologische Nachhaltigkeit / environmental)'],
    fixes: [],
    examples: {
      bad: 'kind: HostingSite\nid: rz-altbau\nname: Serverraum Rathaus\nenergy: {pue: 2.1, renewableShare: 0.3}',
      good: 'kind: HostingSite\nid: rz-kommunal\nname: Rechenzentrum des kommunalen IT-Dienstleisters\nenergy: {pue: 1.3, renewableShare: 1.0}',
    },
  },
  kinds: ['HostingSite'],
  check(site, ctx) {
    const energy = site.data.energy;
    if (!energy || typeof energy !== 'object') return;
    const problems: string[] = [];
    if (typeof energy.pue === 'number' && energy.pue > MAX_PUE) {
      problems.push(ctx.t(PUE, { value: fmt(energy.pue, ctx.locale, 'decimal'), limit: fmt(MAX_PUE, ctx.locale, 'decimal') }));
    }
    if (typeof energy.renewableShare === 'number' && energy.renewableShare < MIN_RENEWABLE_SHARE) {
      problems.push(ctx.t(RENEWABLE, { value: fmt(energy.renewableShare, ctx.locale, 'percent'), limit: fmt(MIN_RENEWABLE_SHARE, ctx.locale, 'percent') }));
    }
    if (!problems.length) return;
    ctx.report({
      entity: site, path: ['energy'], params: { site: label(site, ctx.locale), problems: andList(problems, ctx.locale) },
      affects: applicationsAt(ctx.landscape, site.id),
    });
  },
});
