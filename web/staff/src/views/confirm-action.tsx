import { useEffect, useRef, useState } from 'preact/hooks';
import type { CaseAction, CaseDetail, NoticePreview } from '../api.ts';
import { useConsole } from '../context.ts';
import { LANGUAGE_NAMES } from '../i18n.ts';
import { ErrorBox, errorText } from '../ui.tsx';

/**
 * The dialog that confirms an action: the notices the requester would get, rendered by the desk in
 * the requester's language, then the action applied once (one idempotency key per dialog).
 */
/** Actions whose notice the requester gets: previewed before they are confirmed. */
const TOLD_TO_REQUESTER = new Set<CaseAction['action']>([
  'reply',
  'extend',
  'close',
  'refuse',
  'change_type',
]);

export function ConfirmAction({
  detail,
  action,
  label,
  onCancel,
  onDone,
}: {
  detail: CaseDetail;
  action: CaseAction;
  label: string;
  onCancel: () => void;
  onDone: (message: string) => void;
}) {
  const { session, tr } = useConsole();
  const { t } = tr;
  const dialog = useRef<HTMLDialogElement>(null);
  // One key per confirmation: a double click or a retry after a lost answer applies it once.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [preview, setPreview] = useState<NoticePreview | { error: unknown } | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(undefined);
  const told = TOLD_TO_REQUESTER.has(action.action);

  useEffect(() => {
    dialog.current?.showModal();
    if (!told) return;
    session.api
      .previewNotice(detail.reference, action)
      .then(setPreview, (error: unknown) => setPreview({ error }));
  }, []);

  const confirm = async () => {
    setBusy(true);
    try {
      const result = await session.api.act(detail.reference, action, idempotencyKey);
      onDone(
        result.duplicate
          ? t('actionDuplicate')
          : t('actionDone', { action: label, count: result.notifications }),
      );
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      class="confirm"
      aria-labelledby="confirm-title"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="confirm-title">{t('confirmTitle', { action: label })}</h2>
      <p>{t('confirmQuestion', { action: label.toLowerCase(), reference: detail.reference })}</p>
      {told ? (
        preview === undefined ? (
          <p role="status">{t('loading')}</p>
        ) : 'error' in preview ? (
          <p class="notice notice-warn">{t('noticeUnavailable', { reason: errorText(preview.error) })}</p>
        ) : preview.notices.length === 0 ? (
          <p>{t('noticeNone')}</p>
        ) : (
          <section class="notice-preview" aria-labelledby="notice-title" lang={preview.language}>
            <h3 id="notice-title" lang={tr.language}>
              {t('noticeTitle', { language: LANGUAGE_NAMES[preview.language] ?? preview.language })}
            </h3>
            {preview.notices.map((notice) => (
              <div key={notice.subject} class="notice-mail">
                <p class="thread-subject">{notice.subject}</p>
                <pre class="thread-text">{notice.text}</pre>
              </div>
            ))}
          </section>
        )
      ) : (
        <p>{t('noticeNone')}</p>
      )}
      {failure !== undefined && <ErrorBox error={failure} />}
      <div class="buttons">
        <button type="button" class="primary" onClick={confirm} disabled={busy}>
          {t('confirm')}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('cancel')}
        </button>
      </div>
    </dialog>
  );
}
