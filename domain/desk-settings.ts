import type { DeskConfig } from './config/desk-config.ts';
import { type DeadlinePolicy, DeadlinePolicySchema } from './deadlines/index.ts';

/** The validated configuration, with the parts other modules own already parsed. */
export interface DeskSettings {
  readonly config: DeskConfig;
  readonly deadlinePolicy: DeadlinePolicy;
  /** Without a trailing slash. */
  readonly publicBaseUrl: string;
}

export function deskSettings(config: DeskConfig): DeskSettings {
  return {
    config,
    deadlinePolicy: DeadlinePolicySchema.parse(config.deadlines ?? {}),
    publicBaseUrl: config.publicBaseUrl.replace(/\/+$/, ''),
  };
}
