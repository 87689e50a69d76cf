import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LocalRoute } from '../../local/gateway.ts';
import { staffConsoleFilesRoute } from '../../local/staff-console.ts';
import type { CognitoConsoleSettings } from '../../web/staff-console-hosting.ts';

/*
 * A stand-in for Cognito's hosted UI, as much of it as the staff console uses: the authorization
 * endpoint (authorization code with PKCE, S256 only), the token endpoint (form-encoded, each code
 * once, the verifier checked against the challenge) and the sign-out endpoint. It signs in one
 * person without a form; the id_token comes from the caller (the local development issuer, which
 * the desk's staff API trusts). It records what it saw, for the test to assert on.
 */

export interface Authorization {
  readonly code: string;
  readonly state: string;
  readonly challenge: string;
  readonly redirectUri: string;
}

export interface TokenExchange {
  readonly code: string;
  readonly verifier: string;
  /** What the endpoint answered: 'ok', or the OAuth error code it refused with. */
  readonly outcome: 'ok' | 'invalid_grant' | 'invalid_request' | 'invalid_client';
}

export interface FakeHostedUi {
  /** The hosted UI's domain (an origin), as config.json's authDomain. */
  readonly url: string;
  readonly authorizations: Authorization[];
  readonly exchanges: TokenExchange[];
  readonly logouts: { clientId: string | null; logoutUri: string | null }[];
  /** The next authorization returns with this state instead of the one it was given (a forged return). */
  forgeNextState(state: string): void;
  /** The next authorization is refused, as Cognito returns a denied or failed sign-in. */
  refuseNext(error: string, description: string): void;
  stop(): Promise<void>;
}

const base64urlSha256 = (text: string) => createHash('sha256').update(text).digest('base64url');

export async function startFakeHostedUi(options: {
  readonly clientId: string;
  readonly redirectUri: string;
  /** The id_token for the signed-in person (called once per successful exchange). */
  readonly idToken: () => Promise<string>;
}): Promise<FakeHostedUi> {
  const authorizations: Authorization[] = [];
  const exchanges: TokenExchange[] = [];
  const logouts: FakeHostedUi['logouts'] = [];
  const used = new Set<string>();
  let forgedState: string | undefined;
  let refusal: { error: string; description: string } | undefined;

  const redirect = (response: ServerResponse, location: string) => {
    response.writeHead(302, { location, 'cache-control': 'no-store' });
    response.end();
  };
  const plain = (response: ServerResponse, status: number, text: string) => {
    response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
    response.end(text);
  };

  const authorize = (url: URL, response: ServerResponse) => {
    const query = url.searchParams;
    // A wrong client or callback gets an error page, never a redirect (Cognito: redirect_mismatch).
    if (query.get('client_id') !== options.clientId) return plain(response, 400, 'invalid client_id');
    if (query.get('redirect_uri') !== options.redirectUri) return plain(response, 400, 'redirect_mismatch');
    const back = new URL(options.redirectUri);
    const state = query.get('state') ?? '';
    if (state) back.searchParams.set('state', state);
    const challenge = query.get('code_challenge') ?? '';
    if (
      query.get('response_type') !== 'code' ||
      query.get('code_challenge_method') !== 'S256' ||
      !/^[A-Za-z0-9_-]{43}$/.test(challenge)
    ) {
      back.searchParams.set('error', 'invalid_request');
      return redirect(response, back.href);
    }
    if (refusal) {
      back.searchParams.set('error', refusal.error);
      back.searchParams.set('error_description', refusal.description);
      refusal = undefined;
      return redirect(response, back.href);
    }
    const code = randomUUID();
    authorizations.push({ code, state, challenge, redirectUri: options.redirectUri });
    back.searchParams.set('code', code);
    if (forgedState !== undefined) {
      back.searchParams.set('state', forgedState);
      forgedState = undefined;
    }
    return redirect(response, back.href);
  };

  const token = async (request: IncomingMessage, body: string, response: ServerResponse) => {
    // Cognito answers the token endpoint's CORS with the caller's origin.
    const cors = {
      'access-control-allow-origin': request.headers.origin ?? '*',
      'access-control-allow-credentials': 'true',
      vary: 'Origin',
    };
    const answer = (status: number, value: unknown) => {
      response.writeHead(status, {
        'content-type': 'application/json',
        'cache-control': 'no-store',
        ...cors,
      });
      response.end(JSON.stringify(value));
    };
    if (!(request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
      return answer(400, { error: 'invalid_request' });
    }
    const form = new URLSearchParams(body);
    const code = form.get('code') ?? '';
    const verifier = form.get('code_verifier') ?? '';
    const refuse = (outcome: Exclude<TokenExchange['outcome'], 'ok'>) => {
      exchanges.push({ code, verifier, outcome });
      answer(400, { error: outcome });
    };
    if (form.get('client_id') !== options.clientId) return refuse('invalid_client');
    if (form.get('grant_type') !== 'authorization_code') return refuse('invalid_request');
    const authorization = authorizations.find((entry) => entry.code === code);
    // A code is spent by its first use, whatever that use's outcome.
    if (!authorization || used.has(code)) return refuse('invalid_grant');
    used.add(code);
    if (form.get('redirect_uri') !== authorization.redirectUri) return refuse('invalid_grant');
    if (!verifier || base64urlSha256(verifier) !== authorization.challenge) return refuse('invalid_grant');
    exchanges.push({ code, verifier, outcome: 'ok' });
    const idToken = await options.idToken();
    return answer(200, { id_token: idToken, access_token: idToken, token_type: 'Bearer', expires_in: 3600 });
  };

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const body = Buffer.concat(chunks).toString('utf8');
      if (request.method === 'GET' && url.pathname === '/oauth2/authorize') return authorize(url, response);
      if (request.method === 'POST' && url.pathname === '/oauth2/token') {
        token(request, body, response).catch((error: unknown) => plain(response, 500, String(error)));
        return;
      }
      if (request.method === 'GET' && url.pathname === '/logout') {
        const clientId = url.searchParams.get('client_id');
        const logoutUri = url.searchParams.get('logout_uri');
        logouts.push({ clientId, logoutUri });
        if (clientId !== options.clientId || logoutUri !== options.redirectUri) {
          return plain(response, 400, 'invalid logout request');
        }
        return redirect(response, logoutUri);
      }
      return plain(response, 404, 'not found');
    });
  });
  await new Promise<void>((resolve) => server.listen({ port: 0, host: '127.0.0.1' }, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    authorizations,
    exchanges,
    logouts,
    forgeNextState: (state) => {
      forgedState = state;
    },
    refuseNext: (error, description) => {
      refusal = { error, description };
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * The console as the deployment serves it, on the local gateway under `/staff/`: the built files,
 * minified, with the deployment's Content-Security-Policy, and config.json with the hosted
 * sign-in's settings. Built from the start, while the desk starts and is seeded.
 */
export function deployedStaffConsoleRoute(
  // A function: the settings name the gateway's own address, known once it listens.
  served: () => { readonly settings: CognitoConsoleSettings; readonly csp: string },
): LocalRoute {
  return staffConsoleFilesRoute({ served, minify: true, buildNow: true });
}
