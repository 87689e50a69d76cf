import type { CommandErrorLines } from '../command-error-lines.ts';

/** Why a staff command was not applied, in Dutch. */
export const nl: CommandErrorLines = {
  line: 'Regel {line}, {command}: {text}',
  texts: {
    no_command_name: 'Zet de naam van de opdracht direct achter #, bijvoorbeeld #note.',
    unknown_command: 'Onbekende opdracht. De opdrachten staan hieronder.',
    only_one_per_reply: 'Maximaal één {command} per antwoord.',
    note_needs_text: '#note heeft de tekst van de notitie nodig.',
    refuse_needs_reason: '#refuse heeft een reden nodig; die krijgt de aanvrager te horen.',
    pause_needs_reason: '#pause heeft de reden nodig waarom de termijn stilstaat (blijft intern).',
    resume_takes_no_arguments: 'Achter #resume komt niets.',
    close_takes_one_outcome: '#close heeft precies één uitkomst nodig.',
    close_unknown_outcome: 'Onbekende uitkomst (zie #close hieronder).',
    close_needs_reason:
      '#close {outcome} heeft een reden nodig; die krijgt de aanvrager te horen (artikel 12, lid 4, AVG).',
    extend_needs_months_and_reason: '#extend heeft het aantal maanden en een reden nodig.',
    extend_months: 'Een verlenging is 1 of 2 maanden.',
    extend_needs_reason: '#extend heeft een reden nodig; die krijgt de aanvrager te horen.',
    assign_takes_one_address: '#assign heeft precies één e-mailadres nodig.',
    assign_not_an_address: 'Dat is geen e-mailadres.',
    type_takes_one_type: '#type heeft precies één soort verzoek nodig.',
    type_unknown: 'Onbekende soort verzoek (zie #type hieronder).',
    breach_needs_decision: 'Geef aan wat er wordt vastgelegd (zie #breach hieronder).',
    breach_needs_date: '#breach {decision} heeft de datum nodig, als YYYY-MM-DD.',
    breach_needs_reason: '#breach {decision} heeft de reden nodig.',
    breach_needs_action: '#breach remedy heeft de genomen maatregel nodig.',
    too_many_commands: 'Maximaal {max} opdrachten per antwoord.',
    close_and_refuse: '#refuse sluit de zaak zelf af: gebruik #close of #refuse, niet allebei.',
    cannot_combine_with_closing: '{command} kan niet samen met het afsluiten van de zaak.',
    case_closed: 'De zaak is afgesloten.',
    opt_out_closes_itself: '#type marketing_opt_out sluit de zaak zelf af: laat #close of #refuse weg.',
    assign_not_verified:
      'De aanvrager heeft het e-mailadres nog niet bevestigd: de zaak wordt toegewezen zodra dat is gebeurd.',
    assign_no_active_member: 'Geen actief teamlid heeft dat adres.',
    assign_already_assignee: 'De zaak is al aan dat teamlid toegewezen.',
    breach_not_a_breach_report:
      '#breach wordt alleen vastgelegd bij meldingen van een datalek (eerst #type breach_report).',
    breach_only_one: 'Maximaal één #breach {decision} per antwoord.',
    breach_contradiction: '#breach {earlier} en #breach {decision} spreken elkaar tegen.',
    breach_date_in_future: 'Die datum ligt in de toekomst.',
    extend_with_clock_commands:
      '#extend kan niet samen met #type, #pause of #resume: stuur het in een apart antwoord.',
    extend_while_paused: 'De termijn staat stil: hervat hem met #resume voordat u verlengt.',
    type_unchanged: 'De zaak is al van het soort {type}.',
    pauses_not_enabled:
      'Het stilzetten van de termijn is voor deze desk niet ingeschakeld (deadlines.pausesEnabled).',
    pause_not_verified:
      'De aanvrager heeft het e-mailadres nog niet bevestigd: er loopt nog geen termijn om stil te zetten.',
    already_paused: 'De termijn staat al stil.',
    breach_cannot_pause: 'De 72 uur van een datalekmelding kunnen niet worden stilgezet.',
    pause_and_resume: '#pause en #resume kunnen niet samen.',
    not_paused: 'De termijn staat niet stil.',
    deadline_not_extendable: 'De termijn van dit soort verzoek kan niet worden verlengd.',
    deadline_already_extended: 'De termijn is al verlengd; dat kan maar één keer.',
    deadline_first_month_over:
      'Tot verlenging moet binnen de eerste maand worden besloten, en die is op {date} geëindigd.',
    deadline_clock_not_started:
      'De termijn begint zodra de aanvrager het e-mailadres bevestigt, en dat is nog niet gebeurd.',
    deadline_pauses_not_applicable: 'De 72 uur van een datalekmelding kunnen niet worden stilgezet.',
    deadline_other:
      'De termijn kan niet worden berekend ({rule}): neem contact op met de beheerder van de desk.',
    needs_token:
      'Opdrachten worden alleen uitgevoerd vanuit een antwoord op de eigen e-mail van de desk aan u (het antwoordadres noemt de zaak en u); deze e-mail is aan de zaak gekoppeld via het onderwerp of de e-mailwisseling.',
  },
};
