import daBreachAlert from './da/breach-alert.ts';
import daCaseAssigned from './da/case-assigned.ts';
import daOptOutConfirmed from './da/opt-out-confirmed.ts';
import daOptOutFyi from './da/opt-out-fyi.ts';
import enBreachAlert from './en/breach-alert.ts';
import enCaseAssigned from './en/case-assigned.ts';
import enOptOutConfirmed from './en/opt-out-confirmed.ts';
import enOptOutFyi from './en/opt-out-fyi.ts';
import fiBreachAlert from './fi/breach-alert.ts';
import fiCaseAssigned from './fi/case-assigned.ts';
import fiOptOutConfirmed from './fi/opt-out-confirmed.ts';
import fiOptOutFyi from './fi/opt-out-fyi.ts';
import nbBreachAlert from './nb/breach-alert.ts';
import nbCaseAssigned from './nb/case-assigned.ts';
import nbOptOutConfirmed from './nb/opt-out-confirmed.ts';
import nbOptOutFyi from './nb/opt-out-fyi.ts';
import nlBreachAlert from './nl/breach-alert.ts';
import nlCaseAssigned from './nl/case-assigned.ts';
import nlOptOutConfirmed from './nl/opt-out-confirmed.ts';
import nlOptOutFyi from './nl/opt-out-fyi.ts';
import svBreachAlert from './sv/breach-alert.ts';
import svCaseAssigned from './sv/case-assigned.ts';
import svOptOutConfirmed from './sv/opt-out-confirmed.ts';
import svOptOutFyi from './sv/opt-out-fyi.ts';

/** The emails of routing (domain/routing/decide-routing.ts names them). */
export const ROUTING_TEMPLATES = {
  'case-assigned': {
    en: enCaseAssigned,
    nl: nlCaseAssigned,
    nb: nbCaseAssigned,
    sv: svCaseAssigned,
    da: daCaseAssigned,
    fi: fiCaseAssigned,
  },
  'breach-alert': {
    en: enBreachAlert,
    nl: nlBreachAlert,
    nb: nbBreachAlert,
    sv: svBreachAlert,
    da: daBreachAlert,
    fi: fiBreachAlert,
  },
  'opt-out-confirmed': {
    en: enOptOutConfirmed,
    nl: nlOptOutConfirmed,
    nb: nbOptOutConfirmed,
    sv: svOptOutConfirmed,
    da: daOptOutConfirmed,
    fi: fiOptOutConfirmed,
  },
  'opt-out-fyi': {
    en: enOptOutFyi,
    nl: nlOptOutFyi,
    nb: nbOptOutFyi,
    sv: svOptOutFyi,
    da: daOptOutFyi,
    fi: fiOptOutFyi,
  },
} as const;
