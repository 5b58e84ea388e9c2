import { defineRule } from '../engine/rule';
import { countryInRegion } from '../engine/catalogues';
import { countryLabel, label, q } from '../engine/i18n';
import { contractOf, isCloudService } from '../engine/terms';

export default defineRule({
  meta: {
    id: 'JUR-009',
    title: { de: 'Cloud-Vertrag unter dem Recht eines Staates außerhalb von EU/EWR', en: 'Cloud contract governed by the law of a state outside the EU/EEA' },
    messages: {
      default: {
        de: '{name} ist ein Cloud-Dienst, dessen Vertrag dem Recht eines Staates außerhalb von EU und EWR unterliegt; anwendbares Recht: {country}. Streitigkeiten und die Durchsetzung von Datenschutz- und Wechselpflichten richten sich nach einer fremden Rechtsordnung.',
        en: '{name} is a cloud service whose contract is governed by the law of a state outside the EU and the EEA; governing law: {country}. Disputes and the enforcement of data-protection and switching duties follow a foreign legal order.',
      },
    },
    severity: 'warning', facet: 'D', objective: 'SOV-2', cap: 2,
    rationale: {
      de: 'Das auf einen Cloud-Vertrag anwendbare Recht entscheidet, vor welchen Gerichten die Kommune ihre Rechte durchsetzen muss und ob zwingende Schutzregeln des Unionsrechts greifen – etwa die Wechselrechte des EU Data Act (Verordnung (EU) 2023/2854, Art. 23–29) oder die Pflichten des Auftragsverarbeiters nach Art. 28 DSGVO. Ein Vertrag unter dem Recht eines Staates außerhalb von EU und EWR schwächt die rechtliche Souveränität, auch wenn die Daten in der EU liegen. Ohne Angabe von `governingLaw` schweigt die Regel.',
      en: 'The law governing a cloud contract decides before which courts the municipality must enforce its rights and whether mandatory protections of Union law apply — such as the switching rights of the EU Data Act (Regulation (EU) 2023/2854, art. 23–29) or the processor duties of GDPR art. 28. A contract under the law of a state outside the EU and the EEA weakens legal sovereignty even when the data stays in the EU. Without `governingLaw` the rule stays quiet.',
    },
    sources: ['EU Data Act, Verordnung (EU) 2023/2854, Art. 23–29', 'DSGVO/GDPR Art. 28', 'EU Cloud Sovereignty Framework v1.2.1, SOV-2', 'EVB-IT Cloud (deutsches Recht als Regelfall)'],
    fixes: [],
    examples: {
      bad: 'deployment: {model: saas}\ncontract: {governingLaw: US}',
      good: 'deployment: {model: saas}\ncontract: {governingLaw: DE}',
    },
  },
  kinds: ['Application'],
  check(app, ctx) {
    if (!isCloudService(app)) return;
    const contract = contractOf(app, ctx.landscape);
    const law = contract?.data.governingLaw;
    if (!contract || typeof law !== 'string' || countryInRegion(law, 'EEA', false)) return;
    ctx.report({
      entity: app, path: contract.at(['governingLaw']),
      params: { name: label(app, ctx.locale), country: countryLabel(law, ctx.locale) },
      related: contract.entity ? [{ entity: contract.entity, path: ['governingLaw'], at: 'value', message: ctx.t({ de: 'Anwendbares Recht des Vertrags {contract}', en: 'Governing law of the contract {contract}' }, { contract: q(contract.entity.id, ctx.locale) }) }] : [],
    });
  },
});
