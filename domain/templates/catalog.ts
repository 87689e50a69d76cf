import type { Language } from '../request-types.ts';
import { INBOUND_TEMPLATES } from './inbound-templates.ts';
import { INTAKE_TEMPLATES } from './intake-templates.ts';
import type { MessageTemplate } from './render-template.ts';
import { ROUTING_TEMPLATES } from './routing-templates.ts';
import { SWEEP_TEMPLATES } from './sweep-templates.ts';

export type Translations = Readonly<{ en: MessageTemplate } & Partial<Record<Language, MessageTemplate>>>;

/**
 * Every email the desk sends, one template file per message and language (English required), in
 * one catalog per feature (intake, routing, inbound mail, the sweep).
 */
export const TEMPLATES = {
  ...INTAKE_TEMPLATES,
  ...ROUTING_TEMPLATES,
  ...INBOUND_TEMPLATES,
  ...SWEEP_TEMPLATES,
} as const satisfies Record<string, Translations>;

export type TemplateName = keyof typeof TEMPLATES;

export function isTemplateName(name: string): name is TemplateName {
  return Object.hasOwn(TEMPLATES, name);
}

/**
 * The emails a requester receives. Each exists in every language of `LANGUAGES` (the compiler checks
 * it below, the catalogue test checks the tags): a requester is always written to in the language
 * stored on the case, never in an English fallback.
 */
export const REQUESTER_TEMPLATES = [
  'acknowledgement',
  'verification-reminder',
  'closed-unverified',
  'opt-out-confirmed',
  'staff-reply',
  'case-closed',
  'extension-notice',
  'refusal-notice',
  'type-changed',
] as const satisfies readonly TemplateName[];

export type RequesterTemplateName = (typeof REQUESTER_TEMPLATES)[number];

// A requester template missing a language fails to compile here.
const requesterTranslations: {
  readonly [Name in RequesterTemplateName]: Readonly<Record<Language, MessageTemplate>>;
} = TEMPLATES;

export function isRequesterTemplate(name: string): name is RequesterTemplateName {
  return (REQUESTER_TEMPLATES as readonly string[]).includes(name);
}

/** The template in the recipient's language; staff emails not yet translated fall back to English. */
export function templateFor(name: TemplateName, language: Language): MessageTemplate {
  if (isRequesterTemplate(name)) return requesterTranslations[name][language];
  const translations: Translations = TEMPLATES[name];
  return translations[language] ?? translations.en;
}
