import { defineRule } from '../engine/rule';

export default defineRule({
  meta: {
    id: 'PARSE',
    title: { de: 'Datei ist kein lesbares YAML', en: 'File is not readable YAML' },
    messages: {
      syntax: { de: 'YAML-Syntaxfehler: {detail}', en: 'YAML syntax error: {detail}' },
      encoding: { de: 'Die Datei ist nicht UTF-8-kodiert (erstes ungültiges Byte hier). Bitte als UTF-8 speichern.', en: 'The file is not UTF-8 encoded (first invalid byte here). Please save it as UTF-8.' },
      size: { de: 'Die Datei ist zu groß, um geprüft zu werden: {detail}.', en: 'The file is too large to be audited: {detail}.' },
      structure: { de: 'Die Datei kann nicht gelesen werden: {detail}', en: 'The file cannot be read: {detail}' },
      default: { de: '{detail}', en: '{detail}' },
    },
    severity: 'error',
    facet: 'integrity',
    rationale: {
      de: 'Eine Datei, die kein gültiges YAML in UTF-8 ist, kann nicht geprüft werden; ihre Einträge fehlen im Inventar, und Verweise auf sie laufen ins Leere. Die übrige Landschaft wird trotzdem geprüft. (Ergänzung von sova: der Regelkatalog nennt für Syntaxfehler keine eigene Regel.)',
      en: 'A file that is not valid YAML in UTF-8 cannot be audited; its entries are missing from the inventory and references to them dangle. The rest of the landscape is still audited. (A sova addition: the rule catalogue names no rule for syntax errors.)',
    },
    sources: ['YAML 1.2 (core schema)', 'sova landscape format sova/v1'],
    fixes: [],
  },
  checkLandscape(ctx) {
    for (const f of ctx.files) {
      for (const p of f.problems) ctx.report({ file: f.file, range: p.range, messageId: p.code, params: { detail: p.message } });
    }
  },
});
