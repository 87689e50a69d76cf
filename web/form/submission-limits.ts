import * as z from 'zod';
import {
  BIDI_CONTROLS,
  CONTROL_CHARACTERS,
  LINE_OR_CONTROL,
  SubmissionSchema,
  ZERO_WIDTH,
} from '../../domain/intake/submission-schema.ts';
import { ISSUE_MESSAGE_KEYS } from '../pages/issue-messages.ts';

/** A field's limits as the browser checks them before sending. */
export interface FieldLimits {
  readonly required: boolean;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly options?: readonly string[];
  /** The schema's refinements this field has, by name (`checks` below). */
  readonly checks: readonly string[];
}

export interface SubmissionLimits {
  readonly fields: Readonly<Record<string, FieldLimits>>;
  /** Refinements: a field fails a check when the regular expression matches its value. */
  readonly checks: Readonly<Record<string, { readonly pattern: string; readonly key: string }>>;
  /** Server reasons and the page text for each (ISSUE_MESSAGE_KEYS). */
  readonly issueKeys: readonly (readonly [string, string])[];
}

/** The schema's refinements, which JSON Schema cannot say, with the fields that have them. */
const CHECKS = {
  singleLine: { pattern: LINE_OR_CONTROL.source, key: 'error.singleLine', fields: ['name', 'company'] },
  link: { pattern: ':\\/\\/', key: 'error.link', fields: ['name', 'company'] },
  bidi: { pattern: BIDI_CONTROLS.source, key: 'error.hidden', fields: ['name', 'company'] },
  zeroWidth: { pattern: ZERO_WIDTH.source, key: 'error.hidden', fields: ['name', 'company'] },
  control: { pattern: CONTROL_CHARACTERS.source, key: 'error.hidden', fields: ['message'] },
} as const;

interface JsonProperty {
  type?: string;
  maxLength?: number;
  pattern?: string;
  enum?: string[];
}

/**
 * The form's limits, derived from the submission schema (its JSON Schema, input side, plus the output
 * side's patterns such as the email address's): the browser checks what the server checks, and a
 * schema change shows up in the generated file (`npm run build:web`), never in a hand copy.
 */
export function submissionLimits(): SubmissionLimits {
  const schemaOf = (io: 'input' | 'output') => {
    const document = z.toJSONSchema(SubmissionSchema, { io, unrepresentable: 'any' }) as unknown as {
      $defs: { Submission: { properties: Record<string, JsonProperty>; required: string[] } };
    };
    return document.$defs.Submission;
  };
  const input = schemaOf('input');
  const output = schemaOf('output');
  const fields: Record<string, FieldLimits> = {};
  for (const [name, property] of Object.entries(input.properties)) {
    if (name === 'consent' || name === 'website') continue;
    const pattern = property.pattern ?? output.properties[name]?.pattern;
    fields[name] = {
      required: input.required.includes(name),
      ...(property.maxLength !== undefined ? { maxLength: property.maxLength } : {}),
      ...(pattern !== undefined && property.enum === undefined ? { pattern } : {}),
      ...(property.enum ? { options: property.enum } : {}),
      checks: Object.entries(CHECKS)
        .filter(([, check]) => (check.fields as readonly string[]).includes(name))
        .map(([check]) => check),
    };
  }
  return {
    fields,
    checks: Object.fromEntries(
      Object.entries(CHECKS).map(([name, check]) => [name, { pattern: check.pattern, key: check.key }]),
    ),
    issueKeys: ISSUE_MESSAGE_KEYS.map(([pattern, key]) => [pattern, key] as const),
  };
}

export const SUBMISSION_LIMITS_FILE = 'web/static/submission-limits.json';

export function submissionLimitsJson(): string {
  return `${JSON.stringify(submissionLimits(), null, 2)}\n`;
}
