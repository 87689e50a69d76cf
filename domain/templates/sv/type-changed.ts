import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] Nytt datum för svaret på din {{typeLabel}}',
  body: `Hej {{name}},

Vi tog emot ditt meddelande (ärende {{reference}}) den {{receivedDate}}. Vi har läst det och handlägger det som din {{typeLabel}}. Tidsfristen för vårt svar räknas från den dag då vi tog emot ditt meddelande, enligt reglerna för den här typen av ärenden. Du får därför svar från oss senast den {{targetDate}}, i stället för den {{previousDueDate}} som vi skrev tidigare.

Om du har frågor kan du svara på det här mejlet.

{{> signature}}

{{> staffText}}`,
  partials,
} satisfies MessageTemplate;
