import type { Partials } from '../render-template.ts';

/**
 * The paragraphs Norwegian (Bokmål) requester emails share, by `{{> name}}`: the names of
 * `en/partials.ts`. The terms are those of the Norwegian text of the GDPR (personvernforordningen).
 */
export default {
  complaintRights:
    'Du har også rett til å klage til en tilsynsmyndighet for personvern, for eksempel {{authorityName}}, {{authorityUrl}}.',
  rightsOfRecourse: `{{#authorityOfRequesterCountry}}
Du har rett til å klage til tilsynsmyndigheten i landet ditt: {{authorityName}}, {{authorityUrl}}. Du kan også klage til tilsynsmyndigheten i landet der du arbeider, eller der den påståtte overtredelsen fant sted.
{{/authorityOfRequesterCountry}}
{{^authorityOfRequesterCountry}}
Du har rett til å klage til en tilsynsmyndighet, særlig i landet der du bor eller arbeider, eller der den påståtte overtredelsen fant sted, eller til {{authorityName}}, {{authorityUrl}}.
{{/authorityOfRequesterCountry}}

Du har også rett til å bringe saken inn for domstolene.{{#courtRouteNl}} I Nederland gjør du det ved å sende en begjæring (verzoekschrift) til tingretten (rechtbank) innen seks uker etter at du mottok denne avgjørelsen (artikkel 35 i den nederlandske gjennomføringsloven til personvernforordningen, UAVG).{{/courtRouteNl}}`,
  controllerFooter: `{{controllerName}}, {{controllerAddress}}{{#controllerPhone}}, {{controllerPhone}}{{/controllerPhone}}
Personvernombud: {{dpoName}}, {{dpoEmail}}`,
  signature: 'Vennlig hilsen\nPersonvernteamet\n\n{{> controllerFooter}}',
  staffText: '{{#staffText}}\n---\n{{staffText}}\n{{/staffText}}',
} as const satisfies Partials;
