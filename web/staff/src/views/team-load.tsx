import type { CaseSummary } from '../api.ts';
import { useConsole } from '../context.ts';
import { dueSignal } from '../due-signal.ts';
import { Show, useLoad } from '../ui.tsx';

interface Load {
  open: number;
  overdue: number;
  due7: number;
}

/** Open cases per member of the teams the person manages (all teams for the DPO). */
export function TeamLoadView({ now }: { now: Date }) {
  const { session, tr } = useConsole();
  const { t } = tr;
  const managed = session.profile.teams.filter((team) => team.managed);
  const [loaded, retry] = useLoad(async () => {
    const entries = await Promise.all(
      managed.map(async (team) => [team.id, await session.api.listAll({ team: team.id })] as const),
    );
    return new Map<string, CaseSummary[]>(entries);
  }, managed.map((team) => team.id).join());
  if (managed.length === 0) {
    return (
      <>
        <h1>{t('teamTitle')}</h1>
        <p>{t('teamOnlyManagers')}</p>
      </>
    );
  }
  return (
    <>
      <h1>{t('teamTitle')}</h1>
      <p>{t('teamIntro')}</p>
      <Show loaded={loaded} retry={retry}>
        {(byTeam) =>
          managed.map((team) => {
            const loads = new Map<string, Load>();
            for (const entry of byTeam.get(team.id) ?? []) {
              const key = entry.assigneeId ?? '';
              const load = loads.get(key) ?? { open: 0, overdue: 0, due7: 0 };
              const signal = dueSignal(entry, now);
              load.open += 1;
              if (signal.level === 'overdue') load.overdue += 1;
              if (signal.level === 'due2' || signal.level === 'due7') load.due7 += 1;
              loads.set(key, load);
            }
            const none = { open: 0, overdue: 0, due7: 0 };
            const unassigned = loads.get('') ?? none;
            return (
              <table key={team.id} class="load" data-team={team.id}>
                <caption>{team.name}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('colMember')}</th>
                    <th scope="col">{t('colAvailable')}</th>
                    <th scope="col">{t('colLanguages')}</th>
                    <th scope="col">{t('colOpen')}</th>
                    <th scope="col">{t('colOverdue')}</th>
                    <th scope="col">{t('colDue7')}</th>
                  </tr>
                </thead>
                <tbody>
                  {team.members.map((member) => {
                    const load = loads.get(member.id) ?? none;
                    return (
                      <tr key={member.id} data-member={member.id} data-open={load.open}>
                        <th scope="row">{member.name}</th>
                        <td>{member.active ? t('yes') : t('no')}</td>
                        <td>{member.languages.join(', ')}</td>
                        <td>{load.open}</td>
                        <td>{load.overdue}</td>
                        <td>{load.due7}</td>
                      </tr>
                    );
                  })}
                  <tr data-member="" data-open={unassigned.open}>
                    <th scope="row">{t('unassignedRow')}</th>
                    <td>–</td>
                    <td>–</td>
                    <td>{unassigned.open}</td>
                    <td>{unassigned.overdue}</td>
                    <td>{unassigned.due7}</td>
                  </tr>
                </tbody>
              </table>
            );
          })
        }
      </Show>
    </>
  );
}
