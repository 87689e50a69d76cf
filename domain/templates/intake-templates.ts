import enAcknowledgement from './en/acknowledgement.ts';
import nlAcknowledgement from './nl/acknowledgement.ts';

export const INTAKE_TEMPLATES = {
  acknowledgement: { en: enAcknowledgement, nl: nlAcknowledgement },
} as const;
