import type { CognitoConsoleSettings } from '../../staff-console-hosting.ts';
import { StaffApi, type StaffProfile } from './api.ts';

/*
 * Signing in. Locally: the development issuer signs a token for a configured staff member chosen
 * from a list (the local runtime's /local/staff-sign-in, which exists nowhere else). In AWS: Cognito's
 * hosted UI with the authorization code flow and PKCE. Either way the token lives only in memory.
 * The PKCE verifier and state must survive the round trip to the hosted UI, so they wait in
 * sessionStorage for that one redirect and are removed on return; they are not tokens, and the
 * code they redeem is single-use.
 */

export type ConsoleSettings =
  | { readonly signIn: 'local'; readonly apiBase: string }
  // Written by the deployment (web/staff-console-hosting.ts) as config.json.
  | CognitoConsoleSettings;

export interface Session {
  readonly api: StaffApi;
  readonly profile: StaffProfile;
  readonly signOut: () => void;
}

export interface LocalStaff {
  readonly email: string;
  readonly name: string;
  readonly role: string;
  readonly teams: readonly string[];
}

export async function loadSettings(): Promise<ConsoleSettings> {
  const response = await fetch('config.json', { cache: 'no-store', credentials: 'omit' });
  if (!response.ok) throw new Error(`config.json: ${response.status}`);
  return (await response.json()) as ConsoleSettings;
}

export async function localStaff(): Promise<LocalStaff[]> {
  const response = await fetch('/local/staff-sign-in', { cache: 'no-store', credentials: 'omit' });
  if (!response.ok) throw new Error(`sign-in list: ${response.status}`);
  return ((await response.json()) as { staff: LocalStaff[] }).staff;
}

export async function localSignIn(
  settings: ConsoleSettings,
  email: string,
): Promise<Omit<Session, 'signOut'>> {
  const response = await fetch('/local/staff-sign-in/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email }),
    credentials: 'omit',
  });
  if (!response.ok) throw new Error(`sign-in: ${response.status}`);
  const { token, profile } = (await response.json()) as { token: string; profile: StaffProfile };
  return { api: new StaffApi(settings.apiBase, token), profile };
}

const PKCE_KEY = 'privacy-desk-console-pkce';

/**
 * Why a return from the hosted UI did not sign in: `state` (not the sign-in this browser began, or
 * began in another tab), `refused` (the hosted UI said no; `detail` is its reason) or `exchange`
 * (the code was not redeemed; `detail` is the status). The console words it in the reader's language.
 */
export class SignInReturnError extends Error {
  constructor(
    readonly reason: 'state' | 'refused' | 'exchange',
    readonly detail = '',
  ) {
    super(`sign-in return: ${reason}${detail ? ` (${detail})` : ''}`);
    this.name = 'SignInReturnError';
  }
}

const base64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

const randomString = () => base64url(crypto.getRandomValues(new Uint8Array(32)));

export async function startCognitoSignIn(settings: Extract<ConsoleSettings, { signIn: 'cognito' }>) {
  const verifier = randomString();
  const state = randomString();
  const challenge = base64url(
    new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))),
  );
  // The route (a case page an email links to) comes back with the verifier: the hosted UI returns
  // to the bare callback URL.
  sessionStorage.setItem(PKCE_KEY, JSON.stringify({ verifier, state, route: location.hash }));
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: settings.clientId,
    redirect_uri: settings.redirectUri,
    scope: 'openid email',
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  });
  location.assign(`${settings.authDomain}/oauth2/authorize?${query}`);
}

/** On the way back from the hosted UI: redeems the code for tokens; undefined when not returning. */
export async function completeCognitoSignIn(
  settings: Extract<ConsoleSettings, { signIn: 'cognito' }>,
): Promise<Omit<Session, 'signOut'> | undefined> {
  const params = new URLSearchParams(location.search);
  const code = params.get('code');
  // A refused sign-in (a disabled user, a cancelled second factor) comes back with an error instead.
  const refused = params.get('error');
  if (!code && !refused) return undefined;
  const saved = sessionStorage.getItem(PKCE_KEY);
  sessionStorage.removeItem(PKCE_KEY);
  const { verifier, state, route } = saved
    ? (JSON.parse(saved) as { verifier: string; state: string; route?: string })
    : { verifier: '', state: '' };
  history.replaceState(null, '', `${settings.redirectUri}${route?.startsWith('#/') ? route : ''}`);
  if (!verifier || params.get('state') !== state) throw new SignInReturnError('state');
  if (refused || !code)
    throw new SignInReturnError('refused', params.get('error_description') || refused || '');
  const response = await fetch(`${settings.authDomain}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: settings.clientId,
      code,
      redirect_uri: settings.redirectUri,
      code_verifier: verifier,
    }),
    credentials: 'omit',
  });
  if (!response.ok) throw new SignInReturnError('exchange', String(response.status));
  const { id_token: idToken } = (await response.json()) as { id_token: string };
  const api = new StaffApi(settings.apiBase, idToken);
  return { api, profile: await api.me() };
}

export function cognitoSignOutUrl(settings: Extract<ConsoleSettings, { signIn: 'cognito' }>): string {
  const query = new URLSearchParams({ client_id: settings.clientId, logout_uri: settings.redirectUri });
  return `${settings.authDomain}/logout?${query}`;
}
