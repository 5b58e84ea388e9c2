import type { Formatter } from './common';
import { stylish } from './stylish';
import { json } from './json';
import { sarif } from './sarif';
import { junit } from './junit';
import { gitlab } from './gitlab';
import { github } from './github';
import { csv } from './csv';
import { html } from './html';
import { markdown } from './markdown';

/** Every output format by name; each is a pure function of the audit results. */
export const FORMATS: Record<string, Formatter> = { stylish, json, sarif, junit, gitlab, github, csv, html, markdown };

/** One line per format for `sova --help`. */
export const FORMAT_HELP: Record<string, string> = {
  stylish: 'findings grouped by file, levels, summary (default; colour on a terminal)',
  json: 'the full report (schemas/report.schema.json)',
  sarif: 'SARIF 2.1.0 for GitHub code scanning and SARIF viewers',
  junit: 'JUnit XML: a testsuite per rule, a testcase per rule × file',
  gitlab: 'GitLab Code Quality JSON (artifacts:reports:codequality)',
  github: 'GitHub Actions annotations (::error file=…::…)',
  csv: 'CSV for spreadsheets, suppressed findings included (UTF-8 BOM, --csv-delimiter)',
  html: 'a self-contained HTML report for auditors (offline, printable)',
  markdown: 'Markdown for merge-request comments',
};
