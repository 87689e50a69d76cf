import daAcknowledgement from './da/acknowledgement.ts';
import enAcknowledgement from './en/acknowledgement.ts';
import fiAcknowledgement from './fi/acknowledgement.ts';
import nbAcknowledgement from './nb/acknowledgement.ts';
import nlAcknowledgement from './nl/acknowledgement.ts';
import svAcknowledgement from './sv/acknowledgement.ts';

export const INTAKE_TEMPLATES = {
  acknowledgement: {
    en: enAcknowledgement,
    nl: nlAcknowledgement,
    nb: nbAcknowledgement,
    sv: svAcknowledgement,
    da: daAcknowledgement,
    fi: fiAcknowledgement,
  },
} as const;
