import type { CommandErrorLines } from '../command-error-lines.ts';

/** Why a staff command was not applied, in Finnish. */
export const fi: CommandErrorLines = {
  line: 'Rivi {line}, {command}: {text}',
  texts: {
    no_command_name: 'Kirjoita komennon nimi heti #-merkin perään, esimerkiksi #note.',
    unknown_command: 'Tuntematon komento. Komennot on lueteltu alla.',
    only_one_per_reply: 'Vain yksi {command} vastausta kohden.',
    note_needs_text: '#note vaatii muistiinpanon tekstin.',
    refuse_needs_reason: '#refuse vaatii perustelun, joka kerrotaan rekisteröidylle.',
    pause_needs_reason: '#pause vaatii perustelun määräajan keskeyttämiselle (jää sisäiseksi).',
    resume_takes_no_arguments: '#resume-komennon perään ei kirjoiteta mitään.',
    close_takes_one_outcome: '#close vaatii täsmälleen yhden lopputuloksen.',
    close_unknown_outcome: 'Tuntematon lopputulos (ks. #close alla).',
    close_needs_reason:
      '#close {outcome} vaatii perustelun, joka kerrotaan rekisteröidylle (tietosuoja-asetuksen 12 artiklan 4 kohta).',
    extend_needs_months_and_reason: '#extend vaatii kuukausien määrän ja perustelun.',
    extend_months: 'Määräaikaa voi pidentää 1 tai 2 kuukaudella.',
    extend_needs_reason: '#extend vaatii perustelun, joka kerrotaan rekisteröidylle.',
    assign_takes_one_address: '#assign vaatii täsmälleen yhden sähköpostiosoitteen.',
    assign_not_an_address: 'Tämä ei ole sähköpostiosoite.',
    type_takes_one_type: '#type vaatii täsmälleen yhden pyyntötyypin.',
    type_unknown: 'Tuntematon pyyntötyyppi (ks. #type alla).',
    breach_needs_decision: 'Kerro, mitä kirjataan (ks. #breach alla).',
    breach_needs_date: '#breach {decision} vaatii päivämäärän muodossa YYYY-MM-DD.',
    breach_needs_reason: '#breach {decision} vaatii perustelun.',
    breach_needs_action: '#breach remedy vaatii tehdyn toimenpiteen.',
    too_many_commands: 'Enintään {max} komentoa vastausta kohden.',
    close_and_refuse: '#refuse sulkee asian itse: käytä joko #close tai #refuse, ei molempia.',
    cannot_combine_with_closing: '{command} ei voi olla samassa vastauksessa kuin asian sulkeminen.',
    case_closed: 'Asia on suljettu.',
    opt_out_closes_itself: '#type marketing_opt_out sulkee asian itse: jätä #close tai #refuse pois.',
    assign_not_verified:
      'Rekisteröity ei ole vielä vahvistanut sähköpostiosoitettaan: asia osoitetaan käsittelijälle, kun hän on tehnyt sen.',
    assign_no_active_member: 'Millään aktiivisella tiimin jäsenellä ei ole tätä osoitetta.',
    assign_already_assignee: 'Asia on jo osoitettu tälle käsittelijälle.',
    breach_not_a_breach_report:
      '#breach kirjataan vain tietoturvaloukkausta koskeviin asioihin (ensin #type breach_report).',
    breach_only_one: 'Vain yksi #breach {decision} vastausta kohden.',
    breach_contradiction: '#breach {earlier} ja #breach {decision} ovat ristiriidassa keskenään.',
    breach_date_in_future: 'Päivämäärä on tulevaisuudessa.',
    extend_with_clock_commands:
      '#extend ei voi olla samassa vastauksessa kuin #type, #pause tai #resume: lähetä se omana vastauksenaan.',
    extend_while_paused: 'Määräaika on keskeytetty: jatka sitä komennolla #resume ennen pidentämistä.',
    type_unchanged: 'Asia on jo tyyppiä {type}.',
    pauses_not_enabled: 'Määräajan keskeyttäminen ei ole käytössä tässä deskissä (deadlines.pausesEnabled).',
    pause_not_verified:
      'Rekisteröity ei ole vielä vahvistanut sähköpostiosoitettaan: määräaika ei ole alkanut, joten sitä ei voi keskeyttää.',
    already_paused: 'Määräaika on jo keskeytetty.',
    breach_cannot_pause: 'Tietoturvaloukkauksen 72 tunnin määräaikaa ei voi keskeyttää.',
    pause_and_resume: '#pause ja #resume eivät voi olla samassa vastauksessa.',
    not_paused: 'Määräaikaa ei ole keskeytetty.',
    deadline_not_extendable: 'Tämän pyyntötyypin määräaikaa ei voi pidentää.',
    deadline_already_extended: 'Määräaikaa on jo pidennetty; sen voi pidentää vain kerran.',
    deadline_first_month_over:
      'Pidentämisestä on päätettävä ensimmäisen kuukauden aikana, ja se päättyi {date}.',
    deadline_clock_not_started:
      'Määräaika alkaa, kun rekisteröity vahvistaa sähköpostiosoitteensa, eikä hän ole vielä tehnyt sitä.',
    deadline_pauses_not_applicable: 'Tietoturvaloukkauksen 72 tunnin määräaikaa ei voi keskeyttää.',
    deadline_other: 'Määräaikaa ei voi laskea ({rule}): ota yhteyttä deskin ylläpitäjään.',
    needs_token:
      'Komennot suoritetaan vain vastauksesta deskin sinulle lähettämään viestiin (sen vastausosoite yksilöi asian ja sinut); tämä viesti liitettiin asiaan otsikon tai viestiketjun perusteella.',
  },
};
