/* The request types, case states and outcomes as the console names them, per language. */

export const TYPE_LABELS: Record<'en' | 'nl', Record<string, string>> = {
  en: {
    access: 'Access',
    rectification: 'Rectification',
    erasure: 'Erasure',
    restriction: 'Restriction',
    portability: 'Portability',
    objection: 'Objection',
    marketing_opt_out: 'Marketing opt-out',
    processor_info: 'Processor overview',
    question: 'Question',
    complaint: 'Complaint',
    breach_report: 'Breach report',
  },
  nl: {
    access: 'Inzage',
    rectification: 'Rectificatie',
    erasure: 'Verwijdering',
    restriction: 'Beperking',
    portability: 'Overdraagbaarheid',
    objection: 'Bezwaar',
    marketing_opt_out: 'Afmelding marketing',
    processor_info: 'Overzicht verwerkers',
    question: 'Vraag',
    complaint: 'Klacht',
    breach_report: 'Melding datalek',
  },
};

export const STATUS_LABELS: Record<'en' | 'nl', Record<string, string>> = {
  en: {
    awaiting_verification: 'Awaiting confirmation',
    received: 'Received',
    assigned: 'Assigned',
    waiting_for_requester: 'Waiting for requester',
    closed: 'Closed',
  },
  nl: {
    awaiting_verification: 'Wacht op bevestiging',
    received: 'Ontvangen',
    assigned: 'Toegewezen',
    waiting_for_requester: 'Wacht op verzoeker',
    closed: 'Gesloten',
  },
};

export const OUTCOME_LABELS: Record<'en' | 'nl', Record<string, string>> = {
  en: {
    fulfilled: 'Fulfilled',
    partially_fulfilled: 'Partially fulfilled',
    refused: 'Refused',
    redirected: 'Redirected',
    withdrawn: 'Withdrawn',
    unverified: 'Not confirmed',
  },
  nl: {
    fulfilled: 'Ingewilligd',
    partially_fulfilled: 'Gedeeltelijk ingewilligd',
    refused: 'Geweigerd',
    redirected: 'Doorverwezen',
    withdrawn: 'Ingetrokken',
    unverified: 'Niet bevestigd',
  },
};

/** The requester's language, named in that language. */
export const LANGUAGE_NAMES: Record<string, string> = {
  nl: 'Nederlands',
  en: 'English',
  nb: 'Norsk bokmål',
  sv: 'Svenska',
  da: 'Dansk',
  fi: 'Suomi',
};
