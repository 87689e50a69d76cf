import type { DeskConfig } from './config/desk-config.ts';
import { ConfigError } from './config/load-desk-config.ts';
import { type DeadlinePolicy, DeadlinePolicySchema } from './deadlines/index.ts';
import { type EscalationLadder, EscalationLadderSchema } from './escalation/index.ts';

/** The validated configuration, with the parts other modules own already parsed. */
export interface DeskSettings {
  readonly config: DeskConfig;
  readonly deadlinePolicy: DeadlinePolicy;
  /** The file's `escalation` field; every step has a default, so it may be left out. */
  readonly escalationLadder: EscalationLadder;
  /** Without a trailing slash. */
  readonly publicBaseUrl: string;
}

export function deskSettings(config: DeskConfig, source = 'desk config'): DeskSettings {
  return {
    config,
    deadlinePolicy: DeadlinePolicySchema.parse(config.deadlines ?? {}),
    escalationLadder: parseEscalationLadder(config.escalation, source),
    publicBaseUrl: config.publicBaseUrl.replace(/\/+$/, ''),
  };
}

/** The ladder, or a ConfigError naming each bad field as `escalation.<path>`. */
function parseEscalationLadder(value: unknown, source: string): EscalationLadder {
  const result = EscalationLadderSchema.safeParse(value ?? {});
  if (result.success) return result.data;
  throw new ConfigError(
    source,
    result.error.issues.map((issue) => ({
      field: ['escalation', ...issue.path.map(String)].join('.'),
      message: issue.message,
    })),
  );
}
