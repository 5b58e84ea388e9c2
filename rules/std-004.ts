import { defineRule } from '../engine/rule';
import { setAt } from '../engine/edits';
import { label, q } from '../engine/i18n';

export default defineRule({
  meta: {
    id: 'STD-004',
    title: { de: 'API ohne Spezifikation', en: 'API without a specification' },
    messages: {
      default: {
        de: 'Die API-Schnittstelle {standard} von {name} hat keine Spezifikation (spec): Ohne veröffentlichte Beschreibung (z. B. OpenAPI) kann kein anderes System sie ohne den Hersteller anbinden.',
        en: 'The API interface {standard} of {name} has no specification (spec): without a published description (e.g. OpenAPI) no other system can connect to it without the vendor.',
      },
    },
    severity: 'warning', facet: 'T', objective: 'SOV-6', cap: 3,
    rationale: {
      de: 'Eine Programmierschnittstelle ist nur dann offen, wenn ihre Beschreibung vorliegt: Nur mit einer Spezifikation (OpenAPI-Dokument oder Schnittstellenvertrag) können Dritte Anbindungen bauen, Daten migrieren oder die Anwendung ersetzen. Eine undokumentierte API ist faktisch proprietär, auch wenn der Standard darüber offen ist (FSFE: ein offener Standard ist vollständig veröffentlicht).',
      en: 'An application programming interface is only open when its description is available: only with a specification (an OpenAPI document or interface contract) can third parties build connections, migrate data or replace the application. An undocumented API is proprietary in practice, even if the standard above it is open (FSFE: an open standard is fully published).',
    },
    sources: ['FSFE: Definition eines offenen Standards / Open Standard definition', 'OpenAPI Specification 3.1 (OpenAPI Initiative)', 'KGSt-Bericht „Die Digitale Kommune gestalten“, Handlungsfeld 6'],
    fixes: [{ de: 'Platzhalter `spec:` an der Schnittstelle einfügen', en: 'Add a `spec:` placeholder to the interface' }],
    examples: {
      bad: 'interfaces:\n  - {standard: openapi, role: api}',
      good: 'interfaces:\n  - {standard: openapi, role: api, spec: https://fachverfahren.example.org/api/openapi.json}',
    },
  },
  kinds: ['Application'],
  check(app, ctx) {
    const list = app.data.interfaces;
    if (!Array.isArray(list)) return;
    list.forEach((item: any, i: number) => {
      if (!item || typeof item !== 'object' || item.role !== 'api') return;
      const spec = app.raw.interfaces?.[i]?.spec; // raw: a present but invalid spec is SCHEMA's finding, not ours
      if (spec !== undefined && spec !== null && spec !== '') return;
      const placeholder = ctx.t({ de: 'TODO: URL des OpenAPI-Dokuments', en: 'TODO: URL of the OpenAPI document' });
      ctx.report({
        entity: app, path: ['interfaces', i, 'spec'],
        params: { name: label(app, ctx.locale), standard: q(typeof item.standard === 'string' ? item.standard : '?', ctx.locale) },
        fixes: [ctx.fix({ de: 'Platzhalter spec: einfügen', en: 'Add a spec: placeholder' }, setAt(app, ['interfaces', i, 'spec'], placeholder), undefined, { preferred: true })],
      });
    });
  },
});
