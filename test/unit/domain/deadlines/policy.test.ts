import { describe, expect, it } from 'vitest';
import { DEFAULT_DEADLINE_POLICY, DeadlinePolicySchema } from '../../../../domain/deadlines/index.ts';

describe('DeadlinePolicySchema', () => {
  it('defaults every field', () => {
    // Assess
    expect(DEFAULT_DEADLINE_POLICY).toEqual({
      clockStart: 'receipt',
      pausesEnabled: false,
      marketingOptOutWorkingDays: 2,
      questionFirstAnswerWorkingDays: 5,
      questionResolutionDays: 30,
      complaintFirstAnswerWorkingDays: 5,
      complaintResolutionDays: 30,
      breachHours: 72,
      holidays: {},
    });
  });

  it('DEFAULT_DEADLINE_POLICY equals what the schema makes of an empty policy', () => {
    expect(DEFAULT_DEADLINE_POLICY).toEqual(DeadlinePolicySchema.parse({}));
  });

  it('keeps the defaults of fields a deployment leaves out', () => {
    // Act
    const policy = DeadlinePolicySchema.parse({ clockStart: 'verification', pausesEnabled: true });

    // Assess
    expect(policy).toEqual({ ...DEFAULT_DEADLINE_POLICY, clockStart: 'verification', pausesEnabled: true });
  });

  it.each([
    { field: 'breachHours', value: 73 },
    { field: 'breachHours', value: 0 },
    { field: 'marketingOptOutWorkingDays', value: 1.5 },
    { field: 'questionResolutionDays', value: -1 },
    { field: 'clockStart', value: 'whenever' },
  ])('rejects $field = $value', ({ field, value }) => {
    // Act
    const result = DeadlinePolicySchema.safeParse({ [field]: value });

    // Assess
    expect(result.success).toBe(false);
  });
});
