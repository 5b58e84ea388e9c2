import { defineRule } from '../engine/rule';
import { categoriesOf, hasInterface, reportMissingInterface } from './interfaces';

export default defineRule({
  meta: {
    id: 'STD-005',
    title: { de: 'Identitätsdienst ohne OIDC oder SAML', en: 'Identity provider without OIDC or SAML' },
    messages: {
      default: {
        de: '{name} ist als Identitätsdienst (identity) geführt, bietet aber weder OpenID Connect („oidc“) noch SAML („saml“) an.',
        en: '{name} is listed as an identity provider (identity) but offers neither OpenID Connect (\'oidc\') nor SAML (\'saml\').',
      },
    },
    severity: 'warning', facet: 'T', objective: 'SOV-6', cap: 3,
    rationale: {
      de: 'Der Identitätsdienst ist das Nadelöhr der gesamten Landschaft: Spricht er nur ein herstellereigenes Anmeldeverfahren, kann jede angeschlossene Anwendung nur mit Produkten dieses Herstellers zusammenarbeiten. OpenID Connect und SAML 2.0 sind die offenen Standards für Single Sign-on; mit ihnen bleiben Identitätsdienst und Anwendungen unabhängig voneinander austauschbar. Eine fehlende Schnittstelle zählt als leer.',
      en: 'The identity provider is the bottleneck of the whole landscape: if it speaks only a vendor\'s own sign-in protocol, every connected application can only work with that vendor\'s products. OpenID Connect and SAML 2.0 are the open standards for single sign-on; with them the identity provider and the applications stay replaceable independently of each other. A missing interface counts as empty.',
    },
    sources: ['OpenID Connect Core 1.0 (OpenID Foundation)', 'OASIS SAML 2.0', 'FSFE: Definition eines offenen Standards / Open Standard definition'],
    fixes: [{ de: 'Schnittstelle `{standard: oidc, role: auth}` oder `{standard: saml, role: auth}` ergänzen (Auswahl)', en: 'Add an interface `{standard: oidc, role: auth}` or `{standard: saml, role: auth}` (a choice)' }],
    examples: {
      bad: 'category: identity\ninterfaces:\n  - {standard: ldap, role: api, spec: https://idp.example.org/ldap.md}',
      good: 'category: identity\ninterfaces:\n  - {standard: oidc, role: auth}',
    },
  },
  kinds: ['Application'],
  check(app, ctx) {
    if (!categoriesOf(app).includes('identity') || hasInterface(app, ['oidc', 'saml'])) return;
    reportMissingInterface(app, ctx, 'default', {}, [{ standard: 'oidc', role: 'auth' }, { standard: 'saml', role: 'auth' }]);
  },
});
