import type { Partials } from '../render-template.ts';

/** The paragraphs Dutch templates share, by `{{> name}}`: the names of `en/partials.ts`. */
export default {
  complaintRights:
    'U hebt ook het recht een klacht in te dienen bij een toezichthoudende autoriteit, zoals de Autoriteit Persoonsgegevens.',
  signature: 'Met vriendelijke groet,\nHet privacyteam',
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
  personalDataWarning: 'Deze e-mail bevat persoonsgegevens: stuur haar niet door.',
} as const satisfies Partials;
