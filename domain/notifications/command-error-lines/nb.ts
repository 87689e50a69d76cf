import type { CommandErrorLines } from '../command-error-lines.ts';

/** Why a staff command was not applied, in Norwegian (Bokmål). */
export const nb: CommandErrorLines = {
  line: 'Linje {line}, {command}: {text}',
  texts: {
    no_command_name: 'Skriv navnet på kommandoen rett etter #, for eksempel #note.',
    unknown_command: 'Ukjent kommando. Kommandoene står nedenfor.',
    only_one_per_reply: 'Bare én {command} per svar.',
    note_needs_text: '#note må ha teksten til notatet.',
    refuse_needs_reason: '#refuse må ha en begrunnelse, som den registrerte får.',
    pause_needs_reason: '#pause må ha en begrunnelse for at fristen stoppes (holdes internt).',
    resume_takes_no_arguments: 'Det skal ikke stå noe etter #resume.',
    close_takes_one_outcome: '#close må ha nøyaktig ett utfall.',
    close_unknown_outcome: 'Ukjent utfall (se #close nedenfor).',
    close_needs_reason:
      '#close {outcome} må ha en begrunnelse, som den registrerte får (personvernforordningen artikkel 12 nr. 4).',
    extend_needs_months_and_reason: '#extend må ha antall måneder og en begrunnelse.',
    extend_months: 'En forlengelse er 1 eller 2 måneder.',
    extend_needs_reason: '#extend må ha en begrunnelse, som den registrerte får.',
    assign_takes_one_address: '#assign må ha nøyaktig én e-postadresse.',
    assign_not_an_address: 'Det er ikke en e-postadresse.',
    type_takes_one_type: '#type må ha nøyaktig én type anmodning.',
    type_unknown: 'Ukjent type anmodning (se #type nedenfor).',
    breach_needs_decision: 'Oppgi hva som skal registreres (se #breach nedenfor).',
    breach_needs_date: '#breach {decision} må ha datoen, som YYYY-MM-DD.',
    breach_needs_reason: '#breach {decision} må ha en begrunnelse.',
    breach_needs_action: '#breach remedy må ha tiltaket som er iverksatt.',
    too_many_commands: 'Høyst {max} kommandoer per svar.',
    close_and_refuse: '#refuse avslutter saken selv: bruk #close eller #refuse, ikke begge.',
    cannot_combine_with_closing: '{command} kan ikke kombineres med at saken avsluttes.',
    case_closed: 'Saken er avsluttet.',
    opt_out_closes_itself: '#type marketing_opt_out avslutter saken selv: ta bort #close eller #refuse.',
    assign_not_verified:
      'Den registrerte har ikke bekreftet e-postadressen sin ennå: saken tildeles når det er gjort.',
    assign_no_active_member: 'Ingen aktive teammedlemmer har den adressen.',
    assign_already_assignee: 'Saken er allerede tildelt det teammedlemmet.',
    breach_not_a_breach_report: '#breach registreres bare på avviksmeldinger (først #type breach_report).',
    breach_only_one: 'Bare én #breach {decision} per svar.',
    breach_contradiction: '#breach {earlier} og #breach {decision} motsier hverandre.',
    breach_date_in_future: 'Den datoen er fram i tid.',
    extend_with_clock_commands:
      '#extend kan ikke kombineres med #type, #pause eller #resume: send den i et eget svar.',
    extend_while_paused: 'Fristen er stoppet: start den igjen med #resume før du forlenger.',
    type_unchanged: 'Saken er allerede av typen {type}.',
    pauses_not_enabled: 'Stopp av fristen er ikke slått på for denne desken (deadlines.pausesEnabled).',
    pause_not_verified:
      'Den registrerte har ikke bekreftet e-postadressen sin ennå: det er ingen frist å stoppe.',
    already_paused: 'Fristen er allerede stoppet.',
    breach_cannot_pause: 'De 72 timene ved et avvik kan ikke stoppes.',
    pause_and_resume: '#pause og #resume kan ikke kombineres.',
    not_paused: 'Fristen er ikke stoppet.',
    deadline_not_extendable: 'Fristen for denne typen anmodning kan ikke forlenges.',
    deadline_already_extended: 'Fristen er allerede forlenget; den kan bare forlenges én gang.',
    deadline_first_month_over: 'En forlengelse må besluttes innen den første måneden, som gikk ut {date}.',
    deadline_clock_not_started:
      'Fristen begynner å løpe når den registrerte bekrefter e-postadressen sin, og det er ikke gjort ennå.',
    deadline_pauses_not_applicable: 'De 72 timene ved et avvik kan ikke stoppes.',
    deadline_other: 'Fristen kan ikke beregnes ({rule}): kontakt administratoren av desken.',
    needs_token:
      'Kommandoer utføres bare fra et svar på deskens egen e-post til deg (svaradressen angir saken og deg); denne e-posten ble knyttet til saken via emnefeltet eller tråden.',
  },
};
