/*
 * Hash routes, so the console is plain static files (S3 needs no rewrite rules) and a change of view
 * never reloads the page, which would drop the in-memory token.
 */

export type Route =
  | { readonly view: 'queue' }
  | { readonly view: 'case'; readonly reference: string }
  | { readonly view: 'timeline' }
  | { readonly view: 'day'; readonly day: string; readonly teamId?: string }
  | { readonly view: 'team' }
  | { readonly view: 'report' };

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const params = new URLSearchParams(query);
  if (parts[0] === 'cases' && parts[1]) return { view: 'case', reference: parts[1] };
  if (parts[0] === 'timeline' && parts[1]) {
    const teamId = params.get('team') ?? undefined;
    return { view: 'day', day: parts[1], ...(teamId ? { teamId } : {}) };
  }
  if (parts[0] === 'timeline') return { view: 'timeline' };
  if (parts[0] === 'team') return { view: 'team' };
  if (parts[0] === 'report') return { view: 'report' };
  return { view: 'queue' };
}

export const href = {
  queue: () => '#/',
  case: (reference: string) => `#/cases/${encodeURIComponent(reference)}`,
  timeline: () => '#/timeline',
  day: (day: string, teamId?: string) =>
    `#/timeline/${day}${teamId ? `?team=${encodeURIComponent(teamId)}` : ''}`,
  team: () => '#/team',
  report: () => '#/report',
};
