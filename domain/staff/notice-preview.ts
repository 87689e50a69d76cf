import type { CaseContent, CaseRecord } from '../case-model.ts';
import { type ContentCipher, openJson } from '../content-cipher.ts';
import type { DeskSettings } from '../desk-settings.ts';
import { ForbiddenError } from '../errors.ts';
import { templateValues } from '../notifications/template-values.ts';
import type { Language } from '../request-types.ts';
import { isTemplateName, TEMPLATES, type Translations, templateFor } from '../templates/catalog.ts';
import { renderTemplate } from '../templates/render-template.ts';
import { parseOrThrow } from '../validation.ts';
import { commandsOf, planStaffAction } from './staff-action-plan.ts';
import { CaseActionSchema } from './staff-api-schemas.ts';
import type { StaffCaseStore } from './staff-case-store.ts';
import { visibleCase } from './staff-cases.ts';
import { actingParticipant, type StaffIdentity } from './staff-identity.ts';

/*
 * What the requester would be sent if the action were confirmed now: the action planned exactly as
 * applyStaffAction plans it (the same staff-command planner), nothing written, and the requester's
 * notices rendered as the sender would render them, in the requester's language (English where a
 * template has no translation). Refusals and partial fulfilments show their Art. 12(4) paragraphs.
 * It reads no more than the action itself would: the case and its content.
 */

export interface NoticePreview {
  readonly language: Language;
  readonly notices: readonly { readonly template: string; readonly subject: string; readonly text: string }[];
}

export interface NoticePreviewDeps {
  readonly store: StaffCaseStore;
  readonly cipher: ContentCipher;
  readonly settings: DeskSettings;
  readonly now: Date;
}

export async function previewStaffAction(
  reference: string | undefined,
  body: unknown,
  identity: StaffIdentity,
  deps: NoticePreviewDeps,
): Promise<NoticePreview> {
  const { record, access } = await visibleCase(reference, identity, deps);
  const action = parseOrThrow(CaseActionSchema, body ?? null);
  if (access !== 'act') {
    throw new ForbiddenError('You may read this case but not act on it: it is assigned to someone else');
  }
  const participant = actingParticipant(identity, record);
  if (!participant) throw new ForbiddenError('You may no longer act on this case');
  const { config, deadlinePolicy } = deps.settings;
  const plan = planStaffAction(record, participant, commandsOf(action, config), {
    config,
    deadlinePolicy,
    now: deps.now,
  });
  const after: CaseRecord = { ...record, ...plan.change?.set };
  if (plan.change?.remove?.includes('pausedAt')) delete (after as { pausedAt?: string }).pausedAt;
  const toRequester = plan.notifications.filter((planned) => planned.recipient.role === 'requester');
  if (toRequester.length === 0) return { language: record.language, notices: [] };
  const content = await openJson<CaseContent>(deps.cipher, record.caseId, 'case-content', record.content);
  const notices = toRequester.flatMap((planned) => {
    if (!isTemplateName(planned.template)) return [];
    const translations: Translations = TEMPLATES[planned.template];
    const language = translations[record.language] ? record.language : 'en';
    const rendered = renderTemplate(
      templateFor(planned.template, language),
      templateValues(planned.template, {
        record: after,
        content,
        secrets: { ...(planned.secrets ?? {}) } as Record<string, string>,
        params: planned.params ?? {},
        settings: deps.settings,
        language,
        recipient: planned.recipient,
        now: deps.now,
      }),
    );
    return [{ template: planned.template, subject: rendered.subject, text: rendered.text }];
  });
  return { language: record.language, notices };
}
