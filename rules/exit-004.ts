import { defineRule } from '../engine/rule';
import type { RuleContext } from '../engine/rule';
import type { Entity } from '../engine/document';
import { isNotOpenSource, topParent, usersOf } from '../engine/terms';
import { LAYERS } from '../engine/model';
import { label, labelList, q } from '../engine/i18n';
import type { Locale, Localized } from '../engine/types';

const RELATED_USERS: Localized = { de: '{app}: {users} Nutzende', en: '{app}: {users} users' };
const RELATED_LAYER: Localized = { de: '{app} (Ebene {layer})', en: '{app} (layer {layer})' };

/** A layer is judged only when it holds at least this many applications. */
const MIN_APPS_PER_LAYER = 3;
/** A vendor with not-open-source applications in this many layers or more is a finding. */
const MAX_LAYERS = 3;

function percent(x: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(x);
}

export default defineRule({
  meta: {
    id: 'EXIT-004',
    title: { de: 'Abhängigkeit von einem Anbieter (Konzentration)', en: 'Dependence on one vendor (concentration)' },
    messages: {
      default: {
        de: 'Die nicht quelloffenen Anwendungen von {vendor} halten {share} der Nutzenden der Ebene {layer} (Schwelle {threshold}): {apps}.',
        en: 'The not-open-source applications of {vendor} hold {share} of the users of layer {layer} (threshold {threshold}): {apps}.',
      },
      layers: {
        de: '{vendor} liefert nicht quelloffene Anwendungen auf {count} Ebenen des Stacks ({layers}): {apps}.',
        en: '{vendor} supplies not-open-source applications on {count} layers of the stack ({layers}): {apps}.',
      },
    },
    severity: 'warning', facet: 'T', objective: 'SOV-5', cap: 2,
    rationale: {
      de: 'Die PwC-Marktanalyse für das Bundesinnenministerium (2019) hat die Abhängigkeit der Verwaltung von einzelnen Softwareanbietern über sieben Ebenen des Stacks untersucht und sie als Ursache von Schmerzpunkten wie Preissteigerungen, erzwungenen Migrationen und fehlender Verhandlungsmacht benannt. Diese Regel misst das für die eigene Landschaft: Hersteller werden über ihre Mutterkonzerne (`parent`, bis zur Spitze der Kette) zusammengefasst. Ein Befund entsteht, wenn auf einer Ebene mit mindestens drei Anwendungen die nicht quelloffenen Anwendungen eines Konzerns mehr als `policy.concentrationThreshold` der Nutzenden halten (eine Anwendung ohne `users` zählt 1), oder wenn ein Konzern auf drei oder mehr Ebenen nicht quelloffene Anwendungen liefert. Gemeldet wird am Party-Dokument des Konzerns; die Obergrenze für SOV-5 gilt für jede beteiligte Anwendung.',
      en: 'The PwC market analysis for the German Federal Ministry of the Interior (2019) examined the administration\'s dependence on single software vendors across seven layers of the stack and named it the cause of pain points such as price rises, forced migrations and a lack of negotiating power. This rule measures it for the own landscape: vendors are grouped by their parent companies (`parent`, up to the top of the chain). A finding arises when, in a layer with at least three applications, one group\'s not-open-source applications hold more than `policy.concentrationThreshold` of the users (an application without `users` counts 1), or when one group supplies not-open-source applications in three or more layers. It is reported on the group\'s Party document; the SOV-5 cap applies to every application involved.',
    },
    sources: ['PwC: Strategische Marktanalyse zur Reduzierung von Abhängigkeiten von einzelnen Software-Anbietern (2019), sieben Stack-Ebenen und Schmerzpunkte', 'EU Cloud Sovereignty Framework v1.2.1, SOV-5 (Lieferkette / supply chain)', 'KGSt-Bericht „Die Digitale Kommune gestalten“, Handlungsfeld 6'],
    fixes: [],
    examples: {
      bad: '# layer office: 3 applications, all proprietary from one vendor group\nkind: Party\nid: microsoft-deutschland\nname: Microsoft Deutschland GmbH\nparent: microsoft',
      good: '# layer office: the largest user group works with an open-source office suite\nkind: Application\nid: libreoffice\nname: LibreOffice\nlayer: office\nusers: 900\nlicence: {spdx: MPL-2.0, model: open-source}',
    },
  },
  checkLandscape(ctx) {
    checkConcentration(ctx);
  },
});

interface Group { top: Entity; apps: Entity[] }

function checkConcentration(ctx: RuleContext): void {
  const landscape = ctx.landscape;
  // Each application once (a duplicate id is REF-002's finding, not a second application).
  const apps = landscape.all('Application').filter((a) => a.id && landscape.get('Application', a.id) === a);
  const layerApps = new Map<string, Entity[]>();
  for (const a of apps) {
    const layer = a.data.layer;
    if (typeof layer !== 'string') continue;
    (layerApps.get(layer) ?? layerApps.set(layer, []).get(layer)!).push(a);
  }
  const groups = new Map<string, Group>();
  for (const a of apps) {
    if (!isNotOpenSource(a) || typeof a.data.vendor !== 'string') continue;
    const vendor = landscape.get('Party', a.data.vendor);
    if (!vendor) continue; // unknown vendor: REF-001
    const top = topParent(vendor, landscape);
    (groups.get(top.id) ?? groups.set(top.id, { top, apps: [] }).get(top.id)!).apps.push(a);
  }
  const order = (l: string) => { const i = (LAYERS as readonly string[]).indexOf(l); return i < 0 ? LAYERS.length : i; };
  const layers = [...layerApps.keys()].sort((a, b) => order(a) - order(b) || (a < b ? -1 : 1));
  // Users per judged layer, once (not once per vendor group).
  const layerUsers = new Map<string, number>();
  for (const layer of layers) {
    const all = layerApps.get(layer)!;
    if (all.length >= MIN_APPS_PER_LAYER) layerUsers.set(layer, all.reduce((s, a) => s + usersOf(a), 0));
  }
  const threshold = ctx.policy.concentrationThreshold;
  const locale = ctx.locale;
  for (const id of [...groups.keys()].sort()) {
    const { top, apps: own } = groups.get(id)!;
    const vendor = label(top, locale);
    for (const [layer, total] of layerUsers) {
      if (total <= 0) continue;
      const involved = own.filter((a) => a.data.layer === layer);
      if (!involved.length) continue;
      const share = involved.reduce((s, a) => s + usersOf(a), 0) / total;
      if (share <= threshold) continue;
      ctx.report({
        entity: top, path: ['id'],
        params: { vendor, share: percent(share, locale), layer: q(layer, locale), threshold: percent(threshold, locale), apps: labelList(involved, locale) },
        related: involved.map((a) => ({ entity: a, path: ['vendor'], at: 'value' as const, message: ctx.t(RELATED_USERS, { app: label(a, locale), users: usersOf(a) }) })),
        affects: involved,
      });
    }
    const layered = own.filter((a) => typeof a.data.layer === 'string');
    const distinct = [...new Set(layered.map((a) => a.data.layer as string))].sort((a, b) => order(a) - order(b));
    if (distinct.length >= MAX_LAYERS) {
      ctx.report({
        entity: top, path: ['id'], messageId: 'layers',
        params: { vendor, count: distinct.length, layers: distinct.map((l) => q(l, locale)).join(', '), apps: labelList(layered, locale) },
        related: layered.map((a) => ({ entity: a, path: ['vendor'], at: 'value' as const, message: ctx.t(RELATED_LAYER, { app: label(a, locale), layer: q(a.data.layer, locale) }) })),
        affects: layered,
      });
    }
  }
}
