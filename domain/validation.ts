import type * as z from 'zod';
import { type FieldIssue, ValidationError } from './errors.ts';

/** Field path and reason of every zod issue; never the input value. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.map(String).join('.') : '(body)',
    message: issue.message,
  }));
}

export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new ValidationError(toFieldIssues(result.error));
  }
  return result.data;
}
