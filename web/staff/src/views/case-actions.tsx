import { useState } from 'preact/hooks';
import type { CaseAction, CaseDetail } from '../api.ts';
import { useConsole } from '../context.ts';
import { OUTCOME_LABELS, type TextKey } from '../i18n.ts';
import { TypeOptions } from '../ui.tsx';
import { ConfirmAction } from './confirm-action.tsx';

/* The actions on an open case: a form per action, confirmed in a dialog before it is applied. */

export type ActionName = CaseAction['action'];
const ACTION_KEYS: Record<ActionName, TextKey> = {
  reply: 'actionReply',
  note: 'actionNote',
  assign: 'actionAssign',
  change_type: 'actionChangeType',
  extend: 'actionExtend',
  pause: 'actionPause',
  resume: 'actionResume',
  close: 'actionClose',
  refuse: 'actionRefuse',
  breach: 'actionBreach',
};
/** The breach register's fields (Art. 33(5)): dates in date inputs, the rest as text. */
const BREACH_FIELDS = [
  ['notified', 'fieldBreachNotified', 'date'],
  ['notNotifiedReason', 'fieldBreachNotNotified', 'text'],
  ['informed', 'fieldBreachInformed', 'date'],
  ['notInformedReason', 'fieldBreachNotInformed', 'text'],
  ['remedy', 'fieldBreachRemedy', 'text'],
] as const satisfies readonly (readonly [string, TextKey, 'date' | 'text'])[];
const NEEDS_REASON = new Set(['refused', 'partially_fulfilled']);
const CLOSABLE_OUTCOMES = ['fulfilled', 'partially_fulfilled', 'refused', 'redirected', 'withdrawn'];

export function ActionPanel({ detail, onDone }: { detail: CaseDetail; onDone: (message: string) => void }) {
  const { session, tr } = useConsole();
  const { t } = tr;
  const [name, setName] = useState<ActionName>('reply');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [pending, setPending] = useState<CaseAction | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const team = session.profile.teams.find((candidate) => candidate.id === detail.teamId);
  const field = (key: string) => fields[key] ?? '';
  const set = (key: string) => (event: { currentTarget: { value: string } }) =>
    setFields({ ...fields, [key]: event.currentTarget.value });
  const optionalMessage = () => (field('message').trim() ? { message: field('message').trim() } : {});

  const build = (): CaseAction | string => {
    switch (name) {
      case 'reply':
        return { action: 'reply', text: field('text') };
      case 'note':
        return { action: 'note', text: field('text') };
      case 'assign':
        return {
          action: 'assign',
          memberId: field('memberId') || (team?.members[0]?.id ?? ''),
          ...optionalMessage(),
        };
      case 'change_type':
        return {
          action: 'change_type',
          type: (field('type') || detail.type) as CaseDetail['type'],
          ...optionalMessage(),
        };
      case 'extend':
        return {
          action: 'extend',
          months: field('months') === '2' ? 2 : 1,
          reason: field('reason'),
          ...optionalMessage(),
        };
      case 'pause':
        return { action: 'pause', reason: field('reason'), ...optionalMessage() };
      case 'resume':
        return { action: 'resume', ...optionalMessage() };
      case 'close': {
        const outcome = (field('outcome') || 'fulfilled') as 'fulfilled';
        if (NEEDS_REASON.has(outcome) && !field('reason').trim()) return t('reasonNeeded');
        return {
          action: 'close',
          outcome,
          ...(NEEDS_REASON.has(outcome) ? { reason: field('reason').trim() } : {}),
          ...optionalMessage(),
        };
      }
      case 'refuse':
        if (!field('reason').trim()) return t('reasonNeeded');
        return { action: 'refuse', reason: field('reason').trim(), ...optionalMessage() };
      case 'breach': {
        const given = Object.fromEntries(
          BREACH_FIELDS.map(([key]) => [key, field(key).trim()]).filter(([, value]) => value !== ''),
        );
        if (Object.keys(given).length === 0) return t('breachNeedsOne');
        return { action: 'breach', ...given };
      }
    }
  };

  const available: ActionName[] = [
    'reply',
    'note',
    'assign',
    'change_type',
    'extend',
    ...(detail.paused ? (['resume'] as const) : (['pause'] as const)),
    'close',
    'refuse',
    ...(detail.type === 'breach_report' ? (['breach'] as const) : []),
  ];
  const outcome = field('outcome') || 'fulfilled';

  return (
    <form
      class="action-form"
      onSubmit={(event) => {
        event.preventDefault();
        const action = build();
        if (typeof action === 'string') {
          setProblem(action);
          return;
        }
        setProblem(undefined);
        setPending(action);
      }}
    >
      <div class="field">
        <label for="action">{t('sectionActions')}</label>
        <select
          id="action"
          value={name}
          onChange={(e) => {
            setName(e.currentTarget.value as ActionName);
            setProblem(undefined);
          }}
        >
          {available.map((action) => (
            <option key={action} value={action}>
              {t(ACTION_KEYS[action])}
            </option>
          ))}
        </select>
      </div>
      {(name === 'reply' || name === 'note') && (
        <div class="field">
          <label for="a-text">{t('fieldText')}</label>
          <textarea id="a-text" rows={5} required value={field('text')} onInput={set('text')} />
        </div>
      )}
      {name === 'assign' && (
        <div class="field">
          <label for="a-member">{t('fieldMember')}</label>
          <select id="a-member" value={field('memberId')} onChange={set('memberId')}>
            {(team?.members ?? []).map((member) => (
              <option key={member.id} value={member.id}>
                {member.active ? member.name : t('memberUnavailable', { name: member.name })}
              </option>
            ))}
          </select>
        </div>
      )}
      {name === 'change_type' && (
        <div class="field">
          <label for="a-type">{t('fieldType')}</label>
          <select id="a-type" value={field('type') || detail.type} onChange={set('type')}>
            <TypeOptions language={tr.language} />
          </select>
        </div>
      )}
      {name === 'extend' && (
        <div class="field">
          <label for="a-months">{t('fieldMonths')}</label>
          <select id="a-months" value={field('months') || '1'} onChange={set('months')}>
            <option value="1">1</option>
            <option value="2">2</option>
          </select>
        </div>
      )}
      {name === 'close' && (
        <div class="field">
          <label for="a-outcome">{t('fieldOutcome')}</label>
          <select id="a-outcome" value={outcome} onChange={set('outcome')}>
            {CLOSABLE_OUTCOMES.map((value) => (
              <option key={value} value={value}>
                {OUTCOME_LABELS[tr.language][value]}
              </option>
            ))}
          </select>
        </div>
      )}
      {(name === 'extend' ||
        name === 'pause' ||
        name === 'refuse' ||
        (name === 'close' && NEEDS_REASON.has(outcome))) && (
        <div class="field">
          <label for="a-reason">
            {name === 'pause' ? t('fieldReasonInternal') : t('fieldReasonToRequester')}
          </label>
          <textarea
            id="a-reason"
            rows={3}
            required
            aria-describedby={problem ? 'a-problem' : undefined}
            value={field('reason')}
            onInput={set('reason')}
          />
        </div>
      )}
      {name === 'breach' &&
        BREACH_FIELDS.map(([key, label, kind]) => (
          <div class="field" key={key}>
            <label for={`a-${key}`}>{t(label)}</label>
            {kind === 'date' ? (
              <input id={`a-${key}`} type="date" value={field(key)} onInput={set(key)} />
            ) : (
              <textarea id={`a-${key}`} rows={2} value={field(key)} onInput={set(key)} />
            )}
          </div>
        ))}
      {name !== 'reply' && name !== 'note' && name !== 'breach' && (
        <div class="field">
          <label for="a-message">{t('fieldMessage')}</label>
          <textarea id="a-message" rows={3} value={field('message')} onInput={set('message')} />
        </div>
      )}
      {problem && (
        <p id="a-problem" class="notice notice-error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" class="primary">
        {t('continue')}
      </button>
      {pending && (
        <ConfirmAction
          detail={detail}
          action={pending}
          label={t(ACTION_KEYS[pending.action])}
          onCancel={() => setPending(undefined)}
          onDone={(message) => {
            setPending(undefined);
            setFields({});
            onDone(message);
          }}
        />
      )}
    </form>
  );
}
