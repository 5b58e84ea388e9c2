import { defineRule } from '../engine/rule';
import { orList, q } from '../engine/i18n';
import { categoriesOf, hasInterface, reportMissingInterface } from './interfaces';

/** Category → the open protocols of which it needs one. Added as `transport`: they are wire protocols, not OpenAPI APIs. */
const EXPECTED: Record<string, string[]> = {
  mail: ['imap', 'smtp'],
  calendar: ['caldav'],
  contacts: ['carddav'],
  chat: ['matrix', 'xmpp'],
};

export default defineRule({
  meta: {
    id: 'STD-006',
    title: { de: 'Kommunikationsdienst ohne offenes Protokoll', en: 'Communication service without an open protocol' },
    messages: {
      default: {
        de: '{name} ist der Kategorie {category} zugeordnet, bietet aber kein offenes Protokoll an (erwartet: {standards}).',
        en: '{name} is in the category {category} but offers no open protocol ({standards} expected).',
      },
    },
    severity: 'warning', facet: 'T', objective: 'SOV-6', cap: 2,
    rationale: {
      de: 'E-Mail, Kalender, Kontakte und Chat verbinden die Verwaltung nach innen und außen. Sind sie nur über herstellereigene Protokolle (z. B. MAPI, EWS) erreichbar, lassen sich weder Clients noch Server unabhängig austauschen, und Postfächer, Termine und Adressbücher sind an einen Anbieter gebunden. Die offenen Protokolle IMAP/SMTP, CalDAV, CardDAV und Matrix/XMPP halten beides austauschbar. Eine fehlende Schnittstelle zählt als leer; die Korrektur ergänzt das Protokoll mit der Rolle `transport`.',
      en: 'Mail, calendar, contacts and chat connect the administration inside and out. If they are reachable only through a vendor\'s own protocols (e.g. MAPI, EWS), neither clients nor servers can be replaced independently, and mailboxes, appointments and address books are tied to one provider. The open protocols IMAP/SMTP, CalDAV, CardDAV and Matrix/XMPP keep both replaceable. A missing interface counts as empty; the fix adds the protocol with the role `transport`.',
    },
    sources: ['IETF RFC 9051 (IMAP), RFC 5321 (SMTP), RFC 4791 (CalDAV), RFC 6352 (CardDAV), RFC 6120 (XMPP); Matrix specification', 'FSFE: Definition eines offenen Standards / Open Standard definition', 'KGSt-Bericht „Die Digitale Kommune gestalten“, Handlungsfeld 6'],
    fixes: [{ de: 'Schnittstelle mit dem offenen Protokoll ergänzen (bei mehreren möglichen: je eines zur Auswahl)', en: 'Add an interface with the open protocol (where several fit: one choice each)' }],
    examples: {
      bad: 'category: mail\ninterfaces:\n  - {standard: mapi, role: transport}',
      good: 'category: mail\ninterfaces:\n  - {standard: imap, role: transport}\n  - {standard: smtp, role: transport}',
    },
  },
  kinds: ['Application'],
  check(app, ctx) {
    for (const category of categoriesOf(app)) {
      const standards = EXPECTED[category];
      if (!standards || hasInterface(app, standards)) continue;
      reportMissingInterface(app, ctx, 'default', { category: q(category, ctx.locale), standards: orList(standards.map((s) => q(s, ctx.locale)), ctx.locale) },
        standards.map((standard) => ({ standard, role: 'transport' as const })));
    }
  },
});
