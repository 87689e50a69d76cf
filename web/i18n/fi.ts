import type { PageCatalogue } from './en.ts';

/** Verkkosivut suomeksi; oikeuksien nimet kuten tietosuoja-asetuksessa. */
export const fi = {
  'site.title': 'Tietosuoja: kysymykset, pyynnöt ja valitukset',
  'nav.languages': 'Kieli',

  'form.intro':
    'Tällä lomakkeella voit käyttää tietosuoja-asetuksen (GDPR) mukaisia oikeuksiasi, kysyä tietosuojaselosteestamme, tehdä valituksen tai ilmoittaa mahdollisesta yksityisyytesi loukkauksesta. Käsittelemme pyyntösi luottamuksellisesti.',
  'form.requiredNote': 'Kaikki kentät ovat pakollisia, ellei niitä ole merkitty vapaaehtoisiksi.',
  'form.typeLegend': 'Mitä haluat tehdä?',
  'form.aboutYouLegend': 'Tietoja sinusta',
  'form.requestLegend': 'Pyyntösi',
  'form.notice':
    'Käytämme lomakkeen tietoja vain pyyntösi käsittelyyn ja sinulle vastaamiseen. Se on lakisääteinen velvoitteemme (tietosuoja-asetuksen 6 artiklan 1 kohdan c alakohta), joten emme pyydä suostumustasi. Miten käsittelemme tietojasi ja mitkä oikeutesi ovat, kerrotaan {privacyStatement}.',
  'form.privacyStatement': 'tietosuojaselosteessamme',
  'form.submit': 'Lähetä pyyntö',
  'form.sending': 'Lähetetään…',

  'type.access.label': 'Oikeus saada pääsy tietoihin',
  'type.access.hint': 'Pyydä jäljennös henkilötiedoista, joita käsittelemme sinusta.',
  'type.rectification.label': 'Oikeus tietojen oikaisemiseen',
  'type.rectification.hint': 'Pyydä meitä oikaisemaan sinua koskevat virheelliset henkilötiedot.',
  'type.erasure.label': 'Oikeus tietojen poistamiseen (”oikeus tulla unohdetuksi”)',
  'type.erasure.hint': 'Pyydä meitä poistamaan sinua koskevia henkilötietoja.',
  'type.restriction.label': 'Oikeus käsittelyn rajoittamiseen',
  'type.restriction.hint': 'Pyydä meitä rajoittamaan henkilötietojesi käsittelyä.',
  'type.portability.label': 'Oikeus siirtää tiedot järjestelmästä toiseen',
  'type.portability.hint':
    'Saat henkilötietosi itsellesi tai siirretyksi toiselle jäsennellyssä, yleisesti käytetyssä ja koneellisesti luettavassa muodossa.',
  'type.objection.label': 'Vastustamisoikeus',
  'type.objection.hint':
    'Vastusta henkilötietojesi käsittelyä, joka perustuu oikeutettuun etuun tai tapahtuu suoramarkkinointia varten, profilointi mukaan lukien.',
  'type.marketing_opt_out.label': 'Markkinoinnin ja profiloinnin kieltäminen',
  'type.marketing_opt_out.hint':
    'Lopetamme markkinointiviestien lähettämisen sinulle ja tietojesi käyttämisen profilointiin.',
  'type.processor_info.label': 'Luettelo henkilötietojen käsittelijöistämme ja alikäsittelijöistä',
  'type.processor_info.hint':
    'Pyydä luettelo käyttämistämme henkilötietojen käsittelijöistä ja lisätietoja niistä.',
  'type.question.label': 'Kysymys tai huomautus tietosuojaselosteestamme',
  'type.question.hint': 'Kysy tai kommentoi tietosuojaselostettamme.',
  'type.complaint.label': 'Valitus siitä, miten käsittelemme tietojasi',
  'type.complaint.hint':
    'Kerro meille, jos et ole tyytyväinen siihen, miten käsittelemme henkilötietojasi; edustajamme ottaa sinuun yhteyttä.',
  'type.breach_report.label': 'Ilmoitus mahdollisesta yksityisyytesi loukkauksesta',
  'type.breach_report.hint':
    'Ilmoita meille heti, jos epäilet, että henkilötietosi ovat kadonneet, vuotaneet tai joutuneet sivullisten nähtäville.',

  'field.optional': '(vapaaehtoinen)',
  'field.choose': 'Valitse',
  'field.name': 'Nimesi',
  'field.email': 'Sähköpostiosoite',
  'field.emailHint':
    'Vastaamme sinulle tähän osoitteeseen. Useimmissa pyynnöissä pyydämme sinua ensin vahvistamaan sen.',
  'field.phone': 'Puhelinnumero',
  'field.company': 'Asiakkaan tai yrityksen nimi',
  'field.relationship': 'Olet',
  'relationship.customer_user': 'jonkin tuotteemme tai palvelumme käyttäjä',
  'relationship.customer_employee': 'asiakkaamme työntekijä',
  'relationship.job_applicant': 'työnhakija',
  'relationship.website_visitor': 'verkkosivustomme kävijä',
  'relationship.marketing_contact': 'markkinointiviestiemme vastaanottaja',
  'relationship.other': 'muu',
  'field.service': 'Mitä yritystä tai palvelua asia koskee?',
  'field.serviceNone': 'En tiedä, tai koko konsernia',
  'field.country': 'Asuinmaa',
  'field.language': 'Vastauksemme kieli',
  'field.message': 'Viestisi',
  'field.messageHint':
    'Kuvaile pyyntösi mahdollisimman tarkasti, esimerkiksi mitä palvelua, käyttäjätiliä tai ajanjaksoa se koskee.',
  'field.honeypot': 'Jätä tämä kenttä tyhjäksi',

  'errors.summaryTitle': 'Korjaa seuraavat kohdat',
  'error.required': 'Tämä kenttä on pakollinen.',
  'error.choice': 'Valitse yksi vaihtoehdoista.',
  'error.tooLong': 'Käytä enintään {max} merkkiä.',
  'error.email': 'Anna sähköpostiosoite muodossa nimi@esimerkki.fi.',
  'error.phone': 'Anna puhelinnumero käyttäen vain numeroita, välilyöntejä ja merkkejä + ( ) . / -.',
  'error.link': 'Poista verkko-osoitteet (://).',
  'error.singleLine': 'Kirjoita tämä yhdelle riville.',
  'error.hidden': 'Poista näkymättömät merkit ja ohjausmerkit.',
  'error.invalid': 'Tarkista tähän syöttämäsi tiedot.',
  'error.notSent': 'Pyyntöäsi ei voitu lähettää. Yritä hetken kuluttua uudelleen.',
  'error.tooMany': 'Juuri nyt saapui paljon pyyntöjä. Odota minuutti ja yritä uudelleen.',
  'errorPage.title': 'Tarkista pyyntösi',

  'done.title': 'Kiitos, olemme vastaanottaneet pyyntösi',
  'done.reference': 'Viitteesi on {reference}. Mainitse se, kun otat meihin yhteyttä tässä asiassa.',
  'done.due': 'Vastaamme viimeistään {date}.',
  'done.nextVerify':
    'Lähetimme sinulle sähköpostiviestin. Vahvista sähköpostiosoitteesi avaamalla viestissä oleva linkki. Aloitamme pyyntösi käsittelyn heti, kun olet vahvistanut osoitteen.',
  'done.nextNoVerify': 'Lähetimme sinulle vahvistuksen sähköpostitse. Edustajamme ottaa sinuun yhteyttä.',
  'done.status':
    'Voit seurata pyyntösi käsittelyä {statusLink}. Älä jaa linkkiä muille: kuka tahansa, jolla se on, voi lukea asiasi tiedot.',
  'done.statusLinkText': 'tilasivulla',
  'done.duplicate':
    'Olimme jo vastaanottaneet tämän pyynnön. Käsittelemme sitä viitteellä {reference}. Linkki tilasivulle on ensimmäisessä sähköpostiviestissämme.',

  'verified.title': 'Kiitos, sähköpostiosoitteesi on vahvistettu',
  'verified.text': 'Käsittelemme nyt pyyntöäsi {reference}. Vastaamme viimeistään {date}.',

  'status.title': 'Pyyntösi {reference}',
  'status.reference': 'Viite',
  'status.type': 'Pyyntö',
  'status.state': 'Tila',
  'status.received': 'Vastaanotettu',
  'status.due': 'Vastaamme viimeistään',
  'status.closed': 'Suljettu',
  'status.extension1': 'Määräaikaa on jatkettu kuukaudella (tietosuoja-asetuksen 12 artiklan 3 kohta).',
  'status.extension2':
    'Määräaikaa on jatkettu kahdella kuukaudella (tietosuoja-asetuksen 12 artiklan 3 kohta).',
  'status.extensionMessage': 'Perustelut ovat alla olevassa viestissämme, joka on päivätty {date}.',
  'status.messages': 'Sinulle lähettämämme viestit',
  'status.noMessages': 'Emme ole vielä lähettäneet sinulle viestejä.',
  'status.export': 'Lataa asiasi tiedot (JSON)',
  'status.exportHint': 'Kaikki asiasi tiedot jäsennellyssä, koneellisesti luettavassa muodossa.',
  'state.awaiting_verification': 'Odottaa sähköpostiosoitteesi vahvistamista',
  'state.received': 'Vastaanotettu',
  'state.assigned': 'Käsittelyssä',
  'state.waiting_for_requester': 'Odottaa vastaustasi',
  'state.closed': 'Suljettu',
} as const satisfies PageCatalogue;
