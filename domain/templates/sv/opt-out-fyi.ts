import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/opt-out-fyi.ts` in Swedish. */
export default {
  subject: '[{{reference}}] För kännedom: invändning mot direktmarknadsföring hanterad',
  body: `Hej {{recipientName}},

För kännedom: desken har själv hanterat en invändning mot direktmarknadsföring. Den registrerades e-postadress finns på deskens spärrlista för marknadsföring (som nyckelbaserad hash), den registrerade har fått en bekräftelse och ärendet är avslutat som genomfört. Inget mer behöver göras i desken.

Desken har lagt adressen i spärrkön som marknadsföringssystemen läser. Se till att marknadsföringssystem som varken läser den kön eller deskens lista också slutar skicka e-post till adressen.

Referens: {{reference}}
Mottaget: {{receivedDate}}{{^contentInConsole}}
Namn: {{name}}
E-post: {{email}}
{{#company}}
Företag: {{company}}
{{/company}}

Meddelande:
{{message}}{{/contentInConsole}}

{{> contentInConsole}}

Om något inte stämmer, svara på det här meddelandet.

{{> personalDataWarning}}`,
  partials,
} satisfies MessageTemplate;
