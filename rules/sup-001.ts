import { defineRule } from '../engine/rule';

/** Messages used by the engine's suppression pass, which reports SUP-001 (engine/audit.ts). */
export const SUP_MESSAGES = {
  fixTitle: { de: 'sova-ignore-Kommentar entfernen', en: 'Remove the sova-ignore comment' },
};

export default defineRule({
  meta: {
    id: 'SUP-001',
    title: { de: 'Unwirksamer sova-ignore-Kommentar', en: 'Ineffective sova-ignore comment' },
    messages: {
      default: { de: 'Dieser sova-ignore-Kommentar ist unwirksam.', en: 'This sova-ignore comment has no effect.' },
      noReason: { de: 'sova-ignore ohne Begründung unterdrückt nichts: Schreiben Sie nach „--“, warum (z. B. Beschluss, Frist).', en: "sova-ignore without a reason suppresses nothing: write why after '--' (e.g. decision, deadline)." },
      noRule: { de: 'sova-ignore nennt keine Regel-id.', en: 'sova-ignore names no rule id.' },
      unknownRule: { de: 'sova-ignore nennt die unbekannte Regel {rule}.', en: 'sova-ignore names the unknown rule {rule}.' },
      badUntil: { de: '„until {value}“ ist kein Datum JJJJ-MM-TT; der Kommentar unterdrückt nichts.', en: "'until {value}' is not a date YYYY-MM-DD; the comment suppresses nothing." },
      expired: { de: 'Die Ausnahme ist am {until} abgelaufen und unterdrückt nichts mehr; die Befunde sind wieder aktiv.', en: 'The exception expired on {until} and suppresses nothing any more; the findings are active again.' },
      unused: { de: 'sova-ignore {rules} unterdrückt hier nichts (kein solcher Befund im abgedeckten Bereich).', en: 'sova-ignore {rules} suppresses nothing here (no such finding in the covered range).' },
    },
    severity: 'warning',
    facet: 'integrity',
    rationale: {
      de: 'Ausnahmen müssen nachvollziehbar bleiben: Prüfer sehen jede unterdrückte Feststellung mit ihrer Begründung. Eine Ausnahme ohne Begründung, mit abgelaufener Frist oder ohne Wirkung täuscht eine Entscheidung vor, die es nicht (mehr) gibt.',
      en: 'Exceptions must remain traceable: auditors see every suppressed finding with its justification. An exception without reason, past its deadline or without effect pretends a decision that does not (or no longer) exist.',
    },
    sources: ['sova landscape format sova/v1: suppression with justification'],
    fixes: [{ de: 'Kommentar entfernen', en: 'Remove the comment' }],
    examples: {
      bad: '# sova-ignore LIC-004\nlicence: {spdx: SSPL-1.0, model: open-source}',
      good: '# sova-ignore LIC-004 until 2027-06-30 -- Beschluss IT-Lenkungskreis 2026-03-12: Ablösung bis Mitte 2027\nlicence: {spdx: SSPL-1.0, model: open-source}',
    },
  },
});
