/** Rule ids are named in audit events beside these two reserved forms. */
export const DEFAULT_RULE_ID = 'default';
export const PROCESSOR_RULE_PREFIX = 'processor:';
