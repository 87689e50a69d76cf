import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { DeskConfig } from '../domain/config/desk-config.ts';
import type { DeskState } from './desk-state.ts';

/* The settings of the service stack, and the small rules it applies to them. */

/** AWS's advice for Lambda event sources: the queue hides a message for six function timeouts. */
export const VISIBILITY_TIMEOUT_FACTOR = 6;

/** Asynchronous invocations (SES receipt rules) are retried this often before the failure queue. */
export const ASYNC_RETRY_ATTEMPTS = 2;

export interface DeskServiceProps {
  readonly state: DeskState;
  /** The validated configuration file: compiled into every function, and the source of the SES domains. */
  readonly config: DeskConfig;
  /** Repository root: FUNCTIONS entries are relative to it. */
  readonly projectRoot: string;
  /** Prefix of physical names, usually the stack name. */
  readonly namePrefix: string;
  /** Browser origins allowed to call the API; none means no CORS at all. */
  readonly corsOrigins: readonly string[];
  readonly throttle: { readonly rateLimit: number; readonly burstLimit: number };
  /** Recipients verified in SES while the account is in the sandbox. */
  readonly sesSandboxRecipients: readonly string[];
  /** The SES domain identities exist already and are not created by the stack. */
  readonly sesExistingIdentities: boolean;
  /** How long the functions' log groups and the API access log keep their entries. */
  readonly logRetention: RetentionDays;
  /** Callback (and sign-out) URLs of the staff console's sign-in. */
  readonly staffConsoleCallbackUrls: readonly string[];
  /** Cognito domain prefix of the staff sign-in pages (none: no hosted domain). */
  readonly staffSignInDomainPrefix?: string;
}

/** A local address: the example configuration's, useless in links that people click. */
export function isLoopback(url: string): boolean {
  return /^(localhost|127(\.\d+){3}|\[::1\])$/.test(new URL(url).hostname);
}
