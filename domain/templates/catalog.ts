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

/** The template in the requester's language; languages not yet translated fall back to English. */
export function templateFor(name: TemplateName, language: Language): MessageTemplate {
  const translations: Translations = TEMPLATES[name];
  return translations[language] ?? translations.en;
}
