import type { IncomingMessage, ServerResponse } from 'node:http';
import { loadDeskConfig } from '../domain/config/load-desk-config.ts';
import { staffIdentity } from '../domain/staff/staff-identity.ts';
import { staffProfile } from '../domain/staff/staff-profile.ts';
import { buildStaffConsole, type StaffConsoleFiles } from '../scripts/build-staff-console.ts';
import { staffConsoleCsp } from '../web/staff-console-hosting.ts';
import { signDevStaffToken } from './dev-issuer.ts';
import type { LocalRoute } from './gateway.ts';

/*
 * The staff console on the local gateway: its static files at /staff/ (built in memory on first
 * request), its settings at /staff/config.json, and the local sign-in, which only the local runtime
 * has: a list of the configured staff and a token from the development issuer for the one chosen.
 * In AWS the same files come from S3 behind CloudFront and people sign in with Cognito.
 */

export const STAFF_CONSOLE_PATH = '/staff/';
export const LOCAL_SIGN_IN_PATH = '/local/staff-sign-in';

/** The console's Content-Security-Policy: its own scripts, styles and API, nothing inline. */
export const STAFF_CONSOLE_CSP = staffConsoleCsp();

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

function send(
  response: ServerResponse,
  status: number,
  type: string,
  body: string | Uint8Array,
  csp = STAFF_CONSOLE_CSP,
) {
  response.writeHead(status, {
    'content-type': type,
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
    'cross-origin-opener-policy': 'same-origin',
  });
  response.end(body);
}

export interface StaffConsoleRouteOptions {
  readonly configFile: string;
  /** The development issuer's key file (startDeskServices makes it). */
  readonly issuerKeyFile: () => string;
  /** The issuer URL the staff functions expect (`iss`). */
  readonly issuer: () => string;
  /** The audience the staff functions expect (`aud`). */
  readonly audience: () => string;
}

export function staffConsoleRoute(options: StaffConsoleRouteOptions): LocalRoute {
  const consoleFiles = staffConsoleFilesRoute({
    served: () => ({ settings: { signIn: 'local', apiBase: '' }, csp: STAFF_CONSOLE_CSP }),
    minify: false,
  });
  return async (request: IncomingMessage, response: ServerResponse, body: Buffer) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (pathname === '/staff' && request.method === 'GET') {
      response.writeHead(308, { location: STAFF_CONSOLE_PATH });
      response.end();
      return true;
    }
    if (pathname === LOCAL_SIGN_IN_PATH || pathname === `${LOCAL_SIGN_IN_PATH}/token`) {
      return signIn(pathname, request, response, body, options);
    }
    return consoleFiles(request, response, body);
  };
}

/**
 * The console's built files and its config.json under `/staff/`, with the given settings and CSP
 * (a function: settings may name the gateway's own address, known once it listens). The local
 * console builds on first request; `buildNow` starts at once (a test overlapping it with start-up).
 */
export function staffConsoleFilesRoute(options: {
  readonly served: () => { readonly settings: object; readonly csp: string };
  readonly minify: boolean;
  readonly buildNow?: boolean;
}): LocalRoute {
  let files: Promise<StaffConsoleFiles> | undefined;
  const build = () => {
    files ??= buildStaffConsole({ minify: options.minify });
    return files;
  };
  if (options.buildNow) build().catch(() => undefined);
  return async (request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (request.method !== 'GET' || !pathname.startsWith(STAFF_CONSOLE_PATH)) return false;
    const name = pathname.slice(STAFF_CONSOLE_PATH.length) || 'index.html';
    if (name.includes('/')) return false;
    const { settings, csp } = options.served();
    if (name === 'config.json') {
      send(response, 200, CONTENT_TYPES['.json']!, JSON.stringify(settings), csp);
      return true;
    }
    const contents = (await build()).get(name);
    if (!contents) return false;
    send(
      response,
      200,
      CONTENT_TYPES[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream',
      contents,
      csp,
    );
    return true;
  };
}

/**
 * GET: the configured staff, to pick from. POST `/token` `{"email"}`: a token of the development
 * issuer for that person, and their console profile.
 */
async function signIn(
  pathname: string,
  request: IncomingMessage,
  response: ServerResponse,
  body: Buffer,
  options: StaffConsoleRouteOptions,
): Promise<boolean> {
  const config = loadDeskConfig(options.configFile);
  if (request.method === 'GET' && pathname === LOCAL_SIGN_IN_PATH) {
    const people = new Map<string, { email: string; name: string; role: string; teams: string[] }>();
    const add = (email: string) => {
      const identity = staffIdentity(config, email);
      if (!identity || people.has(identity.email.toLowerCase())) return;
      const profile = staffProfile(identity, config);
      people.set(identity.email.toLowerCase(), {
        email: identity.email,
        name: identity.name,
        role: identity.role,
        teams: profile.teams.map((team) => team.name),
      });
    };
    add(config.dpo.email);
    for (const team of config.teams) {
      add(team.manager.email);
      for (const member of team.members) add(member.email);
    }
    send(response, 200, CONTENT_TYPES['.json']!, JSON.stringify({ staff: [...people.values()] }));
    return true;
  }
  if (request.method === 'POST' && pathname === `${LOCAL_SIGN_IN_PATH}/token`) {
    let email: unknown;
    try {
      email = (JSON.parse(body.toString('utf8')) as { email?: unknown }).email;
    } catch {
      email = undefined;
    }
    const identity = typeof email === 'string' ? staffIdentity(config, email) : undefined;
    if (!identity) {
      send(response, 403, CONTENT_TYPES['.json']!, JSON.stringify({ message: 'Not configured staff' }));
      return true;
    }
    const token = await signDevStaffToken({
      keyFile: options.issuerKeyFile(),
      issuer: options.issuer(),
      audience: options.audience(),
      email: identity.email,
      role: identity.role,
    });
    send(
      response,
      200,
      CONTENT_TYPES['.json']!,
      JSON.stringify({ token, profile: staffProfile(identity, config) }),
    );
    return true;
  }
  return false;
}
