/** What an opt-out stops: marketing email, and profiling for marketing. */
export const OPT_OUT_SCOPES = ['marketing_email', 'profiling'] as const;
export type OptOutScope = (typeof OPT_OUT_SCOPES)[number];
