import type { PageCatalogue } from './en.ts';

/** De webpagina's in het Nederlands; de namen van de rechten zoals de AVG ze noemt. */
export const nl = {
  'site.title': 'Privacyvragen, -verzoeken en -klachten',
  'nav.languages': 'Taal',

  'form.intro':
    'Gebruik dit formulier om uw rechten op grond van de Algemene verordening gegevensbescherming (AVG) uit te oefenen, een vraag te stellen over onze privacyverklaring, een klacht in te dienen of een mogelijke inbreuk op uw privacy te melden. Wij behandelen uw verzoek vertrouwelijk.',
  'form.requiredNote': "Alle velden zijn verplicht, tenzij er '(niet verplicht)' bij staat.",
  'form.typeLegend': 'Wat wilt u doen?',
  'form.aboutYouLegend': 'Over u',
  'form.requestLegend': 'Uw verzoek',
  'form.notice':
    'Wij gebruiken de gegevens in dit formulier alleen om uw verzoek te behandelen en u te antwoorden. Daartoe zijn wij wettelijk verplicht (AVG, art. 6 lid 1 onder c), dus wij vragen niet om uw toestemming. Hoe wij met uw gegevens omgaan en welke rechten u heeft, leest u in onze {privacyStatement}.',
  'form.privacyStatement': 'privacyverklaring',
  'form.submit': 'Verzoek versturen',
  'form.sending': 'Bezig met versturen…',

  'type.access.label': 'Recht op inzage',
  'type.access.hint': 'Vraag een kopie van de persoonsgegevens die wij over u verwerken.',
  'type.rectification.label': 'Recht op rectificatie',
  'type.rectification.hint': 'Verzoek ons onjuiste persoonsgegevens over u te rectificeren.',
  'type.erasure.label': "Recht op gegevenswissing ('recht op vergetelheid')",
  'type.erasure.hint': 'Verzoek ons persoonsgegevens over u te verwijderen.',
  'type.restriction.label': 'Recht op beperking van de verwerking',
  'type.restriction.hint': 'Verzoek ons de verwerking van uw persoonsgegevens te beperken.',
  'type.portability.label': 'Recht op overdraagbaarheid van gegevens',
  'type.portability.hint':
    'Ontvang uw persoonsgegevens, of laat ze aan een ander verstrekken, in een gestructureerd, gangbaar en machineleesbaar formaat.',
  'type.objection.label': 'Recht van bezwaar',
  'type.objection.hint':
    'Maak bezwaar tegen de verwerking van uw persoonsgegevens op basis van gerechtvaardigde belangen of voor direct marketing, waaronder profilering.',
  'type.marketing_opt_out.label': 'Afmelden voor marketing en profilering',
  'type.marketing_opt_out.hint':
    'Wij sturen u geen marketingmails meer en gebruiken uw gegevens niet langer voor profilering.',
  'type.processor_info.label': 'Overzicht van onze (sub)verwerkers',
  'type.processor_info.hint':
    'Vraag een overzicht van en nadere informatie over de verwerkers die wij inschakelen.',
  'type.question.label': 'Vraag of opmerking over onze privacyverklaring',
  'type.question.hint': 'Stel een vraag of maak een opmerking over onze privacyverklaring.',
  'type.complaint.label': 'Klacht over hoe wij uw gegevens verwerken',
  'type.complaint.hint':
    'Laat het ons weten als u niet tevreden bent over hoe wij uw persoonsgegevens verwerken; onze vertegenwoordiger neemt contact met u op.',
  'type.breach_report.label': 'Melding van een mogelijke inbreuk op uw privacy',
  'type.breach_report.hint':
    'Meld het ons direct als u denkt dat uw persoonsgegevens verloren zijn gegaan, zijn uitgelekt of door onbevoegden zijn ingezien.',

  'field.optional': '(niet verplicht)',
  'field.choose': 'Maak een keuze',
  'field.name': 'Uw naam',
  'field.email': 'E-mailadres',
  'field.emailHint':
    'Wij antwoorden u op dit adres. Bij de meeste verzoeken vragen wij u eerst het adres te bevestigen.',
  'field.phone': 'Telefoonnummer',
  'field.company': 'Naam van de klant of het bedrijf',
  'field.relationship': 'U bent',
  'relationship.customer_user': 'gebruiker van een van onze producten of diensten',
  'relationship.customer_employee': 'medewerker van een van onze klanten',
  'relationship.job_applicant': 'sollicitant',
  'relationship.website_visitor': 'bezoeker van onze website',
  'relationship.marketing_contact': 'ontvanger van onze marketing',
  'relationship.other': 'anders',
  'field.service': 'Over welk bedrijf of welke dienst gaat het?',
  'field.serviceNone': 'Weet ik niet, of de hele groep',
  'field.country': 'Land waar u woont',
  'field.language': 'Taal van ons antwoord',
  'field.message': 'Uw bericht',
  'field.messageHint':
    'Beschrijf uw verzoek zo precies mogelijk, bijvoorbeeld om welke dienst, welk account of welke periode het gaat.',
  'field.honeypot': 'Laat dit veld leeg',

  'errors.summaryTitle': 'Controleer het volgende',
  'error.required': 'Dit veld is verplicht.',
  'error.choice': 'Kies een van de mogelijkheden.',
  'error.tooLong': 'Gebruik maximaal {max} tekens.',
  'error.email': 'Vul een e-mailadres in, zoals naam@voorbeeld.nl.',
  'error.phone': 'Vul een telefoonnummer in met alleen cijfers, spaties en + ( ) . / -.',
  'error.link': 'Laat webadressen (://) weg.',
  'error.singleLine': 'Schrijf dit op één regel.',
  'error.hidden': 'Verwijder onzichtbare tekens en stuurtekens.',
  'error.invalid': 'Controleer wat u hier heeft ingevuld.',
  'error.notSent': 'Uw verzoek kon niet worden verstuurd. Probeer het over enkele ogenblikken opnieuw.',
  'error.tooMany': 'Er kwamen zojuist veel verzoeken binnen. Wacht een minuut en probeer het opnieuw.',
  'errorPage.title': 'Controleer uw verzoek',

  'done.title': 'Bedankt, wij hebben uw verzoek ontvangen',
  'done.reference':
    'Uw referentie is {reference}. Vermeld deze als u over dit verzoek contact met ons opneemt.',
  'done.due': 'Wij antwoorden uiterlijk op {date}.',
  'done.nextVerify':
    'Wij hebben u een e-mail gestuurd. Open de link daarin om uw e-mailadres te bevestigen; zodra u dat heeft gedaan, gaan wij met uw verzoek aan de slag.',
  'done.nextNoVerify':
    'Wij hebben u een bevestiging per e-mail gestuurd. Onze vertegenwoordiger neemt contact met u op.',
  'done.status':
    'U kunt uw verzoek volgen op de {statusLink}. Deel deze link met niemand: wie hem heeft, kan uw dossier inzien.',
  'done.statusLinkText': 'statuspagina',
  'done.duplicate':
    'Dit verzoek hadden wij al ontvangen. Wij behandelen het onder referentie {reference}; de link naar de statuspagina staat in onze eerste e-mail.',

  'verified.title': 'Bedankt, uw e-mailadres is bevestigd',
  'verified.text': 'Wij behandelen nu uw verzoek {reference}. Wij antwoorden uiterlijk op {date}.',

  'status.title': 'Uw verzoek {reference}',
  'status.reference': 'Referentie',
  'status.type': 'Verzoek',
  'status.state': 'Status',
  'status.received': 'Ontvangen op',
  'status.due': 'Wij antwoorden uiterlijk op',
  'status.closed': 'Afgesloten op',
  'status.extension1': 'Verlengd met één maand (AVG, art. 12 lid 3).',
  'status.extension2': 'Verlengd met twee maanden (AVG, art. 12 lid 3).',
  'status.extensionMessage': 'Waarom, leest u hieronder in ons bericht van {date}.',
  'status.messages': 'Berichten die wij u stuurden',
  'status.noMessages': 'Wij hebben u nog geen berichten gestuurd.',
  'status.export': 'Uw dossier downloaden (JSON)',
  'status.exportHint': 'Alles uit uw dossier, in een gestructureerd, machineleesbaar formaat.',
  'state.awaiting_verification': 'Wacht op de bevestiging van uw e-mailadres',
  'state.received': 'Ontvangen',
  'state.assigned': 'In behandeling',
  'state.waiting_for_requester': 'Wacht op uw antwoord',
  'state.closed': 'Afgesloten',
} as const satisfies PageCatalogue;
