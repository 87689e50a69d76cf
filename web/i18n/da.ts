import type { PageCatalogue } from './en.ts';

/** Websiderne på dansk; rettighederne med navnene i databeskyttelsesforordningen. */
export const da = {
  'site.title': 'Databeskyttelse: spørgsmål, anmodninger og klager',
  'nav.languages': 'Sprog',

  'form.intro':
    'Brug denne formular til at udøve dine rettigheder efter databeskyttelsesforordningen (GDPR), stille et spørgsmål om vores privatlivspolitik, klage eller anmelde et muligt brud på dit privatliv. Vi behandler din henvendelse fortroligt.',
  'form.requiredNote': 'Alle felter skal udfyldes, medmindre de er markeret »valgfrit«.',
  'form.typeLegend': 'Hvad vil du gøre?',
  'form.aboutYouLegend': 'Om dig',
  'form.requestLegend': 'Din henvendelse',
  'form.notice':
    'Vi bruger alene oplysningerne i formularen til at behandle din henvendelse og svare dig. Det er vi retligt forpligtet til (databeskyttelsesforordningens artikel 6, stk. 1, litra c), så vi beder ikke om dit samtykke. Hvordan vi behandler dine oplysninger, og hvilke rettigheder du har, kan du læse i vores {privacyStatement}.',
  'form.privacyStatement': 'privatlivspolitik',
  'form.submit': 'Send henvendelsen',
  'form.sending': 'Sender …',

  'type.access.label': 'Indsigtsret',
  'type.access.hint': 'Få en kopi af de personoplysninger, vi behandler om dig.',
  'type.rectification.label': 'Ret til berigtigelse',
  'type.rectification.hint': 'Bed os berigtige urigtige personoplysninger om dig.',
  'type.erasure.label': 'Ret til sletning (»retten til at blive glemt«)',
  'type.erasure.hint': 'Bed os slette personoplysninger om dig.',
  'type.restriction.label': 'Ret til begrænsning af behandling',
  'type.restriction.hint': 'Bed os begrænse behandlingen af dine personoplysninger.',
  'type.portability.label': 'Ret til dataportabilitet',
  'type.portability.hint':
    'Modtag dine personoplysninger, eller få dem overført til andre, i et struktureret, almindeligt anvendt og maskinlæsbart format.',
  'type.objection.label': 'Ret til indsigelse',
  'type.objection.hint':
    'Gør indsigelse mod, at vi behandler dine personoplysninger på grundlag af legitime interesser eller til direkte markedsføring, herunder profilering.',
  'type.marketing_opt_out.label': 'Framelding af markedsføring og profilering',
  'type.marketing_opt_out.hint':
    'Vi holder op med at sende dig markedsføring pr. e-mail og med at bruge dine oplysninger til profilering.',
  'type.processor_info.label': 'Oversigt over vores (under)databehandlere',
  'type.processor_info.hint': 'Få en oversigt over og nærmere oplysninger om de databehandlere, vi bruger.',
  'type.question.label': 'Spørgsmål eller bemærkning om vores privatlivspolitik',
  'type.question.hint': 'Stil et spørgsmål, eller kom med en bemærkning til vores privatlivspolitik.',
  'type.complaint.label': 'Klage over, hvordan vi behandler dine oplysninger',
  'type.complaint.hint':
    'Giv os besked, hvis du ikke er tilfreds med, hvordan vi behandler dine personoplysninger; vores repræsentant kontakter dig.',
  'type.breach_report.label': 'Anmeld et muligt brud på dit privatliv',
  'type.breach_report.hint':
    'Giv os straks besked, hvis du tror, at dine personoplysninger er gået tabt, er lækket eller er set af uvedkommende.',

  'field.optional': '(valgfrit)',
  'field.choose': 'Vælg',
  'field.name': 'Dit navn',
  'field.email': 'E-mailadresse',
  'field.emailHint':
    'Vi svarer dig på denne adresse. Ved de fleste henvendelser beder vi dig først bekræfte den.',
  'field.phone': 'Telefonnummer',
  'field.company': 'Kunde- eller virksomhedsnavn',
  'field.relationship': 'Du er',
  'relationship.customer_user': 'bruger af et af vores produkter eller tjenester',
  'relationship.customer_employee': 'ansat hos en af vores kunder',
  'relationship.job_applicant': 'jobansøger',
  'relationship.website_visitor': 'besøgende på vores websted',
  'relationship.marketing_contact': 'modtager af vores markedsføring',
  'relationship.other': 'andet',
  'field.service': 'Hvilken virksomhed eller tjeneste drejer det sig om?',
  'field.serviceNone': 'Ved ikke, eller hele koncernen',
  'field.country': 'Land, hvor du bor',
  'field.language': 'Sprog for vores svar',
  'field.message': 'Din besked',
  'field.messageHint':
    'Beskriv din henvendelse så præcist som muligt, for eksempel hvilken tjeneste, konto eller periode den drejer sig om.',
  'field.honeypot': 'Lad dette felt være tomt',

  'errors.summaryTitle': 'Ret følgende',
  'error.required': 'Feltet skal udfyldes.',
  'error.choice': 'Vælg en af mulighederne.',
  'error.tooLong': 'Brug højst {max} tegn.',
  'error.email': 'Angiv en e-mailadresse, for eksempel navn@eksempel.dk.',
  'error.phone': 'Angiv et telefonnummer med kun cifre, mellemrum og + ( ) . / -.',
  'error.link': 'Fjern webadresser (://).',
  'error.singleLine': 'Skriv det på én linje.',
  'error.hidden': 'Fjern usynlige tegn og styretegn.',
  'error.invalid': 'Kontrollér det, du har udfyldt her.',
  'error.notSent': 'Din henvendelse kunne ikke sendes. Prøv igen om lidt.',
  'error.tooMany': 'Der kom mange henvendelser lige nu. Vent et minut, og prøv igen.',
  'errorPage.title': 'Kontrollér din henvendelse',

  'done.title': 'Tak, vi har modtaget din henvendelse',
  'done.reference': 'Din reference er {reference}. Oplys den, når du kontakter os om denne henvendelse.',
  'done.due': 'Vi svarer senest den {date}.',
  'done.nextVerify':
    'Vi har sendt dig en e-mail. Åbn linket i den for at bekræfte din e-mailadresse. Vi går i gang med din henvendelse, så snart du har gjort det.',
  'done.nextNoVerify': 'Vi har sendt dig en bekræftelse pr. e-mail. Vores repræsentant kontakter dig.',
  'done.status':
    'Du kan følge din henvendelse på {statusLink}. Del ikke linket med andre: Alle, der har det, kan læse din sag.',
  'done.statusLinkText': 'statussiden',
  'done.duplicate':
    'Vi havde allerede modtaget denne henvendelse. Vi behandler den under reference {reference}. Linket til statussiden står i vores første e-mail.',

  'verified.title': 'Tak, din e-mailadresse er bekræftet',
  'verified.text': 'Vi behandler nu din henvendelse {reference}. Vi svarer senest den {date}.',

  'status.title': 'Din henvendelse {reference}',
  'status.reference': 'Reference',
  'status.type': 'Henvendelse',
  'status.state': 'Status',
  'status.received': 'Modtaget',
  'status.due': 'Vi svarer senest',
  'status.closed': 'Afsluttet',
  'status.extension1': 'Forlænget med én måned (databeskyttelsesforordningens artikel 12, stk. 3).',
  'status.extension2': 'Forlænget med to måneder (databeskyttelsesforordningens artikel 12, stk. 3).',
  'status.extensionMessage': 'Begrundelsen står i vores besked af {date} nedenfor.',
  'status.messages': 'Beskeder, vi har sendt dig',
  'status.noMessages': 'Vi har ikke sendt dig nogen beskeder endnu.',
  'status.export': 'Download din sag (JSON)',
  'status.exportHint': 'Alt i din sag i et struktureret, maskinlæsbart format.',
  'state.awaiting_verification': 'Venter på, at du bekræfter din e-mailadresse',
  'state.received': 'Modtaget',
  'state.assigned': 'Under behandling',
  'state.waiting_for_requester': 'Venter på dit svar',
  'state.closed': 'Afsluttet',
} as const satisfies PageCatalogue;
