import { useState } from 'preact/hooks';
import type { CaseDetail } from '../api.ts';
import { useConsole } from '../context.ts';
import type { TextKey } from '../i18n.ts';
import { href } from '../router.ts';
import { DueBadge, memberName, Show, teamName, useLoad } from '../ui.tsx';
import { ActionPanel } from './case-actions.tsx';
import { AuditSection, DeadlinesSection, RequestSection, ThreadSection } from './case-sections.tsx';

const PURPOSES: readonly [string, TextKey][] = [
  ['handling', 'purposeHandling'],
  ['supervision', 'purposeSupervision'],
  ['quality_review', 'purposeQuality'],
  ['complaint', 'purposeComplaint'],
  ['audit', 'purposeAudit'],
];

/** The case: what was asked, the thread, the deadlines, the audit trail and the actions. */
export function CasePage({ reference, now }: { reference: string; now: Date }) {
  const { session, tr } = useConsole();
  const { t } = tr;
  const defaultPurpose = session.profile.role === 'representative' ? 'handling' : 'supervision';
  const [purpose, setPurpose] = useState(defaultPurpose);
  const [opened, setOpened] = useState<string | undefined>(undefined);
  const [done, setDone] = useState<string | undefined>(undefined);
  const [loaded, reload] = useLoad(
    () => (opened ? session.api.getCase(reference, opened) : Promise.resolve(undefined)),
    `${reference}|${opened ?? ''}`,
  );

  return (
    <>
      <p>
        <a href={href.queue()}>← {t('backToQueue')}</a>
      </p>
      <h1>{t('caseTitle', { reference })}</h1>
      {!opened ? (
        <form
          class="purpose"
          onSubmit={(event) => {
            event.preventDefault();
            setOpened(purpose);
          }}
        >
          <p id="purpose-note">{t('purposeNote')}</p>
          <div class="field">
            <label for="purpose">{t('purpose')}</label>
            <select
              id="purpose"
              aria-describedby="purpose-note"
              value={purpose}
              onChange={(e) => setPurpose(e.currentTarget.value)}
            >
              {PURPOSES.map(([value, key]) => (
                <option key={value} value={value}>
                  {t(key)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" class="primary">
            {t('openCase')}
          </button>
        </form>
      ) : (
        <Show loaded={loaded} retry={reload}>
          {(detail) =>
            detail && (
              <CaseDetailView
                detail={detail}
                now={now}
                done={done}
                onDone={(message) => {
                  setDone(message);
                  reload();
                }}
              />
            )
          }
        </Show>
      )}
    </>
  );
}

function CaseDetailView({
  detail,
  now,
  done,
  onDone,
}: {
  detail: CaseDetail;
  now: Date;
  done: string | undefined;
  onDone: (message: string) => void;
}) {
  const { session, tr } = useConsole();
  const { t } = tr;
  return (
    <>
      {done && (
        <p class="notice notice-ok" role="status">
          {done}
        </p>
      )}
      <dl class="facts">
        <div>
          <dt>{t('colStatus')}</dt>
          <dd data-testid="case-status">
            {tr.status(detail.status)}
            {detail.outcome && `: ${tr.outcome(detail.outcome)}`}
          </dd>
        </div>
        <div>
          <dt>{t('colSignal')}</dt>
          <dd>
            <DueBadge entry={detail} now={now} />
          </dd>
        </div>
        <div>
          <dt>{t('colType')}</dt>
          <dd>{tr.type(detail.type)}</dd>
        </div>
        <div>
          <dt>{t('colTeam')}</dt>
          <dd>{teamName(session.profile, detail.teamId)}</dd>
        </div>
        <div>
          <dt>{t('colAssignee')}</dt>
          <dd>{memberName(session.profile, detail.assigneeId) ?? t('unassigned')}</dd>
        </div>
        <div>
          <dt>{t('channel')}</dt>
          <dd>{detail.channel}</dd>
        </div>
      </dl>

      <RequestSection detail={detail} />
      <DeadlinesSection detail={detail} />
      <ThreadSection detail={detail} />
      <section aria-labelledby="h-actions">
        <h2 id="h-actions">{t('sectionActions')}</h2>
        {detail.status === 'closed' ? (
          <p>{t('closedCase')}</p>
        ) : detail.access !== 'act' ? (
          <p>{t('readOnlyCase')}</p>
        ) : (
          <ActionPanel detail={detail} onDone={onDone} />
        )}
      </section>
      <AuditSection detail={detail} />
    </>
  );
}
