import type { CommandErrorLines } from '../command-error-lines.ts';

/** Why a staff command was not applied, in Danish. */
export const da: CommandErrorLines = {
  line: 'Linje {line}, {command}: {text}',
  texts: {
    no_command_name: 'Skriv kommandoens navn lige efter #, for eksempel #note.',
    unknown_command: 'Ukendt kommando. Kommandoerne står nedenfor.',
    only_one_per_reply: 'Kun én {command} pr. svar.',
    note_needs_text: '#note skal have notatets tekst.',
    refuse_needs_reason: '#refuse skal have en begrundelse, som den registrerede får.',
    pause_needs_reason: '#pause skal have en begrundelse for, at fristen standses (forbliver intern).',
    resume_takes_no_arguments: 'Der skal ikke stå noget efter #resume.',
    close_takes_one_outcome: '#close skal have præcis ét udfald.',
    close_unknown_outcome: 'Ukendt udfald (se #close nedenfor).',
    close_needs_reason:
      '#close {outcome} skal have en begrundelse, som den registrerede får (databeskyttelsesforordningens artikel 12, stk. 4).',
    extend_needs_months_and_reason: '#extend skal have antallet af måneder og en begrundelse.',
    extend_months: 'En forlængelse er 1 eller 2 måneder.',
    extend_needs_reason: '#extend skal have en begrundelse, som den registrerede får.',
    assign_takes_one_address: '#assign skal have præcis én e-mailadresse.',
    assign_not_an_address: 'Det er ikke en e-mailadresse.',
    type_takes_one_type: '#type skal have præcis én type anmodning.',
    type_unknown: 'Ukendt type anmodning (se #type nedenfor).',
    breach_needs_decision: 'Angiv, hvad der skal registreres (se #breach nedenfor).',
    breach_needs_date: '#breach {decision} skal have datoen, som YYYY-MM-DD.',
    breach_needs_reason: '#breach {decision} skal have en begrundelse.',
    breach_needs_action: '#breach remedy skal have den foranstaltning, der er truffet.',
    too_many_commands: 'Højst {max} kommandoer pr. svar.',
    close_and_refuse: '#refuse afslutter selv sagen: brug #close eller #refuse, ikke begge.',
    cannot_combine_with_closing: '{command} kan ikke kombineres med, at sagen afsluttes.',
    case_closed: 'Sagen er afsluttet.',
    opt_out_closes_itself: '#type marketing_opt_out afslutter selv sagen: fjern #close eller #refuse.',
    assign_not_verified:
      'Den registrerede har endnu ikke bekræftet sin e-mailadresse: sagen tildeles, når det er sket.',
    assign_no_active_member: 'Intet aktivt teammedlem har den adresse.',
    assign_already_assignee: 'Sagen er allerede tildelt det teammedlem.',
    breach_not_a_breach_report:
      '#breach registreres kun på sager om brud på persondatasikkerheden (først #type breach_report).',
    breach_only_one: 'Kun én #breach {decision} pr. svar.',
    breach_contradiction: '#breach {earlier} og #breach {decision} modsiger hinanden.',
    breach_date_in_future: 'Den dato ligger i fremtiden.',
    extend_with_clock_commands:
      '#extend kan ikke kombineres med #type, #pause eller #resume: send den i et svar for sig.',
    extend_while_paused: 'Fristen er standset: genoptag den med #resume, før du forlænger.',
    type_unchanged: 'Sagen er allerede af typen {type}.',
    pauses_not_enabled: 'Standsning af fristen er ikke slået til for denne desk (deadlines.pausesEnabled).',
    pause_not_verified:
      'Den registrerede har endnu ikke bekræftet sin e-mailadresse: der er ingen frist at standse.',
    already_paused: 'Fristen er allerede standset.',
    breach_cannot_pause: 'De 72 timer ved et brud på persondatasikkerheden kan ikke standses.',
    pause_and_resume: '#pause og #resume kan ikke kombineres.',
    not_paused: 'Fristen er ikke standset.',
    deadline_not_extendable: 'Fristen for denne type anmodning kan ikke forlænges.',
    deadline_already_extended: 'Fristen er allerede forlænget; den kan kun forlænges én gang.',
    deadline_first_month_over:
      'En forlængelse skal besluttes inden for den første måned, som udløb den {date}.',
    deadline_clock_not_started:
      'Fristen begynder at løbe, når den registrerede bekræfter sin e-mailadresse, og det er ikke sket endnu.',
    deadline_pauses_not_applicable: 'De 72 timer ved et brud på persondatasikkerheden kan ikke standses.',
    deadline_other: 'Fristen kan ikke beregnes ({rule}): kontakt deskens administrator.',
    needs_token:
      'Kommandoer udføres kun fra et svar på deskens egen e-mail til dig (svaradressen angiver sagen og dig); denne e-mail blev knyttet til sagen via emnefeltet eller tråden.',
  },
};
