import daOptOutConfirmed from './da/opt-out-confirmed.ts';
import enBreachAlert from './en/breach-alert.ts';
import enCaseAssigned from './en/case-assigned.ts';
import enOptOutConfirmed from './en/opt-out-confirmed.ts';
import enOptOutFyi from './en/opt-out-fyi.ts';
import fiOptOutConfirmed from './fi/opt-out-confirmed.ts';
import nbOptOutConfirmed from './nb/opt-out-confirmed.ts';
import nlCaseAssigned from './nl/case-assigned.ts';
import nlOptOutConfirmed from './nl/opt-out-confirmed.ts';
import nlOptOutFyi from './nl/opt-out-fyi.ts';
import svOptOutConfirmed from './sv/opt-out-confirmed.ts';

/** The emails of routing (domain/routing/decide-routing.ts names them). */
export const ROUTING_TEMPLATES = {
  'case-assigned': { en: enCaseAssigned, nl: nlCaseAssigned },
  'breach-alert': { en: enBreachAlert },
  'opt-out-confirmed': {
    en: enOptOutConfirmed,
    nl: nlOptOutConfirmed,
    nb: nbOptOutConfirmed,
    sv: svOptOutConfirmed,
    da: daOptOutConfirmed,
    fi: fiOptOutConfirmed,
  },
  'opt-out-fyi': { en: enOptOutFyi, nl: nlOptOutFyi },
} as const;
