// A small landscape for the format tests: an active error with a preferred fix (LIC-001), a warning
// with choices (LIC-003), an info (LIFE-006), a suppressed warning with reason and expiry (LIC-004), and names that try
// to break out of HTML, CSV and Markdown.
import type { AuditResult } from '../engine';
import type { FormatOptions } from '../engine/formats/common';
import { FORMATS } from '../engine/formats';
import { auditYaml } from './harness';
import type { TestAudit } from './harness';

export const HOSTILE_NAME = 'Ratsinfo <script>alert(1)</script> & "Co"';
export const FORMULA_NAME = '=HYPERLINK("http://evil.example"), Mail; "quoted"';

export const FIXTURE = {
  'landscape/apps.yaml': [
    '# Inventar der Fachverfahren – gepflegt von FB 10',
    'apiVersion: sova/v1',
    'kind: Application',
    'id: ratsinfo',
    `name: '${HOSTILE_NAME}'`,
    'lastReviewed: 2026-10-01',
    '# sova-ignore LIC-004 until 2027-06-30 -- Beschluss IT-Lenkungskreis 2026-03-12: Ablösung bis 2027',
    'licence: {spdx: SSPL-1.0, model: open-source}',
    '---',
    'apiVersion: sova/v1',
    'kind: Application',
    'id: mail',
    `name: '${FORMULA_NAME}'`,
    'lastReviewed: 2026-10-01',
    'licence: {spdx: GPL-3.0, model: open-source}  # Lizenz laut Vertrag',
    '---',
    'apiVersion: sova/v1',
    'kind: Application',
    'id: nolic',
    'name: Ohne Lizenz',
    '',
  ].join('\n'),
};

export function fixtureAudit(locale: 'de' | 'en' = 'en'): TestAudit {
  return auditYaml(FIXTURE, { locale });
}

export function render(format: string, results: AuditResult[], opts: Partial<FormatOptions> = {}): string {
  return FORMATS[format](results, { failOn: 'error', docsBase: 'https://docs.example.org/sova/rules/', ...opts });
}
