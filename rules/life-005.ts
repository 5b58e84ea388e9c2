import { defineRule } from '../engine/rule';
import { label } from '../engine/i18n';

export default defineRule({
  meta: {
    id: 'LIFE-005',
    title: { de: 'Beauftragte Software ohne SBOM', en: 'Commissioned software without an SBOM' },
    messages: {
      default: {
        de: '{name} wurde mit öffentlichem Geld entwickelt (commissioned: true), hat aber keine Software-Stückliste (source.sbom).',
        en: '{name} was developed with public money (commissioned: true) but has no software bill of materials (source.sbom).',
      },
    },
    severity: 'warning', facet: 'KS', objective: 'SOV-5', cap: 3,
    rationale: {
      de: 'Wer Software mit öffentlichem Geld entwickeln lässt, muss wissen, woraus sie besteht: Eine Software-Stückliste (SBOM, z. B. CycloneDX oder SPDX) zeigt alle Komponenten, ihre Lizenzen und Versionen. Nur damit lassen sich Schwachstellen in Abhängigkeiten finden, Lizenzpflichten erfüllen und die Software von einem anderen Dienstleister weiterentwickeln lassen – Grundlage einer beherrschten Lieferkette. Ohne `commissioned: true` bleibt die Regel stumm.',
      en: 'Whoever has software developed with public money must know what it is made of: a software bill of materials (SBOM, e.g. CycloneDX or SPDX) lists all components, their licences and versions. Only with it can vulnerabilities in dependencies be found, licence obligations be met and the software be developed further by another contractor – the basis of a controlled supply chain. Without `commissioned: true` the rule stays quiet.',
    },
    sources: ['§16a E-Government-Gesetz (EGovG); FSFE: Public Money? Public Code!', 'publiccode.yml-Standard', 'EU Cloud Sovereignty Framework v1.2.1, SOV-5 (Lieferkette / supply chain)'],
    fixes: [],
    examples: {
      bad: 'commissioned: true\nsource: {repository: https://gitlab.opencode.de/musterstadt/fachverfahren}',
      good: 'commissioned: true\nsource: {repository: https://gitlab.opencode.de/musterstadt/fachverfahren, sbom: sbom.cdx.json}',
    },
  },
  kinds: ['Application'],
  check(app, ctx) {
    if (app.data.commissioned !== true) return;
    const source = app.raw.source;
    if (source != null && (typeof source !== 'object' || Array.isArray(source))) return; // not a mapping: SCHEMA's finding
    const sbom = source?.sbom; // raw: a present but invalid value is SCHEMA's finding
    if (sbom !== undefined && sbom !== null && sbom !== '') return;
    ctx.report({ entity: app, path: ['source', 'sbom'], params: { name: label(app, ctx.locale) } });
  },
});
