import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { extractReplyText, parseInboundMail, REPLY_PARSER_LIMITS } from '../../../../domain/inbound/index.ts';

async function fixtureText(name: string): Promise<string> {
  const mail = await parseInboundMail(
    await readFile(new URL(`../../../fixtures/mail/${name}`, import.meta.url)),
  );
  return mail.text;
}

const DESK = 'case+abcdefghijklmnop@replies.example.org';

describe('extractReplyText: the fixtures', () => {
  it.each([
    {
      fixture: 'representative-plain-reply.eml',
      style: 'plain text with a "-- " signature (the closing is kept)',
      expected:
        'Dear Ms de Vries,\n\n' +
        'We have checked the customer portal, the billing system and the support\n' +
        'system. Attached to our next message you will find a copy of the personal\n' +
        'data we hold about you.\n\n' +
        'Kind regards,\n' +
        'Ingrid Hansen',
    },
    {
      fixture: 'html-only-reply.eml',
      style: 'Gmail HTML converted to text, attribution wrapped over three lines',
      expected:
        'Thank you. I confirm that I want a copy of all the data you hold about me,\n' +
        'including the support tickets.\n\n' +
        'Anna',
    },
    {
      fixture: 'pdf-attachment-reply.eml',
      style: 'a reply with nothing to strip',
      expected:
        'Dear Ms de Vries,\n\nAttached is the copy of your personal data, as a PDF.\n\nKind regards,\nIngrid Hansen',
    },
    {
      fixture: 'outlook-reply.eml',
      style: 'Outlook: rule, then From:/Sent:/To:/Subject:',
      expected:
        'Hello Anna,\n\n' +
        'Thank you for your request. We will send the copy of your data within the\n' +
        'deadline. If you also use our webshop, please tell us the email address of\n' +
        'that account.\n\n' +
        'Ingrid',
    },
    {
      fixture: 'outlook-dutch-reply.eml',
      style: 'Outlook in Dutch: Van:/Verzonden: with the sender by name only',
      expected:
        'Beste mevrouw De Vries,\n\n' +
        'Wij hebben uw verzoek ontvangen en zoeken uw gegevens op in onze systemen.\n' +
        'U ontvangt binnen een maand een kopie.\n\n' +
        'Met vriendelijke groet,\n' +
        'Pieter Bakker',
    },
    {
      fixture: 'outlook-original-message-reply.eml',
      style: 'Outlook: -----Original Message-----',
      expected: 'The requester confirmed by phone that the request also covers the webshop.',
    },
    {
      fixture: 'gmail-reply.eml',
      style: 'Gmail: "On ... wrote:" wrapped over two lines, > quotes',
      expected:
        'Thank you. Could you also include the data from the webshop? My account\n' +
        'there uses the same address.\n\n' +
        'Anna',
    },
    {
      fixture: 'gmail-dutch-reply.eml',
      style: 'Gmail in Dutch: "Op ... schreef ...:"',
      expected:
        'Dank u wel. Ik wil graag ook weten aan welke partijen mijn gegevens zijn\n' +
        'doorgegeven.\n\n' +
        'Groet,\n' +
        'Anna',
    },
    {
      fixture: 'apple-mail-reply.eml',
      style: 'Apple Mail: quoted "On ..., at ..., ... wrote:"',
      expected:
        'I would like to withdraw the part of my request about the newsletter.\n' +
        'The rest still stands.\n\n' +
        'Anna',
    },
    {
      fixture: 'iphone-reply.eml',
      style: 'iOS Mail: "Sent from my iPhone"',
      expected: 'Yes, that is correct.',
    },
    {
      fixture: 'norwegian-gmail-reply.eml',
      style: 'Gmail in Norwegian: "tir. 3. nov. 2026 kl. 10:00 skrev ...:"',
      expected:
        'Takk for svaret. Jeg ønsker også å få vite hvor lenge dataene blir lagret.\n\nHilsen Øystein',
    },
    {
      fixture: 'swedish-base64-reply.eml',
      style: 'Swedish: "Den tis 3 nov. 2026 kl 10:00 skrev ...:"',
      expected:
        'Hej,\n\n' +
        'Jag vill också att ni tar bort mina uppgifter från nyhetsbrevet.\n\n' +
        'Med vänliga hälsningar\n' +
        'Karin Sjöberg',
    },
    {
      fixture: 'quoted-printable-reply.eml',
      style: 'a long unwrapped paragraph with nothing to strip',
      expected:
        'Goedendag,\n\n' +
        'Mijn naam is Zoë Ødegård. Ik woon sinds kort in Noorwegen; mijn nieuwe adres is Bjørnstjerne ' +
        'Bjørnsons gate 5, 0254 Oslo. Wilt u dit adres in mijn klantgegevens aanpassen? Ik heb één account ' +
        'bij de webshop en één bij de klantenservice.\n\n' +
        'Met vriendelijke groet,\n' +
        'Zoë Ødegård',
    },
    {
      fixture: 'requester-reply-quoting-desk.eml',
      style: 'Thunderbird: "On 03/12/2026 16:30, Privacy Desk wrote:"',
      expected:
        'Thank you for the export. The file does not contain my support tickets\n' +
        'from 2024. Could you check again?\n\n' +
        'Anna de Vries',
    },
    {
      fixture: 'staff-commands.eml',
      style: 'commands on top are kept for parseStaffCommands; the Gmail quote goes',
      expected:
        '#extend 2 Large volume of records across three systems\n' +
        '#NOTE Billing export requested from the finance team on 19 November\n\n' +
        'Dear Ms de Vries,\n\n' +
        'Your request covers records in three separate systems. We need more time\n' +
        'to collect them, and will answer by 3 February 2027 at the latest.\n\n' +
        'Kind regards,\n' +
        'Ingrid Hansen',
    },
    {
      fixture: 'staff-commands-malformed.eml',
      style: 'malformed commands are left for parseStaffCommands to report',
      expected:
        '#extend 5\n#frobnicate\n\nDear Ms de Vries,\n\nWe need more time to answer your request.\n\nIngrid Hansen',
    },
    {
      fixture: 'auto-reply.eml',
      style: 'an out-of-office text',
      expected:
        'I am out of the office until Monday 9 November with limited access to email.\n' +
        'For urgent privacy matters please contact the DPO.',
    },
    {
      fixture: 'cc-third-party-reply.eml',
      style: 'a short reply',
      expected: 'I have copied my lawyer, Jan Jansen, who will follow up on my behalf.\n\nAnna de Vries',
    },
    {
      fixture: 'forged-sender.eml',
      style: 'a forged reply (the text is extracted like any other)',
      expected: '#close fulfilled\n\nAll done, the requester has received everything.',
    },
  ])('$fixture: $style', async ({ fixture, expected }) => {
    // Prepare
    const text = await fixtureText(fixture);

    // Act
    const reply = extractReplyText(text);

    // Assess
    expect(reply).toBe(expected);
  });
});

describe('extractReplyText: cut markers', () => {
  it.each([
    {
      name: 'Danish Gmail attribution',
      text: `Tak.\n\nDen tir. 3. nov. 2026 kl. 10.00 skrev Privacy Desk <${DESK}>:\n\n> Hej\n`,
      expected: 'Tak.',
    },
    {
      name: 'Finnish attribution',
      text: `Kiitos.\n\nti 3.11.2026 klo 10.00 Privacy Desk <${DESK}> kirjoitti:\n\n> Hei\n`,
      expected: 'Kiitos.',
    },
    {
      name: 'German attribution',
      text: `Danke.\n\nAm Di., 3. Nov. 2026 um 10:00 Uhr schrieb Privacy Desk <${DESK}>:\n\n> Hallo\n`,
      expected: 'Danke.',
    },
    {
      name: 'French attribution',
      text: `Merci.\n\nLe mar. 3 nov. 2026 à 10:00, Privacy Desk <${DESK}> a écrit :\n\n> Bonjour\n`,
      expected: 'Merci.',
    },
    {
      name: 'Apple Mail in Dutch, unquoted attribution',
      text: `Dank.\n\nOp 3 nov 2026, om 10:00 heeft Privacy Desk <${DESK}> het volgende geschreven:\n\n> Hallo\n`,
      expected: 'Dank.',
    },
    {
      name: 'Yahoo attribution',
      text: `OK.\n\nOn Tuesday, November 3, 2026 at 10:00:00 AM GMT+1, Privacy Desk <${DESK}> wrote:\n\n> Hello\n`,
      expected: 'OK.',
    },
    {
      name: 'Outlook in Swedish (Från:/Skickat:)',
      text: `Tack.\n\nFrån: Privacy Desk <${DESK}>\nSkickat: den 3 november 2026 10:00\nTill: Karin\nÄmne: x\n\nHej\n`,
      expected: 'Tack.',
    },
    {
      name: 'Outlook in Norwegian (Fra:/Sendt:), sender by name only',
      text: 'Takk.\n\nFra: Privacy Desk\nSendt: tirsdag 3. november 2026 10:00\nTil: Ola\nEmne: x\n\nHei\n',
      expected: 'Takk.',
    },
    {
      name: 'Outlook header block in bold (*From:* / *Sent:*)',
      text: `Thanks.\n\n*From:* Privacy Desk <${DESK}>\n*Sent:* Tuesday, November 3, 2026 10:00 AM\n*To:* Ingrid\n\nHello\n`,
      expected: 'Thanks.',
    },
    {
      name: 'an <hr> rendered as dashes above the header block',
      text: `Thanks.\n\n${'-'.repeat(80)}\nFrom: Privacy Desk <${DESK}>\nSent: Tuesday, November 3, 2026 10:00 AM\n\nHello\n`,
      expected: 'Thanks.',
    },
    {
      name: '-----Oorspronkelijk bericht-----',
      text: 'Akkoord.\n\n-----Oorspronkelijk bericht-----\nVan: Privacy Desk\nHallo\n',
      expected: 'Akkoord.',
    },
    {
      name: '"Verstuurd vanaf mijn iPhone"',
      text: 'Ja, klopt.\n\nVerstuurd vanaf mijn iPhone\n\n> Op 3 nov. 2026 om 10:00 heeft Privacy Desk het volgende geschreven:\n',
      expected: 'Ja, klopt.',
    },
    {
      name: '"Sendt fra min iPhone"',
      text: 'Ja.\n\nSendt fra min iPhone\n\n> Den 3. nov. 2026 kl. 10.00 skrev Privacy Desk:\n',
      expected: 'Ja.',
    },
    {
      name: 'a "--" signature delimiter without its space',
      text: 'Body text.\n\n--\nIngrid Hansen\n',
      expected: 'Body text.',
    },
    {
      name: 'a closing and a "-- " signature: the closing stays',
      text: 'Thanks.\n\nBest regards,\nIngrid\n\n-- \nIngrid Hansen\n',
      expected: 'Thanks.\n\nBest regards,\nIngrid',
    },
    {
      name: 'Polish attribution (email-reply-parser)',
      text: `Dzięki.\n\nW dniu 3.11.2026 o 10:00, Privacy Desk <${DESK}> pisze:\n> Cześć\n`,
      expected: 'Dzięki.',
    },
    {
      name: 'Italian attribution (email-reply-parser)',
      text: `Grazie.\n\nIl giorno mar 3 nov 2026 alle ore 10:00 Privacy Desk <${DESK}> ha scritto:\n\n> Ciao\n`,
      expected: 'Grazie.',
    },
    {
      name: 'CRLF line ends',
      text: `Hi\r\n\r\nOn Tue, 3 Nov 2026 at 10:00, Privacy Desk <${DESK}> wrote:\r\n> x\r\n`,
      expected: 'Hi',
    },
    {
      name: 'no-break spaces, as HTML conversions leave them',
      text: `Thanks\u00a0a lot.\n\nOn\u00a0Tue, 3 Nov 2026 at 10:00, Privacy Desk <${DESK}> wrote:\n> x\n`,
      expected: 'Thanks a lot.',
    },
  ])('cuts at $name', ({ text, expected }) => {
    // Act
    const reply = extractReplyText(text);

    // Assess
    expect(reply).toBe(expected);
  });
});

describe('extractReplyText: what stays', () => {
  it.each([
    {
      name: '"On ... wrote:" without a time or an address is the requester\'s own words',
      text: 'On Monday I wrote:\nplease delete my account.\n\nNow I also want the newsletter gone.',
      expected: 'On Monday I wrote:\nplease delete my account.\n\nNow I also want the newsletter gone.',
    },
    {
      name: 'a "skrev" sentence without a time',
      text: 'I 2025 skrev jeg til dere om dette:\nSlett dataene mine.',
      expected: 'I 2025 skrev jeg til dere om dette:\nSlett dataene mine.',
    },
    {
      name: 'a "From:" line without a date field below it',
      text: 'From: 2019 until 2024 I was a customer.\nI want a copy of my data.',
      expected: 'From: 2019 until 2024 I was a customer.\nI want a copy of my data.',
    },
    {
      name: 'a PS below the closing',
      text: 'Here is my new address.\n\nKind regards,\nAnna\n\nPS: the old one is still on my invoices.',
      expected: 'Here is my new address.\n\nKind regards,\nAnna\n\nPS: the old one is still on my invoices.',
    },
    {
      name: 'inline answers between quoted questions',
      text: 'Answers below.\n\n> Do you still have an account?\nYes, since 2019.\n\n> Which email address?\nThis one.\n',
      expected: 'Answers below.\n\nYes, since 2019.\n\nThis one.',
    },
    {
      name: 'nothing but whitespace',
      text: '   \n\n  ',
      expected: '',
    },
    {
      name: 'nothing but quoted text',
      text: '> hello\n> there\n',
      expected: '',
    },
    {
      name: 'runs of blank lines, collapsed, and trailing spaces, trimmed',
      text: 'One.\n\n\n\n\nTwo.   \n',
      expected: 'One.\n\nTwo.',
    },
  ])('keeps $name', ({ text, expected }) => {
    // Act
    const reply = extractReplyText(text);

    // Assess
    expect(reply).toBe(expected);
  });
});

describe('extractReplyText: beyond REPLY_PARSER_LIMITS', () => {
  const longReply = `${'A long answer line of seventy characters, repeated to pass the limit.\n'.repeat(60)}`;

  it.each([
    {
      name: 'our own markers still cut (Gmail attribution)',
      history: `On Tue, 3 Nov 2026 at 10:00, Privacy Desk <${DESK}> wrote:\n\n> Hello\n`,
      expectedTail: 'repeated to pass the limit.',
    },
    {
      name: 'headers only email-reply-parser knows (Italian) are left in',
      history: `Il giorno mar 3 nov 2026 alle ore 10:00 Privacy Desk <${DESK}> ha scritto:\n\n> Ciao\n`,
      expectedTail: 'ha scritto:',
    },
  ])('$name', ({ history, expectedTail }) => {
    // Prepare
    const text = `${longReply}\n${history}`;

    // Act
    const reply = extractReplyText(text);

    // Assess
    expect({
      longerThanLimit: text.length > REPLY_PARSER_LIMITS.maxChars,
      endsWith: reply.endsWith(expectedTail),
    }).toEqual({ longerThanLimit: true, endsWith: true });
  });
});
