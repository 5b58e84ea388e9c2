import { defineRule } from '../engine/rule';
import { label, labelList, q } from '../engine/i18n';
import { contractOf, operatorsOf, personalCategoriesOf } from '../engine/terms';

export default defineRule({
  meta: {
    id: 'JUR-006',
    title: { de: 'Kein Auftragsverarbeitungsvertrag', en: 'No data processing agreement' },
    messages: {
      noContract: {
        de: '{name} verarbeitet personenbezogene Daten ({categories}) und wird von {operators} betrieben, nicht von der Kommune selbst, aber es ist kein Vertrag erfasst: Art. 28 Abs. 3 DSGVO verlangt einen Auftragsverarbeitungsvertrag oder ein anderes Rechtsinstrument, das den Auftragsverarbeiter bindet.',
        en: '{name} processes personal data ({categories}) and is run by {operators}, not by the municipality itself, but no contract is recorded: GDPR art. 28(3) requires a data processing agreement or another legal act that binds the processor.',
      },
      default: {
        de: '{name} verarbeitet personenbezogene Daten ({categories}) und wird von {operators} betrieben, nicht von der Kommune selbst, aber der Vertrag nennt weder einen unterzeichneten Auftragsverarbeitungsvertrag (dpa.signed: true) noch ein bindendes Rechtsinstrument (dpa.legalAct), wie es Art. 28 Abs. 3 DSGVO verlangt.',
        en: '{name} processes personal data ({categories}) and is run by {operators}, not by the municipality itself, but the contract records neither a signed data processing agreement (dpa.signed: true) nor a binding legal act (dpa.legalAct), as GDPR art. 28(3) requires.',
      },
    },
    severity: 'error', facet: 'D', objective: 'SOV-7', cap: 1,
    rationale: {
      de: 'Lässt die Kommune personenbezogene Daten von einem anderen verarbeiten, muss das nach Art. 28 Abs. 3 DSGVO auf einem Vertrag oder einem anderen Rechtsinstrument beruhen, das den Auftragsverarbeiter an die Weisungen der Kommune bindet und Gegenstand, Dauer, Art und Zweck der Verarbeitung festlegt. Für einen öffentlichen Auftragsverarbeiter, etwa einen kommunalen IT-Dienstleister, kann das ein Gesetz, eine Satzung oder eine Zweckvereinbarung sein (`dpa.legalAct`). Fehlt beides, ist die Auftragsverarbeitung nicht geregelt – ein fehlender Vertrag zählt dabei als leer. Betreibt die Kommune die Anwendung selbst (`self: true`), ist kein Vertrag nötig. Für Sozialdaten gilt zusätzlich §80 SGB X.',
      en: 'When the municipality has another party process personal data, GDPR art. 28(3) requires a contract or other legal act that binds the processor to the municipality\'s instructions and sets out the subject, duration, nature and purpose of the processing. For a public processor such as a municipal IT provider this may be a statute, a by-law or an inter-municipal agreement (`dpa.legalAct`). Without either, the processing on behalf is not governed — a missing contract counts as empty. When the municipality runs the application itself (`self: true`), no agreement is needed. For social data §80 SGB X applies in addition.',
    },
    sources: ['DSGVO/GDPR Art. 28 Abs. 3', '§80 SGB X', 'EU Cloud Sovereignty Framework v1.2.1, SOV-7'],
    fixes: [],
    examples: {
      bad: 'data: [personaldaten]\ndeployment: {operator: saas-anbieter}\ncontract: {type: EVB-IT Cloud}',
      good: 'data: [personaldaten]\ndeployment: {operator: saas-anbieter}\ncontract: {type: EVB-IT Cloud, dpa: {signed: true, transfer: none}}',
    },
  },
  kinds: ['Application'],
  check(app, ctx) {
    const personal = personalCategoriesOf(app, ctx.landscape);
    if (!personal.length) return;
    const others = operatorsOf(app, ctx.landscape).filter((op) => op.entity.data.self !== true);
    if (!others.length) return;
    const contract = contractOf(app, ctx.landscape);
    if (!contract && typeof app.data.contract === 'string') return; // a dangling reference is REF-001's; never guess
    const dpa = contract?.data.dpa;
    const legalAct = typeof dpa?.legalAct === 'string' && dpa.legalAct.trim() !== '';
    if (dpa?.signed === true || legalAct) return;
    const params = {
      name: label(app, ctx.locale),
      categories: labelList(personal.map((c) => c.entity), ctx.locale),
      operators: labelList(others.map((op) => op.entity), ctx.locale),
    };
    const related = [
      ...(contract?.entity ? [{ entity: contract.entity, path: contract.entity.raw.dpa ? ['dpa'] : ['id'], at: contract.entity.raw.dpa ? 'key' as const : 'value' as const, message: ctx.t({ de: 'Datenschutzangaben des Vertrags {contract}', en: 'Data protection terms of the contract {contract}' }, { contract: q(contract.entity.id, ctx.locale) }) }] : []),
      ...others.map((op) => ({ entity: op.entity, path: ['id'], at: 'value' as const, message: ctx.t({ de: 'Betreiber {party}', en: 'Operator {party}' }, { party: q(op.entity.id, ctx.locale) }) })),
    ];
    // With a contract: at the `contract` reference (or the inline dpa); without one: at the first operator reference.
    if (contract) ctx.report({ entity: app, path: contract.at(['dpa', 'signed']), params, related });
    else ctx.report({ entity: app, path: others[0].at, messageId: 'noContract', params, related });
  },
});
