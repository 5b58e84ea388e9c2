import { defineRule } from '../engine/rule';
import { orList, q } from '../engine/i18n';
import type { Localized } from '../engine/types';
import { categoriesOf, hasInterface, interfacesOf, reportMissingInterface } from './interfaces';
import type { NewInterface } from './interfaces';

/** An API interface needs a `spec` (STD-004): the fix writes a placeholder that says what belongs there. */
const SPEC: Record<string, Localized> = {
  oparl: { de: 'TODO: URL des OParl-System-Endpunkts', en: 'TODO: URL of the OParl system endpoint' },
  wms: { de: 'TODO: URL des GetCapabilities-Dokuments', en: 'TODO: URL of the GetCapabilities document' },
  wfs: { de: 'TODO: URL des GetCapabilities-Dokuments', en: 'TODO: URL of the GetCapabilities document' },
  'ogc-api-features': { de: 'TODO: URL des OpenAPI-Dokuments', en: 'TODO: URL of the OpenAPI document' },
};

const EXPECTED: Record<string, string[]> = {
  'council-information': ['oparl'],
  geo: ['wms', 'wfs', 'ogc-api-features'],
};

/** More users than this without single sign-on is a finding. */
const LOCAL_ACCOUNTS_LIMIT = 50;

export default defineRule({
  meta: {
    id: 'STD-007',
    title: { de: 'Offene Schnittstelle für Fachdaten oder Anmeldung fehlt', en: 'Open interface for domain data or sign-in missing' },
    messages: {
      default: {
        de: '{name} ist der Kategorie {category} zugeordnet, bietet aber keine offene Schnittstelle dafür an (erwartet: {standards}).',
        en: '{name} is in the category {category} but offers no open interface for it ({standards} expected).',
      },
      auth: {
        de: '{name} hat {users} Nutzende, aber keine Anmeldeschnittstelle (role: auth): Es gibt nur lokale Konten, die neben dem zentralen Identitätsdienst gepflegt werden müssen.',
        en: '{name} has {users} users but no sign-in interface (role: auth): it has local accounts only, kept apart from the central identity provider.',
      },
    },
    severity: 'info', facet: 'T', objective: 'SOV-6', cap: 3,
    rationale: {
      de: 'Manche Daten sind ohne offene Schnittstelle praktisch in der Anwendung eingeschlossen: Ratsinformationen gehören nach dem Grundsatz transparenter Verwaltung über OParl öffentlich abrufbar, Geodaten über die OGC-Dienste WMS, WFS oder OGC API – Features (wie es auch INSPIRE verlangt). Eine Anwendung mit mehr als 50 Nutzenden ohne Anbindung an den zentralen Identitätsdienst (OIDC, SAML) führt eigene Konten, die beim Wechsel der Anwendung verloren gehen und bei Austritten vergessen werden. Eine fehlende Schnittstelle zählt als leer.',
      en: 'Some data is locked into an application without an open interface: council information should be publicly available through OParl under the principle of transparent administration, geodata through the OGC services WMS, WFS or OGC API – Features (as INSPIRE also requires). An application with more than 50 users and no connection to the central identity provider (OIDC, SAML) keeps its own accounts, which are lost when the application is replaced and forgotten when staff leave. A missing interface counts as empty.',
    },
    sources: ['OParl 1.1 (oparl.org)', 'OGC WMS 1.3.0 / WFS 2.0 / OGC API – Features; INSPIRE-Richtlinie 2007/2/EG', 'OpenID Connect Core 1.0; OASIS SAML 2.0', 'KGSt-Bericht „Die Digitale Kommune gestalten“, Handlungsfeld 6 (Demokratie und Transparenz)'],
    fixes: [{ de: 'Schnittstelle ergänzen (OParl bzw. WMS/WFS/OGC API – Features als `api` mit `spec`-Platzhalter; OIDC oder SAML als `auth`)', en: 'Add the interface (OParl or WMS/WFS/OGC API – Features as `api` with a `spec` placeholder; OIDC or SAML as `auth`)' }],
    examples: {
      bad: 'category: council-information\nusers: 120\ninterfaces: []',
      good: 'category: council-information\nusers: 120\ninterfaces:\n  - {standard: oparl, role: api, spec: https://ris.example.org/oparl/v1.1}\n  - {standard: oidc, role: auth}',
    },
  },
  kinds: ['Application'],
  check(app, ctx) {
    for (const category of categoriesOf(app)) {
      const standards = EXPECTED[category];
      if (!standards || hasInterface(app, standards)) continue;
      const options: NewInterface[] = standards.map((standard) => ({ standard, role: 'api', spec: SPEC[standard] }));
      reportMissingInterface(app, ctx, 'default', { category: q(category, ctx.locale), standards: orList(standards.map((s) => q(s, ctx.locale)), ctx.locale) }, options);
    }
    const users = app.data.users;
    if (typeof users === 'number' && users > LOCAL_ACCOUNTS_LIMIT && !interfacesOf(app).some((i) => i.role === 'auth')) {
      reportMissingInterface(app, ctx, 'auth', { users }, [{ standard: 'oidc', role: 'auth' }, { standard: 'saml', role: 'auth' }]);
    }
  },
});
