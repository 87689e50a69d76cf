import type { Partials } from '../render-template.ts';

/**
 * The paragraphs Danish requester emails share, by `{{> name}}`: the names of `en/partials.ts`. The
 * terms are those of the Danish text of the GDPR (databeskyttelsesforordningen).
 */
export default {
  complaintRights:
    'Du har også ret til at indgive en klage til en tilsynsmyndighed, for eksempel {{authorityName}}, {{authorityUrl}}.',
  rightsOfRecourse: `{{#authorityOfRequesterCountry}}
Du har ret til at indgive en klage til tilsynsmyndigheden i dit land: {{authorityName}}, {{authorityUrl}}. Du kan også klage til tilsynsmyndigheden i det land, hvor du arbejder, eller hvor den påståede overtrædelse har fundet sted.
{{/authorityOfRequesterCountry}}
{{^authorityOfRequesterCountry}}
Du har ret til at indgive en klage til en tilsynsmyndighed, navnlig i det land, hvor du bor eller arbejder, eller hvor den påståede overtrædelse har fundet sted, eller til {{authorityName}}, {{authorityUrl}}.
{{/authorityOfRequesterCountry}}

Du har også ret til at indbringe sagen for domstolene.{{#courtRouteNl}} I Nederlandene gør du det ved at indgive et andragende (verzoekschrift) til byretten (rechtbank) senest seks uger efter, at du har modtaget denne afgørelse (artikel 35 i den nederlandske lov om gennemførelse af databeskyttelsesforordningen, UAVG).{{/courtRouteNl}}`,
  controllerFooter: `{{controllerName}}, {{controllerAddress}}{{#controllerPhone}}, {{controllerPhone}}{{/controllerPhone}}
Databeskyttelsesrådgiver: {{dpoName}}, {{dpoEmail}}`,
  signature: 'Med venlig hilsen\nDatabeskyttelsesteamet\n\n{{> controllerFooter}}',
  staffText: '{{#staffText}}\n---\n{{staffText}}\n{{/staffText}}',
} as const satisfies Partials;
