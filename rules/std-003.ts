import { defineRule } from '../engine/rule';
import type { Entity } from '../engine/document';
import type { Landscape } from '../engine/landscape';
import { orList, q } from '../engine/i18n';
import { categoriesOf, hasInterface, reportMissingInterface } from './interfaces';
import type { NewInterface, Role } from './interfaces';

/** One mandate: a standard, or a `mandatedGroup` of standards of which one is enough. */
interface Mandate { group?: string; standards: string[] }

const mandateIndex = new WeakMap<object, Map<string, Mandate[]>>();

/**
 * category → mandates, from every Standard of the landscape and the shipped catalogue (a landscape
 * Standard overrides the catalogue entry with its id). Computed once per audit (per landscape object).
 */
export function mandatesByCategory(landscape: Landscape): Map<string, Mandate[]> {
  let index = mandateIndex.get(landscape.epoch);
  if (index) return index;
  index = new Map();
  // `get` resolves like every reference: the landscape's first declaration, else the catalogue's entry.
  for (const id of landscape.ids('Standard')) {
    const std = landscape.get('Standard', id);
    if (!std) continue;
    const cats = Array.isArray(std.data.mandatedFor) ? std.data.mandatedFor.filter((c: unknown) => typeof c === 'string') as string[] : [];
    const group = typeof std.data.mandatedGroup === 'string' && std.data.mandatedGroup ? std.data.mandatedGroup : undefined;
    for (const cat of new Set(cats)) {
      let list = index.get(cat);
      if (!list) index.set(cat, (list = []));
      const same = group ? list.find((m) => m.group === group) : undefined;
      if (same) same.standards.push(std.id);
      else list.push({ group, standards: [std.id] });
    }
  }
  mandateIndex.set(landscape.epoch, index);
  return index;
}

/**
 * The role a fix gives a mandated standard: transport protocols are `transport`, the e-invoice format
 * is the `default-format` of an e-invoice application, and the XÖV exchange standards (XBau, XPlanung,
 * XMeld, XPersonenstand, xdomea) are `export-format`: the format in which the application hands its
 * data to other authorities and archives. Not `api`, which would ask for an OpenAPI `spec` (STD-004).
 */
const ROLES: Record<string, Role> = {
  xta2: 'transport', osci: 'transport', 'fit-connect': 'transport', xrechnung: 'default-format',
  xbau: 'export-format', xplanung: 'export-format', xmeld: 'export-format', xpersonenstand: 'export-format', xdomea: 'export-format',
};

/** The role of a mandated standard (see `ROLES`); other standards by their `domain`. */
function roleFor(std: Entity | undefined, id: string): Role {
  if (Object.hasOwn(ROLES, id)) return ROLES[id];
  const domain = std?.data.domain;
  if (domain === 'transport') return 'transport';
  if (domain === 'identity') return 'auth';
  return 'export-format';
}

export default defineRule({
  meta: {
    id: 'STD-003',
    title: { de: 'Verbindlicher Standard fehlt', en: 'Mandated standard missing' },
    messages: {
      default: {
        de: '{name} ist der Kategorie {category} zugeordnet, für die {standards} verbindlich vorgeschrieben ist, hat aber keine solche Schnittstelle.',
        en: '{name} is in the category {category}, for which {standards} is mandated, but has no such interface.',
      },
    },
    severity: 'error', facet: 'T', objective: 'SOV-6', cap: 1,
    rationale: {
      de: 'Der IT-Planungsrat hat XÖV-Standards für bestimmte Verfahren verbindlich gemacht (u. a. XRechnung, XBau, XPlanung, XMeld, XPersonenstand, xdomea, XTA 2/OSCI-Transport). Eine Fachanwendung ohne den vorgeschriebenen Standard kann Daten nicht rechtskonform mit anderen Behörden austauschen und bindet die Kommune an proprietäre Brücken des Herstellers. Welche Standards für welche Kategorie gelten, steht in `mandatedFor` der Standards (mitgelieferter Katalog, in der Landschaft überschreibbar); bei einer `mandatedGroup` genügt eines ihrer Mitglieder. Eine fehlende Schnittstelle zählt als leer. Die Korrektur ergänzt den Standard mit einer passenden Rolle: Transportprotokolle als `transport`, XRechnung als `default-format`, die übrigen XÖV-Austauschstandards als `export-format`.',
      en: 'The IT-Planungsrat (German IT Planning Council) has made XÖV standards binding for certain procedures (among them XRechnung, XBau, XPlanung, XMeld, XPersonenstand, xdomea, XTA 2/OSCI-Transport). A specialist application without the mandated standard cannot exchange data with other authorities as the law requires, and ties the municipality to the vendor\'s proprietary bridges. Which standards apply to which category is set by the standards\' `mandatedFor` (shipped catalogue, overridable in the landscape); for a `mandatedGroup` one member is enough. A missing interface counts as empty. The fix adds the standard with a fitting role: transport protocols as `transport`, XRechnung as `default-format`, the other XÖV exchange standards as `export-format`.',
    },
    sources: [
      'IT-Planungsrat: Beschlüsse zu verbindlichen XÖV-Standards (XBau, XPlanung, XRechnung, XMeld, XPersonenstand, XDOMEA, XTA2/OSCI)',
      'FSFE: Definition eines offenen Standards / Open Standard definition',
      'KGSt-Bericht „Die Digitale Kommune gestalten“, Handlungsfeld 6',
    ],
    fixes: [{ de: 'Schnittstelle mit dem vorgeschriebenen Standard ergänzen (bei einer Gruppe: je Mitglied eine Auswahl)', en: 'Add an interface with the mandated standard (for a group: one choice per member)' }],
    examples: {
      bad: 'category: e-invoice\ninterfaces:\n  - {standard: pdf, role: default-format}',
      good: 'category: e-invoice\ninterfaces:\n  - {standard: xrechnung, role: default-format}',
    },
  },
  kinds: ['Application'],
  check(app, ctx) {
    const cats = categoriesOf(app);
    if (!cats.length) return;
    const index = mandatesByCategory(ctx.landscape);
    for (const category of cats) {
      for (const mandate of index.get(category) ?? []) {
        if (hasInterface(app, mandate.standards)) continue;
        const options: NewInterface[] = mandate.standards.map((id) => ({ standard: id, role: roleFor(ctx.landscape.get('Standard', id), id) }));
        reportMissingInterface(app, ctx, 'default', { category: q(category, ctx.locale), standards: orList(mandate.standards.map((s) => q(s, ctx.locale)), ctx.locale) }, options);
      }
    }
  },
});
