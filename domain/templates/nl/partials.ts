import type { Partials } from '../render-template.ts';

/** The paragraphs Dutch templates share, by `{{> name}}`: the names of `en/partials.ts`. */
export default {
  complaintRights:
    'U hebt ook het recht een klacht in te dienen bij een toezichthoudende autoriteit, zoals {{authorityName}}, {{authorityUrl}}.',
  rightsOfRecourse: `{{#authorityOfRequesterCountry}}
U hebt het recht een klacht in te dienen bij de toezichthoudende autoriteit van uw land: {{authorityName}}, {{authorityUrl}}. U kunt ook een klacht indienen bij de toezichthouder van het land waar u werkt of waar de vermeende inbreuk plaatsvond.
{{/authorityOfRequesterCountry}}
{{^authorityOfRequesterCountry}}
U hebt het recht een klacht in te dienen bij een toezichthoudende autoriteit, in het bijzonder in het land waar u woont of werkt of waar de vermeende inbreuk plaatsvond, of bij {{authorityName}}, {{authorityUrl}}.
{{/authorityOfRequesterCountry}}

U hebt daarnaast het recht om naar de rechter te stappen.{{#courtRouteNl}} Dat doet u door binnen zes weken na ontvangst van dit besluit een verzoekschrift in te dienen bij de rechtbank (artikel 35 van de Uitvoeringswet Algemene verordening gegevensbescherming).{{/courtRouteNl}}`,
  controllerFooter: `{{controllerName}}, {{controllerAddress}}{{#controllerPhone}}, {{controllerPhone}}{{/controllerPhone}}
Functionaris voor gegevensbescherming: {{dpoName}}, {{dpoEmail}}`,
  signature: 'Met vriendelijke groet,\nHet privacyteam\n\n{{> controllerFooter}}',
  staffText: '{{#staffText}}\n---\n{{staffText}}\n{{/staffText}}',
  requesterDetails: `Naam: {{name}}
E-mail: {{email}}
{{#phone}}
Telefoon: {{phone}}
{{/phone}}
{{#company}}
Bedrijf: {{company}}
{{/company}}

Bericht:
{{message}}`,
  personalDataWarning:
    '{{^contentInConsole}}Deze e-mail bevat persoonsgegevens: stuur haar niet door.{{/contentInConsole}}',
} as const satisfies Partials;
