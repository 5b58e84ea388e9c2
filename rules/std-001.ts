import { defineRule } from '../engine/rule';
import { replaceValue } from '../engine/edits';
import { label, q } from '../engine/i18n';
import { opennessOf } from '../engine/terms';
import { interfacesOf } from './interfaces';
import type { Localized } from '../engine/types';

const REPLACEMENT: Localized = { de: ' Offene Alternative: {to}.', en: ' Open alternative: {to}.' };

export default defineRule({
  meta: {
    id: 'STD-001',
    title: { de: 'Schnittstelle mit proprietärem oder umstrittenem Standard', en: 'Interface uses a proprietary or contested standard' },
    messages: {
      default: {
        de: '{name} nutzt an einer Schnittstelle {standard}, einen proprietären Standard: Er wird von einem einzelnen Hersteller kontrolliert.{replacement}',
        en: '{name} uses {standard} at an interface, a proprietary standard controlled by a single vendor.{replacement}',
      },
      contested: {
        de: '{name} nutzt an einer Schnittstelle {standard}, einen umstrittenen Standard: formal genormt, in der Praxis aber von der Implementierung eines Herstellers bestimmt.{replacement}',
        en: '{name} uses {standard} at an interface, a contested standard: formally standardised, but in practice defined by one vendor\'s implementation.{replacement}',
      },
    },
    severity: 'warning', facet: 'T', objective: 'SOV-6', cap: 2,
    rationale: {
      de: 'Offene Standards sind die Voraussetzung dafür, eine Anwendung austauschen zu können, ohne die Daten und Verbindungen zu anderen Systemen zu verlieren. Ein proprietärer Standard (z. B. EWS, MAPI) oder ein umstrittener Standard (z. B. OOXML) bindet jedes angeschlossene System an den Hersteller, der ihn kontrolliert. Ein offener Standard im Sinne der FSFE ist vollständig veröffentlicht, frei und ohne Einschränkung implementierbar und wird in einem offenen Verfahren weiterentwickelt. Für die Schnittstelle wird der offene Nachfolger vorgeschlagen, wenn der Standard einen `replacedBy` nennt.',
      en: 'Open standards are what makes an application replaceable without losing its data and its connections to other systems. A proprietary standard (e.g. EWS, MAPI) or a contested one (e.g. OOXML) ties every connected system to the vendor that controls it. An open standard in the FSFE sense is fully published, free to implement without restriction, and developed in an open process. When the standard names a `replacedBy`, the open successor is offered for the interface.',
    },
    sources: [
      'FSFE: Definition eines offenen Standards / Open Standard definition',
      'KGSt-Bericht „Die Digitale Kommune gestalten“, Handlungsfeld 6 (technologische Souveränität)',
      'EU Cloud Sovereignty Framework v1.2.1, SOV-6',
    ],
    fixes: [{ de: 'Den Standard der Schnittstelle durch seinen offenen Nachfolger (`replacedBy`) ersetzen', en: 'Replace the interface\'s standard with its open successor (`replacedBy`)' }],
    examples: {
      bad: 'interfaces:\n  - {standard: ews, role: api, spec: https://mail.example.org/ews/services.wsdl}',
      good: 'interfaces:\n  - {standard: caldav, role: api, spec: https://mail.example.org/.well-known/caldav}',
    },
  },
  kinds: ['Application'],
  check(app, ctx) {
    for (const entry of interfacesOf(app)) {
      const std = ctx.landscape.get('Standard', entry.standard);
      if (!std) continue; // unknown id: REF-001
      const openness = opennessOf(std);
      if (openness === 'open') continue;
      const path = ['interfaces', entry.index, 'standard'];
      const to = typeof std.data.replacedBy === 'string' && ctx.landscape.get('Standard', std.data.replacedBy) ? std.data.replacedBy as string : undefined;
      ctx.report({
        entity: app, path, messageId: openness === 'proprietary' ? 'default' : 'contested',
        params: {
          name: label(app, ctx.locale), standard: label(std, ctx.locale),
          replacement: to ? ctx.t(REPLACEMENT, { to: q(to, ctx.locale) }) : '',
        },
        related: std.builtin ? undefined : [{ entity: std, path: ['openness'], at: 'value', message: ctx.t({ de: 'Offenheit des Standards', en: 'Openness of the standard' }) }],
        fixes: to ? [ctx.fix({ de: 'Durch {to} ersetzen', en: 'Replace with {to}' }, replaceValue(app, path, to), { to: q(to, ctx.locale) }, { preferred: true })] : [],
      });
    }
  },
});
