import type { CommandErrorLines } from '../command-error-lines.ts';

/** Why a staff command was not applied, in Swedish. */
export const sv: CommandErrorLines = {
  line: 'Rad {line}, {command}: {text}',
  texts: {
    no_command_name: 'Skriv kommandots namn direkt efter #, till exempel #note.',
    unknown_command: 'Okänt kommando. Kommandona finns nedan.',
    only_one_per_reply: 'Bara ett {command} per svar.',
    note_needs_text: '#note kräver anteckningens text.',
    refuse_needs_reason: '#refuse kräver ett skäl, som den registrerade får veta.',
    pause_needs_reason: '#pause kräver ett skäl till att tidsfristen stoppas (stannar internt).',
    resume_takes_no_arguments: 'Ingenting ska stå efter #resume.',
    close_takes_one_outcome: '#close tar exakt ett utfall.',
    close_unknown_outcome: 'Okänt utfall (se #close nedan).',
    close_needs_reason:
      '#close {outcome} kräver ett skäl, som den registrerade får veta (artikel 12.4 i dataskyddsförordningen).',
    extend_needs_months_and_reason: '#extend kräver antal månader och ett skäl.',
    extend_months: 'En förlängning är 1 eller 2 månader.',
    extend_needs_reason: '#extend kräver ett skäl, som den registrerade får veta.',
    assign_takes_one_address: '#assign tar exakt en e-postadress.',
    assign_not_an_address: 'Det är ingen e-postadress.',
    type_takes_one_type: '#type tar exakt en typ av begäran.',
    type_unknown: 'Okänd typ av begäran (se #type nedan).',
    breach_needs_decision: 'Ange vad som ska registreras (se #breach nedan).',
    breach_needs_date: '#breach {decision} kräver datumet, i formen YYYY-MM-DD.',
    breach_needs_reason: '#breach {decision} kräver ett skäl.',
    breach_needs_action: '#breach remedy kräver den åtgärd som har vidtagits.',
    too_many_commands: 'Högst {max} kommandon per svar.',
    close_and_refuse: '#refuse avslutar ärendet av sig själv: använd #close eller #refuse, inte båda.',
    cannot_combine_with_closing: '{command} kan inte kombineras med att ärendet avslutas.',
    case_closed: 'Ärendet är avslutat.',
    opt_out_closes_itself:
      '#type marketing_opt_out avslutar ärendet av sig själv: ta bort #close eller #refuse.',
    assign_not_verified:
      'Den registrerade har ännu inte bekräftat sin e-postadress: ärendet fördelas när det är gjort.',
    assign_no_active_member: 'Ingen aktiv teammedlem har den adressen.',
    assign_already_assignee: 'Ärendet är redan tilldelat den medarbetaren.',
    breach_not_a_breach_report:
      '#breach registreras bara i ärenden om personuppgiftsincidenter (först #type breach_report).',
    breach_only_one: 'Bara ett #breach {decision} per svar.',
    breach_contradiction: '#breach {earlier} och #breach {decision} motsäger varandra.',
    breach_date_in_future: 'Datumet ligger i framtiden.',
    extend_with_clock_commands:
      '#extend kan inte kombineras med #type, #pause eller #resume: skicka det i ett eget svar.',
    extend_while_paused: 'Tidsfristen är pausad: återuppta den med #resume innan du förlänger.',
    type_unchanged: 'Ärendet är redan av typen {type}.',
    pauses_not_enabled:
      'Pauser i tidsfristen är inte aktiverade för den här desken (deadlines.pausesEnabled).',
    pause_not_verified:
      'Den registrerade har ännu inte bekräftat sin e-postadress: det finns ingen tidsfrist att pausa.',
    already_paused: 'Tidsfristen är redan pausad.',
    breach_cannot_pause: 'De 72 timmarna vid en personuppgiftsincident kan inte pausas.',
    pause_and_resume: '#pause och #resume kan inte kombineras.',
    not_paused: 'Tidsfristen är inte pausad.',
    deadline_not_extendable: 'Tidsfristen för den här typen av begäran kan inte förlängas.',
    deadline_already_extended: 'Tidsfristen är redan förlängd; den kan bara förlängas en gång.',
    deadline_first_month_over:
      'En förlängning måste beslutas inom den första månaden, som löpte ut den {date}.',
    deadline_clock_not_started:
      'Tidsfristen börjar löpa när den registrerade bekräftar sin e-postadress, och det har inte skett än.',
    deadline_pauses_not_applicable: 'De 72 timmarna vid en personuppgiftsincident kan inte pausas.',
    deadline_other: 'Tidsfristen kan inte beräknas ({rule}): kontakta deskens administratör.',
    needs_token:
      'Kommandon utförs bara från ett svar på deskens eget meddelande till dig (svarsadressen anger ärendet och dig); det här meddelandet kopplades till ärendet via ämnesraden eller tråden.',
  },
};
