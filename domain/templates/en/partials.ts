import type { Partials } from '../render-template.ts';

/**
 * The paragraphs English templates share, by `{{> name}}`. Every language keeps the same names in
 * its own `partials.ts`, so a translation is one catalogue and a wording change one edit.
 */
export default {
  /** GDPR Art. 77, as the requester's emails state it: the authority of the requester's country. */
  complaintRights:
    'You also have the right to lodge a complaint with a data protection authority, such as {{authorityName}}, {{authorityUrl}}.',
  /**
   * Art. 12(4): every outcome short of full fulfilment tells the requester where to complain (the
   * authority of their country, from the configuration) and that a court is open to them, naming the
   * national route where the desk knows it.
   */
  rightsOfRecourse: `{{#authorityOfRequesterCountry}}
You have the right to lodge a complaint with the data protection authority of your country: {{authorityName}}, {{authorityUrl}}. You may also complain to the authority of the country where you work or where the alleged infringement took place.
{{/authorityOfRequesterCountry}}
{{^authorityOfRequesterCountry}}
You have the right to lodge a complaint with a data protection authority, in particular in the country where you live or work or where the alleged infringement took place, or with {{authorityName}}, {{authorityUrl}}.
{{/authorityOfRequesterCountry}}

You also have the right to seek a judicial remedy before a court.{{#courtRouteNl}} In the Netherlands you do so by filing a petition (verzoekschrift) with the district court (rechtbank) within six weeks of receiving this decision (Article 35 of the Dutch GDPR Implementation Act, UAVG).{{/courtRouteNl}}`,
  /** Who the controller is and how to reach the DPO: once in every requester email. */
  controllerFooter: `{{controllerName}}, {{controllerAddress}}{{#controllerPhone}}, {{controllerPhone}}{{/controllerPhone}}
Data Protection Officer: {{dpoName}}, {{dpoEmail}}`,
  signature: 'Kind regards,\nThe privacy team\n\n{{> controllerFooter}}',
  /** The representative's own text, below an email the desk wrote for them. */
  staffText: '{{#staffText}}\n---\n{{staffText}}\n{{/staffText}}',
  /** The requester's details and message, in staff emails that must carry them. */
  requesterDetails: `Name: {{name}}
Email: {{email}}
{{#phone}}
Phone: {{phone}}
{{/phone}}
{{#company}}
Company: {{company}}
{{/company}}

Message:
{{message}}`,
  personalDataWarning:
    '{{^contentInConsole}}This email contains personal data: do not forward it.{{/contentInConsole}}',
  /** The case facts of an escalation alert; each alert adds the dates it is about. */
  caseFacts: `Case: {{reference}}
Type: {{typeLabel}}
Team: {{teamName}}
Assigned to: {{assigneeName}}
Status: {{statusLabel}}`,
  noRequestContent: 'This alert carries no content of the request.',
  /** `notifications.staffEmailContent: "link"`: said where a staff email would carry the case's content. */
  contentInConsole:
    "{{#contentInConsole}}\nThis desk keeps the content of cases out of email: the requester's details, messages and attachments are in the staff console. Open the case there: {{consoleCaseUrl}}\n{{/contentInConsole}}",
  /** `link` mode: the case page of the console, in the alerts. */
  caseInConsole:
    '{{#consoleCaseUrl}}\nThe case in the staff console: {{consoleCaseUrl}}\n{{/consoleCaseUrl}}',
} as const satisfies Partials;
