import { defineRule } from '../engine/rule';
import { didYouMean, list, q } from '../engine/i18n';
import { renameKey, replaceValue } from '../engine/edits';
import type { Fix } from '../engine/types';
import { eolCatalogueFor } from '../engine/eol';
import { locate } from '../engine/document';

export default defineRule({
  meta: {
    id: 'CFG-001',
    title: { de: 'sova.config.yaml ist ungültig', en: 'sova.config.yaml is invalid' },
    messages: {
      syntax: { de: 'sova.config.yaml ist kein gültiges YAML ({detail}); es gelten die Voreinstellungen.', en: 'sova.config.yaml is not valid YAML ({detail}); the defaults apply.' },
      notMapping: { de: 'sova.config.yaml muss ein Mapping sein; es gelten die Voreinstellungen.', en: 'sova.config.yaml must be a mapping; the defaults apply.' },
      unknownRule: { de: 'Unbekannte Regel {rule}{hint}; der Eintrag wird ignoriert.', en: 'Unknown rule {rule}{hint}; the entry is ignored.' },
      unknownKey: { de: 'Unbekannter Schlüssel {key}{hint}; er wird ignoriert.', en: 'Unknown key {key}{hint}; it is ignored.' },
      value: { de: 'Ungültiger Wert für {field}{detail}; es gilt die Voreinstellung.', en: 'Invalid value of {field}{detail}; the default applies.' },
      required: { de: '{field} fehlt.', en: '{field} is missing.' },
      catalogue: { de: 'Der End-of-Life-Katalog aus catalogues.endOfLife kann nicht gelesen werden ({detail}); es gilt der mitgelieferte Katalog.', en: 'The end-of-life catalogue of catalogues.endOfLife cannot be read ({detail}); the shipped catalogue applies.' },
      default: { de: 'sova.config.yaml: {detail}', en: 'sova.config.yaml: {detail}' },
    },
    severity: 'error',
    facet: 'integrity',
    rationale: {
      de: 'Eine fehlerhafte Konfiguration darf die Prüfung nicht stoppen, aber auch nicht unbemerkt bleiben: Ein vertippter Regelname oder eine falsche Schwelle ändern sonst stillschweigend das Ergebnis. Ungültige Teile werden gemeldet und durch ihre Voreinstellung ersetzt.',
      en: 'A broken configuration must not stop the audit, nor go unnoticed: a mistyped rule id or a wrong threshold would otherwise silently change the result. Invalid parts are reported and replaced by their defaults.',
    },
    sources: ['sova landscape format sova/v1: project configuration'],
    fixes: [{ de: 'Unbekannte Regel-id oder Schlüssel durch die nächstliegende bekannte ersetzen', en: 'Replace an unknown rule id or key by the nearest known one' }],
    examples: { bad: 'rules:\n  STD-070: off', good: 'rules:\n  STD-007: off' },
  },
  checkLandscape(ctx) {
    const { problems, entity } = ctx.loadedConfig;
    const file = ctx.loadedConfig.source?.file;
    if (!file) return;
    const eol = ctx.config.catalogues.endOfLife.length ? eolCatalogueFor(ctx).problem : undefined;
    if (eol && entity) ctx.report({ file, range: locate(entity, ['catalogues', 'endOfLife']), messageId: 'catalogue', params: { detail: eol } });
    // Renames here are offered but never applied by --fix or fix-all (needsChoice): renaming an unknown
    // rule id to its nearest neighbour changes which rule the entry switches, a decision for a person.
    for (const p of problems) {
      const fixes: (Fix | undefined)[] = [];
      const at = { file, range: p.range };
      if (p.kind === 'syntax') ctx.report({ ...at, messageId: 'syntax', params: { detail: p.message } });
      else if (p.kind === 'not-a-mapping') ctx.report({ ...at, messageId: 'notMapping' });
      else if (p.kind === 'unknown-rule') {
        if (entity && p.suggestions?.[0]) fixes.push(ctx.fix({ de: 'Umbenennen in {to}', en: 'Rename to {to}' }, renameKey(entity, ['rules', p.ruleId!], p.suggestions[0]), { to: p.suggestions[0] }, { needsChoice: true }));
        ctx.report({ ...at, messageId: 'unknownRule', params: { rule: q(p.ruleId, ctx.locale), hint: didYouMean(p.suggestions?.[0], ctx.locale) }, fixes });
      } else if (p.issue) {
        const i = p.issue;
        const field = q(i.path.join('.'), ctx.locale);
        if (i.keyword === 'additionalProperties') {
          if (entity && i.suggestions?.[0]) fixes.push(ctx.fix({ de: 'Umbenennen in {to}', en: 'Rename to {to}' }, renameKey(entity, i.path, i.suggestions[0]), { to: i.suggestions[0] }, { needsChoice: true }));
          ctx.report({ ...at, messageId: 'unknownKey', params: { key: q(i.params.key, ctx.locale), hint: didYouMean(i.suggestions?.[0], ctx.locale) }, fixes });
        } else if (i.keyword === 'required') {
          ctx.report({ ...at, messageId: 'required', params: { field } });
        } else {
          if (entity) for (const s of i.suggestions ?? []) fixes.push(ctx.fix({ de: 'Ersetzen durch {to}', en: 'Replace with {to}' }, replaceValue(entity, i.path, s), { to: s }));
          const detail = i.params.allowed ? (ctx.locale === 'de' ? `; erlaubt: ${list(i.params.allowed, ctx.locale)}` : `; allowed: ${list(i.params.allowed, ctx.locale)}`) : i.params.schemaMessage ? ` (${i.params.schemaMessage})` : '';
          ctx.report({ ...at, messageId: 'value', params: { field, detail }, fixes });
        }
      }
    }
  },
});
