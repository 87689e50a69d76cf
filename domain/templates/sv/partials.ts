import type { Partials } from '../render-template.ts';

/**
 * The paragraphs Swedish requester emails share, by `{{> name}}`: the names of `en/partials.ts`. The
 * terms are those of the Swedish text of the GDPR (dataskyddsförordningen).
 */
export default {
  complaintRights:
    'Du har också rätt att lämna in ett klagomål till en tillsynsmyndighet, till exempel {{authorityName}}, {{authorityUrl}}.',
  rightsOfRecourse: `{{#authorityOfRequesterCountry}}
Du har rätt att lämna in ett klagomål till tillsynsmyndigheten i ditt land: {{authorityName}}, {{authorityUrl}}. Du kan också vända dig till tillsynsmyndigheten i det land där du arbetar eller där det påstådda intrånget inträffade.
{{/authorityOfRequesterCountry}}
{{^authorityOfRequesterCountry}}
Du har rätt att lämna in ett klagomål till en tillsynsmyndighet, särskilt i det land där du bor eller arbetar eller där det påstådda intrånget inträffade, eller till {{authorityName}}, {{authorityUrl}}.
{{/authorityOfRequesterCountry}}

Du har också rätt till ett effektivt rättsmedel, det vill säga att få saken prövad i domstol.{{#courtRouteNl}} I Nederländerna gör du det genom att lämna in en ansökan (verzoekschrift) till tingsrätten (rechtbank) inom sex veckor från det att du tog emot detta beslut (artikel 35 i den nederländska lagen om genomförande av dataskyddsförordningen, UAVG).{{/courtRouteNl}}`,
  controllerFooter: `{{controllerName}}, {{controllerAddress}}{{#controllerPhone}}, {{controllerPhone}}{{/controllerPhone}}
Dataskyddsombud: {{dpoName}}, {{dpoEmail}}`,
  signature: 'Med vänliga hälsningar\nDataskyddsteamet\n\n{{> controllerFooter}}',
  staffText: '{{#staffText}}\n---\n{{staffText}}\n{{/staffText}}',
} as const satisfies Partials;
