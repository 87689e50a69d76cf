import type { PageCatalogue } from './en.ts';

/** Nettsidene på norsk bokmål; rettighetene med navnene i personvernforordningen. */
export const nb = {
  'site.title': 'Personvern: spørsmål, henvendelser og klager',
  'nav.languages': 'Språk',

  'form.intro':
    'Bruk dette skjemaet til å utøve rettighetene dine etter personvernforordningen (GDPR), stille spørsmål om personvernerklæringen vår, klage eller melde fra om et mulig brudd på personvernet ditt. Vi behandler henvendelsen din konfidensielt.',
  'form.requiredNote': 'Alle felt må fylles ut, med mindre de er merket «valgfritt».',
  'form.typeLegend': 'Hva gjelder henvendelsen?',
  'form.aboutYouLegend': 'Om deg',
  'form.requestLegend': 'Henvendelsen din',
  'form.notice':
    'Vi bruker opplysningene i dette skjemaet bare til å behandle henvendelsen din og svare deg. Det er vi rettslig forpliktet til (personvernforordningen artikkel 6 nr. 1 bokstav c), så vi ber ikke om samtykke. Hvordan vi behandler opplysningene dine, og hvilke rettigheter du har, står i {privacyStatement}.',
  'form.privacyStatement': 'personvernerklæringen vår',
  'form.submit': 'Send henvendelsen',
  'form.sending': 'Sender …',

  'type.access.label': 'Rett til innsyn',
  'type.access.hint': 'Be om en kopi av personopplysningene vi behandler om deg.',
  'type.rectification.label': 'Rett til retting',
  'type.rectification.hint': 'Be oss rette personopplysninger om deg som er uriktige.',
  'type.erasure.label': 'Rett til sletting («retten til å bli glemt»)',
  'type.erasure.hint': 'Be oss slette personopplysninger om deg.',
  'type.restriction.label': 'Rett til begrensning av behandling',
  'type.restriction.hint': 'Be oss begrense behandlingen av personopplysningene dine.',
  'type.portability.label': 'Rett til dataportabilitet',
  'type.portability.hint':
    'Få personopplysningene dine, eller få dem overført til andre, i et strukturert, alminnelig anvendt og maskinlesbart format.',
  'type.objection.label': 'Rett til å protestere',
  'type.objection.hint':
    'Protester mot at vi behandler personopplysningene dine på grunnlag av berettigede interesser eller for direkte markedsføring, også profilering.',
  'type.marketing_opt_out.label': 'Reservere deg mot markedsføring og profilering',
  'type.marketing_opt_out.hint':
    'Vi slutter å sende deg markedsføring på e-post og å bruke opplysningene dine til profilering.',
  'type.processor_info.label': 'Oversikt over våre (under)databehandlere',
  'type.processor_info.hint': 'Få en oversikt over og nærmere informasjon om databehandlerne vi bruker.',
  'type.question.label': 'Spørsmål eller kommentar om personvernerklæringen',
  'type.question.hint': 'Still et spørsmål eller gi en kommentar om personvernerklæringen vår.',
  'type.complaint.label': 'Klage på hvordan vi behandler opplysningene dine',
  'type.complaint.hint':
    'Si fra hvis du ikke er fornøyd med hvordan vi behandler personopplysningene dine; en av våre medarbeidere tar kontakt med deg.',
  'type.breach_report.label': 'Melde fra om et mulig brudd på personvernet ditt',
  'type.breach_report.hint':
    'Si fra med en gang hvis du tror at personopplysningene dine er kommet bort, lekket ut eller sett av noen som ikke skulle hatt dem.',

  'field.optional': '(valgfritt)',
  'field.choose': 'Velg',
  'field.name': 'Navnet ditt',
  'field.email': 'E-postadresse',
  'field.emailHint':
    'Vi svarer deg på denne adressen. For de fleste henvendelser ber vi deg først bekrefte den.',
  'field.phone': 'Telefonnummer',
  'field.company': 'Kunde- eller firmanavn',
  'field.relationship': 'Du er',
  'relationship.customer_user': 'bruker av et av våre produkter eller tjenester',
  'relationship.customer_employee': 'ansatt hos en av våre kunder',
  'relationship.job_applicant': 'jobbsøker',
  'relationship.website_visitor': 'besøkende på nettstedet vårt',
  'relationship.marketing_contact': 'mottaker av markedsføringen vår',
  'relationship.other': 'annet',
  'field.service': 'Hvilket selskap eller hvilken tjeneste gjelder det?',
  'field.serviceNone': 'Vet ikke, eller hele konsernet',
  'field.country': 'Landet du bor i',
  'field.language': 'Språk for svaret vårt',
  'field.message': 'Meldingen din',
  'field.messageHint':
    'Beskriv henvendelsen så presist du kan, for eksempel hvilken tjeneste, konto eller periode den gjelder.',
  'field.honeypot': 'La dette feltet stå tomt',

  'errors.summaryTitle': 'Rett opp følgende',
  'error.required': 'Dette feltet må fylles ut.',
  'error.choice': 'Velg ett av alternativene.',
  'error.tooLong': 'Bruk høyst {max} tegn.',
  'error.email': 'Skriv inn en e-postadresse, for eksempel navn@eksempel.no.',
  'error.phone': 'Skriv inn et telefonnummer med bare sifre, mellomrom og + ( ) . / -.',
  'error.link': 'Ta bort nettadresser (://).',
  'error.singleLine': 'Skriv dette på én linje.',
  'error.hidden': 'Fjern usynlige tegn og styretegn.',
  'error.invalid': 'Kontroller det du har fylt inn her.',
  'error.notSent': 'Henvendelsen kunne ikke sendes. Prøv igjen om litt.',
  'error.tooMany': 'Det kom mange henvendelser akkurat nå. Vent et minutt og prøv igjen.',
  'errorPage.title': 'Kontroller henvendelsen din',

  'done.title': 'Takk, vi har mottatt henvendelsen din',
  'done.reference': 'Referansen din er {reference}. Oppgi den når du kontakter oss om denne henvendelsen.',
  'done.due': 'Vi svarer senest {date}.',
  'done.nextVerify':
    'Vi har sendt deg en e-post. Åpne lenken i den for å bekrefte e-postadressen din. Vi begynner på henvendelsen så snart du har gjort det.',
  'done.nextNoVerify':
    'Vi har sendt deg en bekreftelse på e-post. En av våre medarbeidere tar kontakt med deg.',
  'done.status':
    'Du kan følge henvendelsen din på {statusLink}. Ikke del lenken med andre: alle som har den, kan lese saken din.',
  'done.statusLinkText': 'statussiden',
  'done.duplicate':
    'Denne henvendelsen har vi allerede mottatt. Vi behandler den under referanse {reference}. Lenken til statussiden står i den første e-posten fra oss.',

  'verified.title': 'Takk, e-postadressen din er bekreftet',
  'verified.text': 'Vi behandler nå henvendelse {reference}. Vi svarer senest {date}.',

  'status.title': 'Henvendelse {reference}',
  'status.reference': 'Referanse',
  'status.type': 'Henvendelse',
  'status.state': 'Status',
  'status.received': 'Mottatt',
  'status.due': 'Vi svarer senest',
  'status.closed': 'Avsluttet',
  'status.extension1': 'Forlenget med én måned (personvernforordningen artikkel 12 nr. 3).',
  'status.extension2': 'Forlenget med to måneder (personvernforordningen artikkel 12 nr. 3).',
  'status.extensionMessage': 'Begrunnelsen står i meldingen vår fra {date} nedenfor.',
  'status.messages': 'Meldinger vi har sendt deg',
  'status.noMessages': 'Vi har ikke sendt deg noen meldinger ennå.',
  'status.export': 'Last ned saken din (JSON)',
  'status.exportHint': 'Alt i saken din, i et strukturert, maskinlesbart format.',
  'state.awaiting_verification': 'Venter på at du bekrefter e-postadressen din',
  'state.received': 'Mottatt',
  'state.assigned': 'Under behandling',
  'state.waiting_for_requester': 'Venter på svar fra deg',
  'state.closed': 'Avsluttet',
} as const satisfies PageCatalogue;
