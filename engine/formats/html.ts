// One self-contained HTML file for auditors: opens offline, prints cleanly, makes no request of
// its own (inline CSS and JS, a Content-Security-Policy that forbids loading anything). The only
// URLs are the links to the rules' documentation pages. Every text from the landscape is escaped;
// the script only shows and hides rows (no innerHTML).
import * as path from 'node:path';
import type { AuditResult } from '../audit';
import type { EngineFinding } from '../rule';
import type { Facet, Locale, Severity } from '../types';
import type { Formatter, FormatOptions } from './common';
import { belowRequired, counts, fileLabel, levelRows, levelText, localeOf, ruleLink, ruleMeta, runInfo, SEVERITIES, SEVERITY_LABEL, statusOf } from './common';
import { localize } from '../i18n';

const FACETS: Facet[] = ['T', 'D', 'DT', 'KS', 'integrity'];
const PLURAL: Record<Locale, Record<Severity, string>> = {
  de: { error: 'Fehler', warning: 'Warnungen', info: 'Hinweise' },
  en: { error: 'errors', warning: 'warnings', info: 'infos' },
};

const TEXT = {
  de: {
    title: 'Bericht Digitale Souveränität', asOf: 'Stichtag', tool: 'Werkzeug', catalogues: 'Kataloge', failOn: 'Fehlschlag ab',
    workspace: 'Landschaft', summary: 'Übersicht', levels: 'Souveränitätsstufe je Anwendung (0–4)', application: 'Anwendung',
    level: 'Stufe', required: 'erforderlich', score: 'Punkte', byFacet: 'Befunde je Facette und Schweregrad',
    findings: 'Befunde', severity: 'Schweregrad', rule: 'Regel', facet: 'Facette', file: 'Datei', entity: 'Eintrag', message: 'Meldung',
    status: 'Status', all: 'alle', search: 'Suche', showSuppressed: 'unterdrückte und bekannte zeigen', suppressed: 'unterdrückt',
    baselined: 'aus Baseline bekannt', active: 'offen', justification: 'Begründung', until: 'bis', rules: 'Regeln mit Befunden',
    docs: 'Dokumentation', sources: 'Quellen', none: 'Keine Befunde.', shown: 'angezeigt', spdx: 'SPDX-Lizenzliste', standards: 'Standards',
    endOfLife: 'End-of-Life-Zyklen', countries: 'Länderlisten',
    facets: { T: 'T – technologische Souveränität', D: 'D – Datensouveränität', DT: 'DT – Demokratie und Transparenz', KS: 'KS – Wissen und Nachhaltigkeit', integrity: 'Integrität des Inventars' },
  },
  en: {
    title: 'Digital sovereignty report', asOf: 'As of', tool: 'Tool', catalogues: 'Catalogues', failOn: 'Fails on',
    workspace: 'Landscape', summary: 'Summary', levels: 'Sovereignty level per application (0–4)', application: 'Application',
    level: 'Level', required: 'required', score: 'Score', byFacet: 'Findings per facet and severity',
    findings: 'Findings', severity: 'Severity', rule: 'Rule', facet: 'Facet', file: 'File', entity: 'Entry', message: 'Message',
    status: 'Status', all: 'all', search: 'Search', showSuppressed: 'show suppressed and baselined', suppressed: 'suppressed',
    baselined: 'known from the baseline', active: 'open', justification: 'Justification', until: 'until', rules: 'Rules with findings',
    docs: 'Documentation', sources: 'Sources', none: 'No findings.', shown: 'shown', spdx: 'SPDX licence list', standards: 'standards',
    endOfLife: 'end-of-life cycles', countries: 'country lists',
    facets: { T: 'T – technological sovereignty', D: 'D – data sovereignty', DT: 'DT – democracy and transparency', KS: 'KS – knowledge and sustainability', integrity: 'inventory integrity' },
  },
};

/** HTML text and attribute escaping. */
export function esc(s: unknown): string {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export const html: Formatter = (results, opts) => {
  const locale = localeOf(results);
  const t = TEXT[locale];
  const info = runInfo(results);
  const names = results.map((r) => rootName(r, opts));
  const cat = info.catalogues;
  const body: string[] = [];
  body.push(`<header><h1>${esc(t.title)}: ${esc(names.join(', '))}</h1>`);
  body.push('<dl class="meta">',
    `<dt>${t.asOf}</dt><dd>${esc(info.asOf)}</dd>`,
    `<dt>${t.tool}</dt><dd>sova ${esc(info.version)}</dd>`,
    `<dt>${t.catalogues}</dt><dd>${t.spdx} ${esc(cat.spdx)} · ${t.standards} ${esc(cat.standards)} · ${t.endOfLife} ${esc(cat.endOfLife)} · ${t.countries} ${esc(cat.countries)}</dd>`,
    `<dt>${t.failOn}</dt><dd>${esc(opts.failOn)}</dd>`,
    '</dl></header>');

  body.push(`<section><h2>${t.summary}</h2>`);
  results.forEach((r, i) => body.push(summary(r, names[i], results.length > 1, locale, opts)));
  body.push('</section>');

  const all = results.flatMap((r) => r.findings.map((f) => ({ r, f })));
  body.push(`<section><h2>${t.findings}</h2>`, filters(all.map((x) => x.f), locale));
  if (!all.length) body.push(`<p>${t.none}</p>`);
  else {
    body.push('<table id="findings"><thead><tr>',
      `<th>${t.severity}</th><th>${t.rule}</th><th>${t.facet}</th><th>${t.file}</th><th>${t.entity}</th><th>${t.message}</th><th>${t.status}</th>`,
      '</tr></thead><tbody>');
    for (const { r, f } of all) body.push(row(r, f, locale, opts));
    body.push('</tbody></table>');
  }
  body.push('</section>');
  body.push(rulesSection(all.map((x) => x.f), locale, opts));

  return [
    '<!DOCTYPE html>',
    `<html lang="${locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="sova ${esc(info.version)}">`,
    `<title>sova – ${esc(t.title)} – ${esc(names.join(', '))} – ${esc(info.asOf)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    ...body,
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
};

/** The landscape's name: the root folder's name (no absolute path), plus its path when it is not `.`. */
function rootName(r: AuditResult, opts: FormatOptions): string {
  const rel = fileLabel(r, r.root, opts.cwd);
  const base = path.basename(r.root);
  return rel === '.' || rel === base ? base : `${base} (${rel})`;
}

function summary(r: AuditResult, name: string, several: boolean, locale: Locale, opts: FormatOptions): string {
  const t = TEXT[locale];
  const out: string[] = [];
  if (several) out.push(`<h3>${t.workspace} ${esc(name)}</h3>`);
  const c = counts(r.findings, opts);
  out.push('<p class="counts">', ...SEVERITIES.map((s) => `<span class="badge ${s}">${c[s]} ${esc(PLURAL[locale][s])}</span>`),
    `<span class="badge muted">${c.suppressed} ${t.suppressed}</span>`, ...(opts.baseline ? [`<span class="badge muted">${c.baselined} ${t.baselined}</span>`] : []), '</p>');

  const rows = levelRows(r);
  if (rows.length) {
    out.push(`<h3>${t.levels}</h3>`, `<table class="levels"><thead><tr><th>${t.application}</th><th>${t.level}</th><th>${t.required}</th><th>${t.score}</th></tr></thead><tbody>`);
    for (const row of rows) {
      const lvl = row.level ?? 0;
      out.push(`<tr${belowRequired(row) ? ' class="short"' : ''}><td>${esc(row.name)} <code>${esc(row.id)}</code></td>`
        + `<td><span class="level l${row.level === undefined ? 'x' : lvl}">${esc(levelText(row, locale))}</span></td>`
        + `<td>${row.requiredLevel ?? '—'}</td><td>${row.score === undefined ? '—' : esc(Math.round(row.score * 10) / 10)}</td></tr>`);
    }
    out.push('</tbody></table>');
  }

  // Findings per facet and severity as CSS bars (active findings only).
  const grid = new Map<string, Record<Severity, number>>();
  for (const f of r.findings) {
    if (statusOf(f, opts) !== 'active') continue;
    const facet = ruleMeta(f.ruleId)?.facet ?? 'integrity';
    const cell = grid.get(facet) ?? { error: 0, warning: 0, info: 0 };
    cell[f.severity]++;
    grid.set(facet, cell);
  }
  const max = Math.max(1, ...[...grid.values()].map((v) => v.error + v.warning + v.info));
  out.push(`<h3>${t.byFacet}</h3>`, '<table class="bars">');
  for (const facet of FACETS) {
    const v = grid.get(facet) ?? { error: 0, warning: 0, info: 0 };
    const bars = SEVERITIES.filter((s) => v[s]).map((s) => `<span class="bar ${s}" style="width:${((v[s] / max) * 100).toFixed(1)}%" title="${v[s]} ${esc(SEVERITY_LABEL[locale][s])}">${v[s]}</span>`).join('');
    out.push(`<tr><th>${esc(t.facets[facet])}</th><td><div class="track">${bars}</div></td><td class="num">${v.error + v.warning + v.info}</td></tr>`);
  }
  out.push('</table>');
  return out.join('\n');
}

function filters(findings: EngineFinding[], locale: Locale): string {
  const t = TEXT[locale];
  const rules = [...new Set(findings.map((f) => f.ruleId))].sort();
  const facets = FACETS.filter((fc) => findings.some((f) => (ruleMeta(f.ruleId)?.facet ?? 'integrity') === fc));
  const select = (id: string, label: string, options: [string, string][]) =>
    `<label>${label} <select id="${id}"><option value="">${t.all}</option>${options.map(([v, l]) => `<option value="${esc(v)}">${esc(l)}</option>`).join('')}</select></label>`;
  return ['<form class="filters" onsubmit="return false">',
    select('f-severity', t.severity, SEVERITIES.map((s) => [s, SEVERITY_LABEL[locale][s]])),
    select('f-facet', t.facet, facets.map((f) => [f, t.facets[f]])),
    select('f-rule', t.rule, rules.map((r) => [r, r])),
    `<label>${t.search} <input id="f-text" type="search"></label>`,
    `<label><input id="f-suppressed" type="checkbox" checked> ${t.showSuppressed}</label>`,
    `<output id="f-count"></output> <span>${t.shown}</span>`,
    '</form>'].join('\n');
}

function row(r: AuditResult, f: EngineFinding, locale: Locale, opts: FormatOptions): string {
  const t = TEXT[locale];
  const meta = ruleMeta(f.ruleId);
  const facet = meta?.facet ?? 'integrity';
  const status = statusOf(f, opts);
  const file = fileLabel(r, f.file, opts.cwd);
  const entity = f.entity ? `${esc(f.entity.kind)} <code>${esc(f.entity.id)}</code>${f.entity.name ? `<br>${esc(f.entity.name)}` : ''}` : '';
  let statusText = t.active;
  if (status === 'suppressed') {
    const s = f.suppressed!;
    statusText = `${t.suppressed}<div class="why"><b>${t.justification}:</b> ${esc(s.reason)}${s.until ? ` <i>(${t.until} ${esc(s.until)})</i>` : ''}</div>`;
  } else if (status === 'baselined') statusText = t.baselined;
  return `<tr class="${f.severity} ${status}" data-severity="${f.severity}" data-facet="${esc(facet)}" data-rule="${esc(f.ruleId)}" data-status="${status}">`
    + `<td class="nowrap"><span class="sev ${f.severity}">${esc(SEVERITY_LABEL[locale][f.severity])}</span></td>`
    + `<td class="nowrap"><a href="#rule-${esc(f.ruleId)}">${esc(f.ruleId)}</a></td>`
    + `<td>${esc(facet)}</td>`
    + `<td class="file"><code>${esc(file)}:${f.range.start.line + 1}:${f.range.start.character + 1}</code></td>`
    + `<td class="entity">${entity}</td><td class="msg">${esc(f.message)}</td><td>${statusText}</td></tr>`;
}

function rulesSection(findings: EngineFinding[], locale: Locale, opts: FormatOptions): string {
  const t = TEXT[locale];
  const ids = [...new Set(findings.map((f) => f.ruleId))].sort();
  if (!ids.length) return '';
  const out = [`<section><h2>${t.rules}</h2>`];
  for (const id of ids) {
    const meta = ruleMeta(id);
    out.push(`<article id="rule-${esc(id)}"><h3>${esc(id)}${meta ? ` – ${esc(localize(meta.title, locale))}` : ''}</h3>`);
    if (meta) {
      out.push(`<p class="sub">${esc(SEVERITY_LABEL[locale][meta.severity])} · ${esc(TEXT[locale].facets[meta.facet])}${meta.objective ? ` · ${esc(meta.objective)} ≤ ${meta.cap}` : ''}</p>`,
        `<p>${esc(localize(meta.rationale, locale))}</p>`,
        `<p class="sub"><b>${t.sources}:</b> ${meta.sources.map(esc).join('; ')}</p>`);
    }
    out.push(`<p><a class="docs" href="${esc(ruleLink(id, opts))}">${t.docs} ${esc(id)}</a></p></article>`);
  }
  out.push('</section>');
  return out.join('\n');
}

const CSS = `
:root{--err:#b3261e;--warn:#9a6700;--info:#0b5cad;--muted:#6b6b6b;--line:#d0d0d0}
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:1200px;padding:1.5rem;color:#1b1b1b}
h1{font-size:1.5rem;margin:0 0 .5rem}h2{font-size:1.2rem;border-bottom:2px solid var(--line);padding-bottom:.2rem;margin-top:2rem}h3{font-size:1rem}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:0}dl.meta dt{font-weight:600}dl.meta dd{margin:0}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border-bottom:1px solid var(--line);padding:.3rem .4rem;text-align:left;vertical-align:top}
thead th{background:#f3f3f3}code{font-family:ui-monospace,Consolas,monospace;font-size:.92em}
.badge{display:inline-block;border-radius:1rem;padding:.1rem .6rem;margin-right:.4rem;color:#fff;background:var(--muted)}
.badge.error,.bar.error{background:var(--err)}.badge.warning,.bar.warning{background:var(--warn)}.badge.info,.bar.info{background:var(--info)}
.sev{font-weight:600}.sev.error{color:var(--err)}.sev.warning{color:var(--warn)}.sev.info{color:var(--info)}
table.bars th{width:18rem;font-weight:normal}.track{display:flex;height:1.2rem;background:#f3f3f3}
.bar{color:#fff;font-size:.75rem;text-align:center;overflow:hidden;-webkit-print-color-adjust:exact;print-color-adjust:exact}
td.num{width:3rem;text-align:right}
.nowrap{white-space:nowrap}td.file{min-width:13rem;overflow-wrap:anywhere}td.entity{min-width:10rem}td.msg{min-width:20rem}
.level{font-weight:700}.level.l0,.level.l1{color:var(--err)}.level.l2{color:var(--warn)}.level.l3,.level.l4{color:#1a7f37}.level.lx{color:var(--muted)}
tr.short td{background:#fdecea}
tr.suppressed,tr.baselined{color:var(--muted)}.why{font-size:.9em;margin-top:.2rem}
.filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;margin:.5rem 0;padding:.5rem;background:#f7f7f7}
.sub{color:var(--muted);margin:.2rem 0}article{break-inside:avoid}
@media print{body{max-width:none;padding:0;font-size:10pt}.filters{display:none}a{color:inherit;text-decoration:none}
tr{break-inside:avoid}thead{display:table-header-group}a.docs::after{content:" (" attr(href) ")";font-size:.8em;color:var(--muted)}}
`.trim();

// Filters rows by their data attributes and text; never writes HTML.
const SCRIPT = `
(function(){
  var q=function(id){return document.getElementById(id)};
  var rows=[].slice.call(document.querySelectorAll('#findings tbody tr'));
  function apply(){
    var sev=q('f-severity').value,fac=q('f-facet').value,rule=q('f-rule').value,text=q('f-text').value.toLowerCase(),sup=q('f-suppressed').checked,n=0;
    rows.forEach(function(r){
      var ok=(!sev||r.dataset.severity===sev)&&(!fac||r.dataset.facet===fac)&&(!rule||r.dataset.rule===rule)
        &&(sup||r.dataset.status==='active')&&(!text||r.textContent.toLowerCase().indexOf(text)>=0);
      r.hidden=!ok;if(ok)n++;
    });
    q('f-count').textContent=String(n);
  }
  ['f-severity','f-facet','f-rule','f-text','f-suppressed'].forEach(function(id){var e=q(id);if(e){e.addEventListener('input',apply);e.addEventListener('change',apply);}});
  if(q('f-severity'))apply();
})();
`.trim();
