/*
 * What the staff console is served with, wherever it is served: its Content-Security-Policy and,
 * for the hosted sign-in, its settings (config.json). The CDK construct, the local runtime and the
 * browser tests all build them here, so a test of the Cognito sign-in runs under what ships.
 */

/** The settings of a console that signs in through Cognito's hosted UI (the console's config.json). */
export interface CognitoConsoleSettings {
  readonly signIn: 'cognito';
  /** Where the console sends its API requests (an origin, no trailing slash). */
  readonly apiBase: string;
  /** The hosted UI's domain, e.g. https://desk-staff.auth.eu-north-1.amazoncognito.com */
  readonly authDomain: string;
  readonly clientId: string;
  /** This console's URL, registered as the app client's callback and sign-out URL. */
  readonly redirectUri: string;
}

export function cognitoConsoleSettings(props: {
  readonly apiUrl: string;
  readonly authDomain: string;
  readonly clientId: string;
  readonly consoleUrl: string;
}): CognitoConsoleSettings {
  return {
    signIn: 'cognito',
    apiBase: props.apiUrl.replace(/\/+$/, ''),
    authDomain: props.authDomain,
    clientId: props.clientId,
    redirectUri: props.consoleUrl,
  };
}

/**
 * The console's Content-Security-Policy: its own scripts and styles, nothing inline, and requests
 * to its own origin plus the API's and the hosted UI's (the token exchange) when they are elsewhere.
 */
export function staffConsoleCsp(origins: { readonly api?: string; readonly signIn?: string } = {}): string {
  const connect = [origins.api, origins.signIn].filter(Boolean).map((origin) => ` ${origin}`);
  const signIn = origins.signIn ? ` ${origins.signIn}` : '';
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self'${connect.join('')}`,
    `form-action 'self'${signIn}`,
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
