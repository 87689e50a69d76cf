import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exportJWK, generateKeyPair, importJWK, type JWK, SignJWT } from 'jose';
import type { StaffRole } from '../domain/staff/staff-identity.ts';
import type { LocalRoute } from './gateway.ts';

/*
 * The local stand-in for the Cognito user pool: a real RSA signing key made on first start into the
 * data folder (never committed), its public half published as a JWKS where Cognito publishes a
 * pool's (`<issuer>/.well-known/jwks.json`), and tokens shaped like Cognito ID tokens (`token_use`
 * `id`, `email`, `cognito:groups`). The staff functions verify them with the very code they use in
 * AWS (adapters/auth/staff-auth.ts); only the three STAFF_AUTH_ENV values differ.
 */

export const DEV_ISSUER_PATH = '/local/staff-issuer';
export const DEV_JWKS_PATH = `${DEV_ISSUER_PATH}/.well-known/jwks.json`;
/** The `aud` of local tokens: the app client id in AWS. */
export const DEV_STAFF_AUDIENCE = 'privacy-desk-local-console';
/** A working day: long enough for a demo, short enough that a copied token dies. */
export const DEV_TOKEN_SECONDS = 8 * 60 * 60;

interface DevIssuerKey {
  readonly kid: string;
  readonly privateJwk: JWK;
  readonly publicJwk: JWK;
}

/** The issuer URL of the local desk whose links start with `publicBaseUrl` (`http://localhost:3000`). */
export function devIssuerUrl(publicBaseUrl: string): string {
  return `${publicBaseUrl.replace(/\/+$/, '')}${DEV_ISSUER_PATH}`;
}

/** Makes the signing key on first start (owner-readable only); returns the file. */
export async function ensureDevIssuerKey(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'staff-issuer-key.json');
  if (existsSync(file)) return file;
  mkdirSync(dataDir, { recursive: true });
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = randomUUID();
  const key: DevIssuerKey = {
    kid,
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' },
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' },
  };
  try {
    writeFileSync(file, `${JSON.stringify(key, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Another desk on the same folder made it first: use theirs.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return file;
}

function readKey(file: string): DevIssuerKey {
  return JSON.parse(readFileSync(file, 'utf8')) as DevIssuerKey;
}

/** Serves the issuer's JWKS (and a minimal discovery document) on the gateway. */
export function devIssuerRoute(keyFile: string, issuer: () => string): LocalRoute {
  return async (request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (request.method !== 'GET' || !pathname.startsWith(DEV_ISSUER_PATH)) return false;
    let body: unknown;
    if (pathname === DEV_JWKS_PATH) {
      body = { keys: [readKey(keyFile).publicJwk] };
    } else if (pathname === `${DEV_ISSUER_PATH}/.well-known/openid-configuration`) {
      body = {
        issuer: issuer(),
        jwks_uri: `${issuer()}/.well-known/jwks.json`,
        id_token_signing_alg_values_supported: ['RS256'],
      };
    } else {
      return false;
    }
    response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'max-age=300' });
    response.end(JSON.stringify(body));
    return true;
  };
}

export interface DevTokenRequest {
  readonly keyFile: string;
  readonly issuer: string;
  readonly audience?: string;
  readonly email: string;
  readonly role: StaffRole;
  readonly now?: Date;
  readonly expiresInSeconds?: number;
}

/** A token shaped like a Cognito ID token for a staff member, signed with the local key. */
export async function signDevStaffToken(request: DevTokenRequest): Promise<string> {
  const key = readKey(request.keyFile);
  const privateKey = await importJWK(key.privateJwk, 'RS256');
  const issuedAt = Math.floor((request.now ?? new Date()).getTime() / 1000);
  const email = request.email.trim().toLowerCase();
  return (
    new SignJWT({
      email,
      email_verified: true,
      token_use: 'id',
      'cognito:groups': [request.role],
    })
      .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' })
      .setIssuer(request.issuer)
      .setAudience(request.audience ?? DEV_STAFF_AUDIENCE)
      // A stable subject per address, as a user pool keeps one per user.
      .setSubject(createHash('sha256').update(email).digest('hex').slice(0, 32))
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + (request.expiresInSeconds ?? DEV_TOKEN_SECONDS))
      .sign(privateKey)
  );
}
