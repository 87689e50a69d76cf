import type { Partials } from '../render-template.ts';

/**
 * The paragraphs Finnish requester emails share, by `{{> name}}`: the names of `en/partials.ts`. The
 * terms are those of the Finnish text of the GDPR (yleinen tietosuoja-asetus). Finnish inflects
 * names, so a configured name (the authority, a request type) stands where the nominative is right:
 * after a colon or as the complement of "on".
 */
export default {
  complaintRights:
    'Sinulla on myös oikeus tehdä valitus valvontaviranomaiselle. Tällainen viranomainen on esimerkiksi {{authorityName}}, {{authorityUrl}}.',
  rightsOfRecourse: `{{#authorityOfRequesterCountry}}
Sinulla on oikeus tehdä valitus oman maasi valvontaviranomaiselle, joka on {{authorityName}}, {{authorityUrl}}. Voit tehdä valituksen myös sen maan valvontaviranomaiselle, jossa työskentelet tai jossa väitetty rikkominen on tapahtunut.
{{/authorityOfRequesterCountry}}
{{^authorityOfRequesterCountry}}
Sinulla on oikeus tehdä valitus valvontaviranomaiselle erityisesti siinä maassa, jossa asut tai työskentelet tai jossa väitetty rikkominen on tapahtunut. Voit tehdä valituksen myös tälle viranomaiselle: {{authorityName}}, {{authorityUrl}}.
{{/authorityOfRequesterCountry}}

Sinulla on myös oikeus saattaa asia tuomioistuimen käsiteltäväksi.{{#courtRouteNl}} Alankomaissa tämä tehdään jättämällä hakemus (verzoekschrift) käräjäoikeudelle (rechtbank) kuuden viikon kuluessa siitä, kun olet saanut tämän päätöksen (Alankomaiden tietosuoja-asetuksen täytäntöönpanolain 35 artikla, UAVG).{{/courtRouteNl}}`,
  controllerFooter: `{{controllerName}}, {{controllerAddress}}{{#controllerPhone}}, {{controllerPhone}}{{/controllerPhone}}
Tietosuojavastaava: {{dpoName}}, {{dpoEmail}}`,
  signature: 'Ystävällisin terveisin\nTietosuojatiimi\n\n{{> controllerFooter}}',
  staffText: '{{#staffText}}\n---\n{{staffText}}\n{{/staffText}}',
} as const satisfies Partials;
