import type { Partials } from '../render-template.ts';

/**
 * The paragraphs English templates share, by `{{> name}}`. Every language keeps the same names in
 * its own `partials.ts`, so a translation is one catalogue and a wording change one edit.
 */
export default {
  /** GDPR Art. 77, as the requester's emails state it. */
  complaintRights:
    'You also have the right to lodge a complaint with a data protection authority, in particular in the country where you live or work.',
  signature: 'Kind regards,\nThe privacy team',
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
  personalDataWarning: 'This email contains personal data: do not forward it.',
  /** The case facts of an escalation alert; each alert adds the dates it is about. */
  caseFacts: `Case: {{reference}}
Type: {{typeLabel}}
Team: {{teamName}}
Assigned to: {{assigneeName}}
Status: {{statusLabel}}`,
  noRequestContent: 'This alert carries no content of the request.',
} as const satisfies Partials;
