import type { CaseStatus } from '../case-model.ts';
import type { DropReason } from '../inbound/authorize-sender.ts';
import { STAFF_COMMAND_USAGE } from '../inbound/staff-commands.ts';
import type { Language, RequestType } from '../request-types.ts';

/*
 * The words the desk puts into staff emails, in each language a staff recipient reads: request
 * types with their GDPR article, case states, durations, the ladder's reasons, why an email was
 * dropped. The requester's own words never pass through here: they go into the email as written.
 */

/** Why the escalation ladder fired (ladder.ts reason codes), as a sentence part. */
export type EscalationReason =
  | 'dueWithin'
  | 'firstMonthEndsWithin'
  | 'noFirstResponseDueWithin'
  | 'unassignedOver'
  | 'overdue'
  | 'stillOverdueAfter'
  | 'breachDueWithin'
  | 'breachOverdue'
  | 'breachStillOverdueAfter';

/** Drop reasons staff are alerted to (drop-alert.ts). */
export type AlertedDropReason = Extract<
  DropReason,
  | 'verdict_failed'
  | 'no_sender'
  | 'token_invalid'
  | 'not_participant'
  | 'unknown_sender'
  | 'unauthenticated'
  | 'empty'
>;

/** Emails whose delivery failure is reported to staff (delivery-problem.ts). */
export type ReportedEmail =
  | 'acknowledgement'
  | 'verification-reminder'
  | 'closed-unverified'
  | 'escalation-reminder'
  | 'escalation-extension-decision'
  | 'escalation-manager-no-first-response'
  | 'escalation-manager-unassigned'
  | 'escalation-dpo-overdue'
  | 'escalation-breach-deadline'
  | 'escalation-breach-overdue';

type Phrase = (value: string) => string;

export interface StaffLabels {
  readonly typeLabels: Readonly<Record<RequestType, string>>;
  readonly statusLabels: Readonly<Record<CaseStatus, string>>;
  /** Singular and plural (Finnish: the partitive a numeral takes). */
  readonly units: Readonly<Record<'day' | 'hour' | 'minute', readonly [string, string]>>;
  readonly and: string;
  readonly timeLeft: Phrase;
  readonly overdueBy: Phrase;
  /** `yes, 3 March 2025` / `no`: whether the requester has had a first response. */
  readonly firstResponseOn: Phrase;
  readonly noFirstResponse: string;
  /** Each takes the count with its unit (`7 days`). */
  readonly reasons: Readonly<Record<EscalationReason, Phrase>>;
  readonly nobodyYet: string;
  readonly theTeamManager: string;
  /** The greeting's name when a digest's team is no longer configured. */
  readonly manager: string;
  readonly aColleague: string;
  readonly aMemberOfStaff: string;
  readonly outcome: Readonly<Record<'refused' | 'partially_fulfilled', string>>;
  readonly failedWhat: Readonly<Record<ReportedEmail, string>>;
  readonly otherEmail: Phrase;
  readonly recipients: Readonly<Record<'requester' | 'dpo' | 'manager', string>>;
  readonly earlier: string;
  readonly complained: string;
  /** Takes the bounce type SES reports (`Permanent`). */
  readonly bounced: Phrase;
  readonly headline: Readonly<Record<'complained' | 'bounced', string>>;
  readonly dropReasons: Readonly<Record<AlertedDropReason, string>>;
  readonly otherDropReason: string;
  readonly identifiedBy: Readonly<Record<'token' | 'bad_token' | 'thread' | 'subject', string>>;
  readonly digest: {
    readonly none: string;
    readonly more: Phrase;
    readonly received: string;
    readonly due: string;
  };
  /** The argument names of the command usage lines; the commands themselves are never translated. */
  readonly commandArguments: Readonly<Record<'reason' | 'text' | 'email', string>>;
}

const en: StaffLabels = {
  typeLabels: {
    access: 'access request (Art. 15)',
    rectification: 'rectification request (Art. 16)',
    erasure: 'erasure request (Art. 17)',
    restriction: 'restriction request (Art. 18)',
    portability: 'portability request (Art. 20)',
    objection: 'objection (Art. 21)',
    marketing_opt_out: 'marketing opt-out (Art. 21(2))',
    processor_info: 'processor overview request',
    question: 'question',
    complaint: 'complaint',
    breach_report: 'possible data breach (Art. 33)',
  },
  statusLabels: {
    awaiting_verification: 'awaiting email verification',
    received: 'received, not routed yet',
    assigned: 'assigned',
    waiting_for_requester: 'waiting for the requester',
    closed: 'closed',
  },
  units: { day: ['day', 'days'], hour: ['hour', 'hours'], minute: ['minute', 'minutes'] },
  and: 'and',
  timeLeft: (d) => `${d} left`,
  overdueBy: (d) => `overdue by ${d}`,
  firstResponseOn: (date) => `yes, ${date}`,
  noFirstResponse: 'no',
  reasons: {
    dueWithin: (n) => `the deadline is ${n} away or less`,
    firstMonthEndsWithin: (n) => `the first month ends within ${n}`,
    noFirstResponseDueWithin: (n) =>
      `the deadline is ${n} away or less and the requester has had no first response`,
    unassignedOver: (n) => `the case has had no assignee for more than ${n}`,
    overdue: () => 'the deadline has passed',
    stillOverdueAfter: (n) => `the case is still open ${n} after its deadline`,
    breachDueWithin: (n) => `${n} or less are left to notify the authority`,
    breachOverdue: () => 'the 72 hours to notify the authority have passed',
    breachStillOverdueAfter: (n) => `the report is still open ${n} after the 72-hour deadline`,
  },
  nobodyYet: 'nobody yet',
  theTeamManager: 'the team manager',
  manager: 'manager',
  aColleague: 'A colleague',
  aMemberOfStaff: 'a member of staff',
  outcome: { refused: 'refused', partially_fulfilled: 'partially fulfilled' },
  failedWhat: {
    acknowledgement: 'the acknowledgement of receipt',
    'verification-reminder': 'the reminder to confirm the email address',
    'closed-unverified': 'the notice that the request was closed as unverified',
    'escalation-reminder': 'a deadline reminder',
    'escalation-extension-decision': 'the extension-decision reminder',
    'escalation-manager-no-first-response': 'the no-first-response alert',
    'escalation-manager-unassigned': 'the unassigned-case alert',
    'escalation-dpo-overdue': 'the overdue alert',
    'escalation-breach-deadline': 'the breach deadline alert',
    'escalation-breach-overdue': 'the breach overdue alert',
  },
  otherEmail: (name) => `the "${name}" email`,
  recipients: {
    requester: 'the requester',
    dpo: 'the Data Protection Officer',
    manager: 'the team manager',
  },
  earlier: 'earlier',
  complained: 'the recipient marked it as spam (complaint)',
  bounced: (type) => `the email bounced (${type} bounce)`,
  headline: { complained: 'Spam complaint about an email', bounced: 'Email not delivered' },
  dropReasons: {
    verdict_failed: 'Amazon SES classified it as spam or found a virus in it.',
    no_sender:
      'its sender could not be established: it had no From address, several, or a Sender header naming someone else.',
    token_invalid:
      'it was sent to a case address the desk did not give to its sender (a forwarded email, or a forged sender).',
    not_participant:
      'its sender no longer holds the role the case address was given for (a former assignee, say).',
    unknown_sender: 'its sender is not a participant of this case.',
    unauthenticated:
      "the sender's domain did not authenticate it (DMARC), so the From address may be forged, and it was not the requester's answer to the desk's own email to her.",
    empty: 'it held no new text and no files.',
  },
  otherDropReason: 'it could not be accepted.',
  identifiedBy: {
    token: 'its case address',
    bad_token: 'a case address that did not verify',
    thread: 'In-Reply-To/References',
    subject: 'the reference in its subject',
  },
  digest: { none: '(none)', more: (n) => `... and ${n} more`, received: 'received', due: 'due' },
  commandArguments: { reason: 'reason', text: 'text', email: 'email' },
};

const nl: StaffLabels = {
  typeLabels: {
    access: 'inzageverzoek (art. 15)',
    rectification: 'verzoek om rectificatie (art. 16)',
    erasure: 'verzoek om verwijdering (art. 17)',
    restriction: 'verzoek om beperking van de verwerking (art. 18)',
    portability: 'verzoek om overdraagbaarheid (art. 20)',
    objection: 'bezwaar (art. 21)',
    marketing_opt_out: 'afmelding voor marketing (art. 21 lid 2)',
    processor_info: 'verzoek om overzicht van (sub)verwerkers',
    question: 'vraag',
    complaint: 'klacht',
    breach_report: 'mogelijk datalek (art. 33)',
  },
  statusLabels: {
    awaiting_verification: 'wacht op bevestiging van het e-mailadres',
    received: 'ontvangen, nog niet toegewezen',
    assigned: 'toegewezen',
    waiting_for_requester: 'wacht op de aanvrager',
    closed: 'afgesloten',
  },
  units: { day: ['dag', 'dagen'], hour: ['uur', 'uur'], minute: ['minuut', 'minuten'] },
  and: 'en',
  timeLeft: (d) => `nog ${d}`,
  overdueBy: (d) => `${d} over de termijn`,
  firstResponseOn: (date) => `ja, ${date}`,
  noFirstResponse: 'nee',
  reasons: {
    dueWithin: (n) => `de termijn verloopt over ${n} of minder`,
    firstMonthEndsWithin: (n) => `de eerste maand eindigt binnen ${n}`,
    noFirstResponseDueWithin: (n) =>
      `de termijn verloopt over ${n} of minder en de aanvrager heeft nog geen eerste reactie gehad`,
    unassignedOver: (n) => `de zaak heeft al meer dan ${n} geen behandelaar`,
    overdue: () => 'de termijn is verstreken',
    stillOverdueAfter: (n) => `de zaak staat ${n} na het verstrijken van de termijn nog open`,
    breachDueWithin: (n) => `er is nog ${n} of minder om de toezichthouder te informeren`,
    breachOverdue: () => 'de 72 uur om de toezichthouder te informeren zijn voorbij',
    breachStillOverdueAfter: (n) => `de melding staat ${n} na de termijn van 72 uur nog open`,
  },
  nobodyYet: 'nog niemand',
  theTeamManager: 'de teammanager',
  manager: 'manager',
  aColleague: 'Een collega',
  aMemberOfStaff: 'een medewerker',
  outcome: { refused: 'geweigerd', partially_fulfilled: 'gedeeltelijk uitgevoerd' },
  failedWhat: {
    acknowledgement: 'de ontvangstbevestiging',
    'verification-reminder': 'de herinnering om het e-mailadres te bevestigen',
    'closed-unverified': 'het bericht dat het verzoek als onbevestigd is afgesloten',
    'escalation-reminder': 'een herinnering aan de termijn',
    'escalation-extension-decision': 'de herinnering om over verlenging te beslissen',
    'escalation-manager-no-first-response': 'de waarschuwing dat er nog geen eerste reactie is',
    'escalation-manager-unassigned': 'de waarschuwing over een zaak zonder behandelaar',
    'escalation-dpo-overdue': 'de waarschuwing over een verstreken termijn',
    'escalation-breach-deadline': 'de waarschuwing over de meldtermijn van een datalek',
    'escalation-breach-overdue': 'de waarschuwing over een verstreken meldtermijn van een datalek',
  },
  otherEmail: (name) => `de e-mail "${name}"`,
  recipients: {
    requester: 'de aanvrager',
    dpo: 'de functionaris gegevensbescherming',
    manager: 'de teammanager',
  },
  earlier: 'eerder',
  complained: 'de ontvanger heeft haar als spam gemarkeerd (klacht)',
  bounced: (type) => `de e-mail kwam onbestelbaar terug (bounce: ${type})`,
  headline: { complained: 'Spamklacht over een e-mail', bounced: 'E-mail niet afgeleverd' },
  dropReasons: {
    verdict_failed: 'Amazon SES heeft haar als spam aangemerkt of er een virus in gevonden.',
    no_sender:
      'de afzender kon niet worden vastgesteld: er was geen From-adres, er waren er meerdere, of een Sender-header noemde iemand anders.',
    token_invalid:
      'ze is gestuurd naar een zaakadres dat de desk niet aan deze afzender heeft gegeven (een doorgestuurde e-mail of een vervalste afzender).',
    not_participant:
      'de afzender heeft niet meer de rol waarvoor het zaakadres is gegeven (bijvoorbeeld een vorige behandelaar).',
    unknown_sender: 'de afzender is geen deelnemer aan deze zaak.',
    unauthenticated:
      'het domein van de afzender heeft haar niet geauthenticeerd (DMARC), dus het From-adres kan vervalst zijn, en ze was geen antwoord van de aanvrager op de eigen e-mail van de desk aan haar.',
    empty: 'ze bevatte geen nieuwe tekst en geen bestanden.',
  },
  otherDropReason: 'ze kon niet worden aanvaard.',
  identifiedBy: {
    token: 'het zaakadres',
    bad_token: 'een zaakadres dat niet klopte',
    thread: 'In-Reply-To/References',
    subject: 'het kenmerk in het onderwerp',
  },
  digest: { none: '(geen)', more: (n) => `... en nog ${n}`, received: 'ontvangen', due: 'termijn' },
  commandArguments: { reason: 'reden', text: 'tekst', email: 'e-mailadres' },
};

const nb: StaffLabels = {
  typeLabels: {
    access: 'innsynsbegjæring (art. 15)',
    rectification: 'krav om retting (art. 16)',
    erasure: 'krav om sletting (art. 17)',
    restriction: 'krav om begrensning av behandlingen (art. 18)',
    portability: 'krav om dataportabilitet (art. 20)',
    objection: 'protest mot behandlingen (art. 21)',
    marketing_opt_out: 'reservasjon mot markedsføring (art. 21(2))',
    processor_info: 'forespørsel om oversikt over (under)databehandlere',
    question: 'spørsmål',
    complaint: 'klage',
    breach_report: 'mulig brudd på personopplysningssikkerheten (art. 33)',
  },
  statusLabels: {
    awaiting_verification: 'venter på bekreftelse av e-postadressen',
    received: 'mottatt, ikke fordelt ennå',
    assigned: 'tildelt',
    waiting_for_requester: 'venter på den registrerte',
    closed: 'avsluttet',
  },
  units: { day: ['dag', 'dager'], hour: ['time', 'timer'], minute: ['minutt', 'minutter'] },
  and: 'og',
  timeLeft: (d) => `${d} igjen`,
  overdueBy: (d) => `${d} over fristen`,
  firstResponseOn: (date) => `ja, ${date}`,
  noFirstResponse: 'nei',
  reasons: {
    dueWithin: (n) => `fristen går ut om ${n} eller mindre`,
    firstMonthEndsWithin: (n) => `den første måneden går ut innen ${n}`,
    noFirstResponseDueWithin: (n) =>
      `fristen går ut om ${n} eller mindre, og den registrerte har ikke fått noe første svar`,
    unassignedOver: (n) => `saken har vært uten saksbehandler i mer enn ${n}`,
    overdue: () => 'fristen er oversittet',
    stillOverdueAfter: (n) => `saken er fortsatt åpen ${n} etter fristen`,
    breachDueWithin: (n) => `det er ${n} eller mindre igjen til å melde fra til tilsynsmyndigheten`,
    breachOverdue: () => 'de 72 timene til å melde fra til tilsynsmyndigheten er gått',
    breachStillOverdueAfter: (n) => `avviket er fortsatt åpent ${n} etter 72-timersfristen`,
  },
  nobodyYet: 'ingen ennå',
  theTeamManager: 'teamlederen',
  manager: 'leder',
  aColleague: 'En kollega',
  aMemberOfStaff: 'en medarbeider',
  outcome: { refused: 'avslag', partially_fulfilled: 'delvis innvilgelse' },
  failedWhat: {
    acknowledgement: 'mottaksbekreftelsen',
    'verification-reminder': 'påminnelsen om å bekrefte e-postadressen',
    'closed-unverified': 'meldingen om at henvendelsen ble avsluttet som ubekreftet',
    'escalation-reminder': 'en påminnelse om fristen',
    'escalation-extension-decision': 'påminnelsen om å ta stilling til forlengelse',
    'escalation-manager-no-first-response': 'varselet om at første svar mangler',
    'escalation-manager-unassigned': 'varselet om en sak uten saksbehandler',
    'escalation-dpo-overdue': 'varselet om oversittet frist',
    'escalation-breach-deadline': 'varselet om meldefristen for et avvik',
    'escalation-breach-overdue': 'varselet om oversittet meldefrist for et avvik',
  },
  otherEmail: (name) => `e-posten «${name}»`,
  recipients: {
    requester: 'den registrerte',
    dpo: 'personvernombudet',
    manager: 'teamlederen',
  },
  earlier: 'tidligere',
  complained: 'mottakeren merket den som søppelpost (klage)',
  bounced: (type) => `e-posten kom i retur (bounce: ${type})`,
  headline: { complained: 'Søppelpostklage på en e-post', bounced: 'E-post ikke levert' },
  dropReasons: {
    verdict_failed: 'Amazon SES klassifiserte den som søppelpost eller fant virus i den.',
    no_sender:
      'avsenderen kunne ikke fastslås: den hadde ingen From-adresse, flere, eller en Sender-header som navngir noen andre.',
    token_invalid:
      'den ble sendt til en saksadresse som desken ikke har gitt til avsenderen (en videresendt e-post eller en forfalsket avsender).',
    not_participant:
      'avsenderen har ikke lenger rollen saksadressen ble gitt for (for eksempel en tidligere saksbehandler).',
    unknown_sender: 'avsenderen er ikke part i denne saken.',
    unauthenticated:
      'avsenderens domene autentiserte den ikke (DMARC), så From-adressen kan være forfalsket, og den var ikke den registrertes svar på deskens egen e-post til vedkommende.',
    empty: 'den inneholdt ingen ny tekst og ingen filer.',
  },
  otherDropReason: 'den kunne ikke godtas.',
  identifiedBy: {
    token: 'saksadressen',
    bad_token: 'en saksadresse som ikke kunne verifiseres',
    thread: 'In-Reply-To/References',
    subject: 'referansen i emnefeltet',
  },
  digest: { none: '(ingen)', more: (n) => `... og ${n} til`, received: 'mottatt', due: 'frist' },
  commandArguments: { reason: 'begrunnelse', text: 'tekst', email: 'e-postadresse' },
};

const sv: StaffLabels = {
  typeLabels: {
    access: 'begäran om registerutdrag (art. 15)',
    rectification: 'begäran om rättelse (art. 16)',
    erasure: 'begäran om radering (art. 17)',
    restriction: 'begäran om begränsning av behandling (art. 18)',
    portability: 'begäran om dataportabilitet (art. 20)',
    objection: 'invändning mot behandling (art. 21)',
    marketing_opt_out: 'invändning mot direktmarknadsföring (art. 21(2))',
    processor_info: 'begäran om översikt över (under)biträden',
    question: 'fråga',
    complaint: 'klagomål',
    breach_report: 'möjlig personuppgiftsincident (art. 33)',
  },
  statusLabels: {
    awaiting_verification: 'väntar på bekräftelse av e-postadressen',
    received: 'mottaget, ännu inte fördelat',
    assigned: 'tilldelat',
    waiting_for_requester: 'väntar på den registrerade',
    closed: 'avslutat',
  },
  units: { day: ['dag', 'dagar'], hour: ['timme', 'timmar'], minute: ['minut', 'minuter'] },
  and: 'och',
  timeLeft: (d) => `${d} kvar`,
  overdueBy: (d) => `${d} efter tidsfristen`,
  firstResponseOn: (date) => `ja, ${date}`,
  noFirstResponse: 'nej',
  reasons: {
    dueWithin: (n) => `tidsfristen löper ut om ${n} eller mindre`,
    firstMonthEndsWithin: (n) => `den första månaden löper ut inom ${n}`,
    noFirstResponseDueWithin: (n) =>
      `tidsfristen löper ut om ${n} eller mindre och den registrerade har inte fått något första svar`,
    unassignedOver: (n) => `ärendet har saknat handläggare i mer än ${n}`,
    overdue: () => 'tidsfristen har löpt ut',
    stillOverdueAfter: (n) => `ärendet är fortfarande öppet ${n} efter tidsfristen`,
    breachDueWithin: (n) => `det återstår ${n} eller mindre för att anmäla till tillsynsmyndigheten`,
    breachOverdue: () => 'de 72 timmarna för att anmäla till tillsynsmyndigheten har gått',
    breachStillOverdueAfter: (n) => `incidenten är fortfarande öppen ${n} efter 72-timmarsfristen`,
  },
  nobodyYet: 'ingen ännu',
  theTeamManager: 'teamchefen',
  manager: 'chef',
  aColleague: 'En kollega',
  aMemberOfStaff: 'en medarbetare',
  outcome: { refused: 'avslag', partially_fulfilled: 'delvis bifall' },
  failedWhat: {
    acknowledgement: 'mottagningsbekräftelsen',
    'verification-reminder': 'påminnelsen om att bekräfta e-postadressen',
    'closed-unverified': 'beskedet att begäran avslutades som obekräftad',
    'escalation-reminder': 'en påminnelse om tidsfristen',
    'escalation-extension-decision': 'påminnelsen om att besluta om förlängning',
    'escalation-manager-no-first-response': 'varningen om att inget första svar har skickats',
    'escalation-manager-unassigned': 'varningen om ett ärende utan handläggare',
    'escalation-dpo-overdue': 'varningen om överskriden tidsfrist',
    'escalation-breach-deadline': 'varningen om anmälningsfristen för en incident',
    'escalation-breach-overdue': 'varningen om överskriden anmälningsfrist för en incident',
  },
  otherEmail: (name) => `e-postmeddelandet ”${name}”`,
  recipients: {
    requester: 'den registrerade',
    dpo: 'dataskyddsombudet',
    manager: 'teamchefen',
  },
  earlier: 'tidigare',
  complained: 'mottagaren markerade det som skräppost (klagomål)',
  bounced: (type) => `e-postmeddelandet studsade (bounce: ${type})`,
  headline: {
    complained: 'Skräppostklagomål på ett e-postmeddelande',
    bounced: 'E-post kunde inte levereras',
  },
  dropReasons: {
    verdict_failed: 'Amazon SES klassade det som skräppost eller hittade virus i det.',
    no_sender:
      'avsändaren kunde inte fastställas: det saknade From-adress, hade flera, eller en Sender-rubrik som anger någon annan.',
    token_invalid:
      'det skickades till en ärendeadress som desken inte har gett avsändaren (ett vidarebefordrat meddelande eller en förfalskad avsändare).',
    not_participant:
      'avsändaren har inte längre den roll som ärendeadressen gavs för (till exempel en tidigare handläggare).',
    unknown_sender: 'avsändaren är inte part i det här ärendet.',
    unauthenticated:
      'avsändarens domän autentiserade det inte (DMARC), så From-adressen kan vara förfalskad, och det var inte den registrerades svar på deskens eget e-postmeddelande till hen.',
    empty: 'det innehöll ingen ny text och inga filer.',
  },
  otherDropReason: 'det kunde inte tas emot.',
  identifiedBy: {
    token: 'ärendeadressen',
    bad_token: 'en ärendeadress som inte kunde verifieras',
    thread: 'In-Reply-To/References',
    subject: 'referensen i ämnesraden',
  },
  digest: { none: '(inga)', more: (n) => `... och ${n} till`, received: 'mottaget', due: 'tidsfrist' },
  commandArguments: { reason: 'skäl', text: 'text', email: 'e-postadress' },
};

const da: StaffLabels = {
  typeLabels: {
    access: 'anmodning om indsigt (art. 15)',
    rectification: 'anmodning om berigtigelse (art. 16)',
    erasure: 'anmodning om sletning (art. 17)',
    restriction: 'anmodning om begrænsning af behandling (art. 18)',
    portability: 'anmodning om dataportabilitet (art. 20)',
    objection: 'indsigelse mod behandling (art. 21)',
    marketing_opt_out: 'indsigelse mod direkte markedsføring (art. 21(2))',
    processor_info: 'anmodning om oversigt over (under)databehandlere',
    question: 'spørgsmål',
    complaint: 'klage',
    breach_report: 'muligt brud på persondatasikkerheden (art. 33)',
  },
  statusLabels: {
    awaiting_verification: 'afventer bekræftelse af e-mailadressen',
    received: 'modtaget, endnu ikke fordelt',
    assigned: 'tildelt',
    waiting_for_requester: 'afventer den registrerede',
    closed: 'afsluttet',
  },
  units: { day: ['dag', 'dage'], hour: ['time', 'timer'], minute: ['minut', 'minutter'] },
  and: 'og',
  timeLeft: (d) => `${d} tilbage`,
  overdueBy: (d) => `${d} over fristen`,
  firstResponseOn: (date) => `ja, ${date}`,
  noFirstResponse: 'nej',
  reasons: {
    dueWithin: (n) => `fristen udløber om ${n} eller mindre`,
    firstMonthEndsWithin: (n) => `den første måned udløber inden for ${n}`,
    noFirstResponseDueWithin: (n) =>
      `fristen udløber om ${n} eller mindre, og den registrerede har ikke fået et første svar`,
    unassignedOver: (n) => `sagen har været uden sagsbehandler i mere end ${n}`,
    overdue: () => 'fristen er overskredet',
    stillOverdueAfter: (n) => `sagen er stadig åben ${n} efter fristen`,
    breachDueWithin: (n) => `der er ${n} eller mindre tilbage til at anmelde bruddet til tilsynsmyndigheden`,
    breachOverdue: () => 'de 72 timer til at anmelde bruddet til tilsynsmyndigheden er gået',
    breachStillOverdueAfter: (n) => `bruddet er stadig åbent ${n} efter 72-timersfristen`,
  },
  nobodyYet: 'ingen endnu',
  theTeamManager: 'teamlederen',
  manager: 'leder',
  aColleague: 'En kollega',
  aMemberOfStaff: 'en medarbejder',
  outcome: { refused: 'afslag', partially_fulfilled: 'delvis imødekommelse' },
  failedWhat: {
    acknowledgement: 'kvitteringen for modtagelsen',
    'verification-reminder': 'påmindelsen om at bekræfte e-mailadressen',
    'closed-unverified': 'meddelelsen om, at anmodningen blev lukket som ubekræftet',
    'escalation-reminder': 'en påmindelse om fristen',
    'escalation-extension-decision': 'påmindelsen om at tage stilling til forlængelse',
    'escalation-manager-no-first-response': 'advarslen om, at første svar mangler',
    'escalation-manager-unassigned': 'advarslen om en sag uden sagsbehandler',
    'escalation-dpo-overdue': 'advarslen om overskredet frist',
    'escalation-breach-deadline': 'advarslen om anmeldelsesfristen for et brud',
    'escalation-breach-overdue': 'advarslen om overskredet anmeldelsesfrist for et brud',
  },
  otherEmail: (name) => `e-mailen "${name}"`,
  recipients: {
    requester: 'den registrerede',
    dpo: 'databeskyttelsesrådgiveren',
    manager: 'teamlederen',
  },
  earlier: 'tidligere',
  complained: 'modtageren markerede den som spam (klage)',
  bounced: (type) => `e-mailen kom retur (bounce: ${type})`,
  headline: { complained: 'Spamklage over en e-mail', bounced: 'E-mail ikke leveret' },
  dropReasons: {
    verdict_failed: 'Amazon SES klassificerede den som spam eller fandt virus i den.',
    no_sender:
      'afsenderen kunne ikke fastslås: den havde ingen From-adresse, flere, eller en Sender-header, der nævner en anden.',
    token_invalid:
      'den blev sendt til en sagsadresse, som desken ikke har givet til afsenderen (en videresendt e-mail eller en forfalsket afsender).',
    not_participant:
      'afsenderen har ikke længere den rolle, sagsadressen blev givet til (f.eks. en tidligere sagsbehandler).',
    unknown_sender: 'afsenderen er ikke part i denne sag.',
    unauthenticated:
      'afsenderens domæne autentificerede den ikke (DMARC), så From-adressen kan være forfalsket, og den var ikke den registreredes svar på deskens egen e-mail til vedkommende.',
    empty: 'den indeholdt ingen ny tekst og ingen filer.',
  },
  otherDropReason: 'den kunne ikke modtages.',
  identifiedBy: {
    token: 'sagsadressen',
    bad_token: 'en sagsadresse, der ikke kunne verificeres',
    thread: 'In-Reply-To/References',
    subject: 'referencen i emnefeltet',
  },
  digest: { none: '(ingen)', more: (n) => `... og ${n} mere`, received: 'modtaget', due: 'frist' },
  commandArguments: { reason: 'begrundelse', text: 'tekst', email: 'e-mailadresse' },
};

const fi: StaffLabels = {
  typeLabels: {
    access: 'tarkastuspyyntö (art. 15)',
    rectification: 'oikaisupyyntö (art. 16)',
    erasure: 'poistopyyntö (art. 17)',
    restriction: 'käsittelyn rajoittamista koskeva pyyntö (art. 18)',
    portability: 'tietojen siirtoa koskeva pyyntö (art. 20)',
    objection: 'käsittelyn vastustaminen (art. 21)',
    marketing_opt_out: 'suoramarkkinoinnin kielto (art. 21(2))',
    processor_info: 'pyyntö saada luettelo (ali)käsittelijöistä',
    question: 'kysymys',
    complaint: 'valitus',
    breach_report: 'mahdollinen henkilötietojen tietoturvaloukkaus (art. 33)',
  },
  statusLabels: {
    awaiting_verification: 'odottaa sähköpostiosoitteen vahvistusta',
    received: 'vastaanotettu, ei vielä ohjattu',
    assigned: 'osoitettu käsittelijälle',
    waiting_for_requester: 'odottaa rekisteröidyn vastausta',
    closed: 'suljettu',
  },
  units: { day: ['päivä', 'päivää'], hour: ['tunti', 'tuntia'], minute: ['minuutti', 'minuuttia'] },
  and: 'ja',
  timeLeft: (d) => `aikaa jäljellä ${d}`,
  overdueBy: (d) => `myöhässä ${d}`,
  firstResponseOn: (date) => `kyllä, ${date}`,
  noFirstResponse: 'ei',
  reasons: {
    dueWithin: (n) => `määräaikaan on enintään ${n}`,
    firstMonthEndsWithin: (n) => `ensimmäisen kuukauden loppuun on enintään ${n}`,
    noFirstResponseDueWithin: (n) =>
      `määräaikaan on enintään ${n}, eikä rekisteröity ole saanut ensimmäistä vastausta`,
    unassignedOver: (n) => `asia on ollut ilman käsittelijää yli ${n}`,
    overdue: () => 'määräaika on umpeutunut',
    stillOverdueAfter: (n) => `asia on yhä auki, vaikka määräajasta on kulunut ${n}`,
    breachDueWithin: (n) => `valvontaviranomaiselle ilmoittamiseen on aikaa enintään ${n}`,
    breachOverdue: () => '72 tunnin määräaika ilmoittaa valvontaviranomaiselle on umpeutunut',
    breachStillOverdueAfter: (n) => `ilmoitus on yhä auki, vaikka 72 tunnin määräajasta on kulunut ${n}`,
  },
  nobodyYet: 'ei vielä kukaan',
  theTeamManager: 'tiimin esihenkilö',
  manager: 'esihenkilö',
  aColleague: 'Kollega',
  aMemberOfStaff: 'henkilöstön jäsen',
  outcome: { refused: 'hylätty', partially_fulfilled: 'osittain hyväksytty' },
  failedWhat: {
    acknowledgement: 'vastaanottokuittaus',
    'verification-reminder': 'muistutus sähköpostiosoitteen vahvistamisesta',
    'closed-unverified': 'ilmoitus pyynnön sulkemisesta vahvistamattomana',
    'escalation-reminder': 'määräaikamuistutus',
    'escalation-extension-decision': 'muistutus päättää määräajan pidentämisestä',
    'escalation-manager-no-first-response': 'hälytys puuttuvasta ensimmäisestä vastauksesta',
    'escalation-manager-unassigned': 'hälytys asiasta ilman käsittelijää',
    'escalation-dpo-overdue': 'hälytys ylittyneestä määräajasta',
    'escalation-breach-deadline': 'hälytys tietoturvaloukkauksen ilmoitusmääräajasta',
    'escalation-breach-overdue': 'hälytys tietoturvaloukkauksen ylittyneestä ilmoitusmääräajasta',
  },
  otherEmail: (name) => `viesti ”${name}”`,
  recipients: {
    requester: 'rekisteröity',
    dpo: 'tietosuojavastaava',
    manager: 'tiimin esihenkilö',
  },
  earlier: 'aiemmin',
  complained: 'vastaanottaja merkitsi sen roskapostiksi (valitus)',
  bounced: (type) => `viesti palautui (bounce: ${type})`,
  headline: { complained: 'Roskapostivalitus viestistä', bounced: 'Viestiä ei toimitettu' },
  dropReasons: {
    verdict_failed: 'Amazon SES luokitteli sen roskapostiksi tai löysi siitä viruksen.',
    no_sender:
      'lähettäjää ei voitu todeta: viestissä ei ollut From-osoitetta, niitä oli useita, tai Sender-otsake nimesi jonkun muun.',
    token_invalid:
      'se lähetettiin asiaosoitteeseen, jota desk ei ole antanut tälle lähettäjälle (edelleenlähetetty viesti tai väärennetty lähettäjä).',
    not_participant:
      'lähettäjällä ei ole enää roolia, jota varten asiaosoite annettiin (esimerkiksi aiempi käsittelijä).',
    unknown_sender: 'lähettäjä ei ole tämän asian osapuoli.',
    unauthenticated:
      'lähettäjän verkkotunnus ei todentanut sitä (DMARC), joten From-osoite voi olla väärennetty, eikä se ollut rekisteröidyn vastaus deskin omaan viestiin.',
    empty: 'siinä ei ollut uutta tekstiä eikä tiedostoja.',
  },
  otherDropReason: 'sitä ei voitu hyväksyä.',
  identifiedBy: {
    token: 'asiaosoite',
    bad_token: 'asiaosoite, jota ei voitu vahvistaa',
    thread: 'In-Reply-To/References',
    subject: 'viite otsikossa',
  },
  digest: {
    none: '(ei yhtään)',
    more: (n) => `... ja ${n} muuta`,
    received: 'vastaanotettu',
    due: 'määräaika',
  },
  commandArguments: { reason: 'perustelu', text: 'teksti', email: 'sähköpostiosoite' },
};

export const STAFF_LABELS: Readonly<Record<Language, StaffLabels>> = { en, nl, nb, sv, da, fi };

export const staffLabels = (language: Language): StaffLabels => STAFF_LABELS[language];

/** `7 days`, `1 hour`, `2 päivää`: a count with its unit in the language. */
export function countOf(n: number, unit: keyof StaffLabels['units'], language: Language): string {
  const [one, many] = STAFF_LABELS[language].units[unit];
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The command lines shown to staff, one per line: the commands and their fixed words (outcomes,
 * types) as they must be typed, whatever the language; only the arguments' names are translated.
 */
export function commandUsage(language: Language): string {
  const names = STAFF_LABELS[language].commandArguments;
  return Object.values(STAFF_COMMAND_USAGE)
    .map((line) =>
      line.replace(/<(reason|text|email)>/g, (_tag, name: keyof typeof names) => `<${names[name]}>`),
    )
    .join('\n');
}
