import { randomUUID } from 'node:crypto';
import type { CaseRecord } from '../../domain/case-model.ts';
import type { NewCase } from '../../domain/case-store.ts';

/** A valid web-form submission; override what a test is about. Unique email per call. */
export function validSubmission(overrides: Record<string, unknown> = {}) {
  return {
    type: 'question',
    name: 'Anna de Vries',
    email: `anna.${randomUUID().slice(0, 8)}@example.com`,
    relationship: 'customer_user',
    country: 'NL',
    language: 'en',
    message: 'Which of my data do you keep, and for how long?',
    ...overrides,
  };
}

/** A stored case as intake would write it, for tests that start further down the pipeline. */
export function newCaseFixture(overrides: Partial<CaseRecord> = {}): NewCase {
  const caseId = overrides.caseId ?? randomUUID();
  const receivedAt = overrides.receivedAt ?? new Date().toISOString();
  const record: CaseRecord = {
    caseId,
    reference: `PD-${randomUUID().slice(0, 4).toUpperCase()}-${randomUUID().slice(0, 4).toUpperCase()}`,
    type: 'question',
    status: 'received',
    language: 'en',
    country: 'NL',
    relationship: 'customer_user',
    receivedAt,
    deadline: {
      dueAt: '2030-01-01T22:59:59.999Z',
      dueDate: '2030-01-01',
      rolledForwardFrom: null,
      clockStartedAt: receivedAt,
      basis: 'calendar_days',
      originalDueAt: '2030-01-01T22:59:59.999Z',
      extendedMonths: 0,
      country: 'NL',
      timeZone: 'Europe/Amsterdam',
    },
    teamId: 'nl-privacy',
    controllerIsCustomer: false,
    emailHash: 'f'.repeat(64),
    accessTokenHash: 'a'.repeat(64),
    content: 'sealed',
    ...overrides,
  };
  return {
    record,
    audit: { caseId, at: receivedAt, action: 'case.received', actor: 'requester' },
    duplicateMarker: { key: randomUUID(), expiresAt: '2030-01-01T00:00:00.000Z', sealedResponse: 'sealed' },
    notifications: [],
  };
}
