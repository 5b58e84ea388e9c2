import { defineRule } from '../engine/rule';
import { replaceValue } from '../engine/edits';
import type { FileEdit } from '../engine/types';
import { label, orList, q } from '../engine/i18n';
import { addInterfaceFix, categoriesOf, interfacesOf } from './interfaces';

/** Categories whose default format must be ODF, and those for which PDF/A is fine too. */
const ODF_ONLY = ['office', 'collaboration'];
const ODF_OR_PDFA = ['document-management', 'e-file'];

export default defineRule({
  meta: {
    id: 'STD-002',
    title: { de: 'Standardformat ist nicht ODF', en: 'Default format is not ODF' },
    messages: {
      default: {
        de: '{name} ({category}) speichert standardmäßig in {standard}; erwartet wird {allowed}.',
        en: '{name} ({category}) saves in {standard} by default; {allowed} is expected.',
      },
      missing: {
        de: 'Für {name} ({category}) ist kein Standardformat angegeben (Schnittstelle mit role: default-format); erwartet wird {allowed}.',
        en: 'No default format is given for {name} ({category}) (interface with role: default-format); {allowed} is expected.',
      },
    },
    severity: 'warning', facet: 'T', objective: 'SOV-6', cap: 2,
    rationale: {
      de: 'Das Format, in dem Dokumente standardmäßig gespeichert werden, entscheidet, ob die Kommune ihre Akten in zehn Jahren noch mit Software ihrer Wahl öffnen kann. Für Büro- und Kollaborationsanwendungen ist das OpenDocument-Format (ODF, ISO/IEC 26300) der offene Standard; Dokumentenmanagement und E-Akte dürfen zusätzlich PDF/A (ISO 19005) für die Langzeitarchivierung verwenden. Eine Anwendung ohne angegebenes Standardformat gilt als nicht konform (eine fehlende Schnittstelle zählt als leer). Mehrere Standardformate müssen alle zulässig sein.',
      en: 'The format documents are saved in by default decides whether the municipality can still open its records with software of its choice in ten years. For office and collaboration applications the OpenDocument Format (ODF, ISO/IEC 26300) is the open standard; document management and e-file systems may also use PDF/A (ISO 19005) for long-term archiving. An application without a stated default format does not comply (a missing interface counts as empty). Several default formats must all be allowed.',
    },
    sources: [
      'FSFE: Definition eines offenen Standards / Open Standard definition',
      'ISO/IEC 26300 (OpenDocument Format); ISO 19005 (PDF/A)',
      'KGSt-Bericht „Die Digitale Kommune gestalten“, Handlungsfeld 6 (technologische Souveränität)',
    ],
    fixes: [{ de: 'Standardformat auf `odf` setzen (oder eine Schnittstelle `{standard: odf, role: default-format}` ergänzen)', en: 'Set the default format to `odf` (or add an interface `{standard: odf, role: default-format}`)' }],
    examples: {
      bad: 'category: office\ninterfaces:\n  - {standard: ooxml, role: default-format}',
      good: 'category: office\ninterfaces:\n  - {standard: odf, role: default-format}',
    },
  },
  kinds: ['Application'],
  check(app, ctx) {
    const cats = categoriesOf(app);
    const category = cats.find((c) => ODF_ONLY.includes(c)) ?? cats.find((c) => ODF_OR_PDFA.includes(c));
    if (!category) return;
    const allowed = ODF_ONLY.includes(category) ? ['odf'] : ['odf', 'pdf-a'];
    const formats = interfacesOf(app).filter((i) => i.role === 'default-format' && i.standard !== undefined);
    const params = { name: label(app, ctx.locale), category: q(category, ctx.locale), allowed: orList(allowed.map((s) => q(s, ctx.locale)), ctx.locale) };
    const title = { de: 'Standardformat auf odf setzen', en: 'Set the default format to odf' };
    if (!formats.length) {
      ctx.report({ entity: app, path: ['interfaces'], at: 'key', messageId: 'missing', params, fixes: [addInterfaceFix(app, ctx, { standard: 'odf', role: 'default-format' }, { preferred: true, title: ctx.t(title) })] });
      return;
    }
    const wrong = formats.filter((i) => !allowed.includes(i.standard!));
    for (const i of wrong) {
      const path = ['interfaces', i.index, 'standard'];
      // One fix per finding; it sets odf at this interface only (several wrong entries: several findings).
      const edits: FileEdit[] = replaceValue(app, path, 'odf');
      ctx.report({
        entity: app, path, params: { ...params, standard: q(i.standard, ctx.locale) },
        fixes: [ctx.fix(title, edits, undefined, { preferred: true })],
      });
    }
  },
});
