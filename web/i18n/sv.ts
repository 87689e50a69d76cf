import type { PageCatalogue } from './en.ts';

/** Webbsidorna på svenska; rättigheterna med namnen i dataskyddsförordningen. */
export const sv = {
  'site.title': 'Dataskydd: frågor, begäranden och klagomål',
  'nav.languages': 'Språk',

  'form.intro':
    'Använd det här formuläret för att utöva dina rättigheter enligt dataskyddsförordningen (GDPR), ställa en fråga om vår integritetspolicy, lämna klagomål eller anmäla en möjlig kränkning av din integritet. Vi behandlar ditt ärende konfidentiellt.',
  'form.requiredNote': 'Alla fält måste fyllas i om de inte är märkta ”frivilligt”.',
  'form.typeLegend': 'Vad vill du göra?',
  'form.aboutYouLegend': 'Om dig',
  'form.requestLegend': 'Ditt ärende',
  'form.notice':
    'Vi använder uppgifterna i formuläret bara för att handlägga ditt ärende och svara dig. Det är vi skyldiga att göra enligt lag (dataskyddsförordningen, artikel 6.1 c), så vi ber inte om ditt samtycke. Hur vi behandlar dina uppgifter och vilka rättigheter du har beskrivs i vår {privacyStatement}.',
  'form.privacyStatement': 'integritetspolicy',
  'form.submit': 'Skicka',
  'form.sending': 'Skickar …',

  'type.access.label': 'Rätt till tillgång',
  'type.access.hint': 'Begär en kopia av de personuppgifter som vi behandlar om dig.',
  'type.rectification.label': 'Rätt till rättelse',
  'type.rectification.hint': 'Be oss rätta personuppgifter om dig som är felaktiga.',
  'type.erasure.label': 'Rätt till radering (”rätten att bli bortglömd”)',
  'type.erasure.hint': 'Be oss radera personuppgifter om dig.',
  'type.restriction.label': 'Rätt till begränsning av behandling',
  'type.restriction.hint': 'Be oss begränsa behandlingen av dina personuppgifter.',
  'type.portability.label': 'Rätt till dataportabilitet',
  'type.portability.hint':
    'Få dina personuppgifter, eller få dem överförda till någon annan, i ett strukturerat, allmänt använt och maskinläsbart format.',
  'type.objection.label': 'Rätt att göra invändningar',
  'type.objection.hint':
    'Invänd mot att vi behandlar dina personuppgifter på grundval av berättigade intressen eller för direktmarknadsföring, inklusive profilering.',
  'type.marketing_opt_out.label': 'Avregistrera dig från marknadsföring och profilering',
  'type.marketing_opt_out.hint':
    'Vi slutar skicka marknadsföring till dig via e-post och använder inte längre dina uppgifter för profilering.',
  'type.processor_info.label': 'Översikt över våra (under)biträden',
  'type.processor_info.hint':
    'Få en översikt över och mer information om de personuppgiftsbiträden vi anlitar.',
  'type.question.label': 'Fråga eller synpunkt om vår integritetspolicy',
  'type.question.hint': 'Ställ en fråga eller lämna en synpunkt om vår integritetspolicy.',
  'type.complaint.label': 'Klagomål på hur vi behandlar dina uppgifter',
  'type.complaint.hint':
    'Hör av dig om du inte är nöjd med hur vi behandlar dina personuppgifter; vår representant kontaktar dig.',
  'type.breach_report.label': 'Anmäl en möjlig kränkning av din integritet',
  'type.breach_report.hint':
    'Hör av dig direkt om du tror att dina personuppgifter har förlorats, läckt ut eller setts av någon obehörig.',

  'field.optional': '(frivilligt)',
  'field.choose': 'Välj',
  'field.name': 'Ditt namn',
  'field.email': 'E-postadress',
  'field.emailHint':
    'Vi svarar dig på den här adressen. För de flesta ärenden ber vi dig först att bekräfta den.',
  'field.phone': 'Telefonnummer',
  'field.company': 'Kund- eller företagsnamn',
  'field.relationship': 'Du är',
  'relationship.customer_user': 'användare av någon av våra produkter eller tjänster',
  'relationship.customer_employee': 'anställd hos någon av våra kunder',
  'relationship.job_applicant': 'arbetssökande',
  'relationship.website_visitor': 'besökare på vår webbplats',
  'relationship.marketing_contact': 'mottagare av vår marknadsföring',
  'relationship.other': 'annat',
  'field.service': 'Vilket företag eller vilken tjänst gäller det?',
  'field.serviceNone': 'Vet inte, eller hela koncernen',
  'field.country': 'Land där du bor',
  'field.language': 'Språk för vårt svar',
  'field.message': 'Ditt meddelande',
  'field.messageHint':
    'Beskriv ditt ärende så exakt du kan, till exempel vilken tjänst, vilket konto eller vilken period det gäller.',
  'field.honeypot': 'Lämna det här fältet tomt',

  'errors.summaryTitle': 'Rätta följande',
  'error.required': 'Fältet måste fyllas i.',
  'error.choice': 'Välj ett av alternativen.',
  'error.tooLong': 'Använd högst {max} tecken.',
  'error.email': 'Ange en e-postadress, till exempel namn@exempel.se.',
  'error.phone': 'Ange ett telefonnummer med bara siffror, mellanslag och + ( ) . / -.',
  'error.link': 'Ta bort webbadresser (://).',
  'error.singleLine': 'Skriv detta på en rad.',
  'error.hidden': 'Ta bort osynliga tecken och styrtecken.',
  'error.invalid': 'Kontrollera det du har fyllt i här.',
  'error.notSent': 'Det gick inte att skicka ditt ärende. Försök igen om en stund.',
  'error.tooMany': 'Just nu kommer många ärenden in. Vänta en minut och försök igen.',
  'errorPage.title': 'Kontrollera ditt ärende',

  'done.title': 'Tack, vi har tagit emot ditt ärende',
  'done.reference': 'Ditt referensnummer är {reference}. Ange det när du kontaktar oss om ärendet.',
  'done.due': 'Vi svarar senast den {date}.',
  'done.nextVerify':
    'Vi har skickat ett e-postmeddelande till dig. Öppna länken i det för att bekräfta din e-postadress. Vi börjar handlägga ärendet så snart du har gjort det.',
  'done.nextNoVerify': 'Vi har skickat en bekräftelse till dig via e-post. Vår representant kontaktar dig.',
  'done.status':
    'Du kan följa ditt ärende på {statusLink}. Dela inte länken med någon: den som har den kan läsa ditt ärende.',
  'done.statusLinkText': 'statussidan',
  'done.duplicate':
    'Vi hade redan tagit emot det här ärendet. Vi handlägger det under referensnummer {reference}. Länken till statussidan finns i vårt första e-postmeddelande.',

  'verified.title': 'Tack, din e-postadress är bekräftad',
  'verified.text': 'Vi handlägger nu ditt ärende {reference}. Vi svarar senast den {date}.',

  'status.title': 'Ditt ärende {reference}',
  'status.reference': 'Referensnummer',
  'status.type': 'Ärende',
  'status.state': 'Status',
  'status.received': 'Mottaget',
  'status.due': 'Vi svarar senast',
  'status.closed': 'Avslutat',
  'status.extension1': 'Förlängd med en månad (artikel 12.3 i dataskyddsförordningen).',
  'status.extension2': 'Förlängd med två månader (artikel 12.3 i dataskyddsförordningen).',
  'status.extensionMessage': 'Skälen finns i vårt meddelande från den {date} nedan.',
  'status.messages': 'Meddelanden vi har skickat till dig',
  'status.noMessages': 'Vi har inte skickat några meddelanden till dig ännu.',
  'status.export': 'Ladda ned ditt ärende (JSON)',
  'status.exportHint': 'Allt i ditt ärende, i ett strukturerat, maskinläsbart format.',
  'state.awaiting_verification': 'Väntar på att du bekräftar din e-postadress',
  'state.received': 'Mottaget',
  'state.assigned': 'Under handläggning',
  'state.waiting_for_requester': 'Väntar på ditt svar',
  'state.closed': 'Avslutat',
} as const satisfies PageCatalogue;
