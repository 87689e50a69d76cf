import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../domain/config/load-desk-config.ts';
import { deskSettings } from '../../../domain/desk-settings.ts';
import { DEFAULT_ESCALATION_LADDER } from '../../../domain/escalation/index.ts';
import { fixtureConfig } from '../../helpers/fixture-config.ts';

const config = fixtureConfig;

describe('deskSettings: escalation ladder', () => {
  it('uses the default ladder when the file has no escalation field', () => {
    expect(deskSettings(config).escalationLadder).toEqual(DEFAULT_ESCALATION_LADDER);
  });

  it('reads the escalation field', () => {
    const settings = deskSettings({
      ...config,
      escalation: { assigneeReminderDaysBefore: [5], dpoOverdueRepeatHours: 12 },
    });

    expect([
      settings.escalationLadder.assigneeReminderDaysBefore,
      settings.escalationLadder.dpoOverdueRepeatHours,
    ]).toEqual([[5], 12]);
  });

  it('names each bad field under escalation', () => {
    let error: unknown;
    try {
      deskSettings(
        { ...config, escalation: { managerUnassignedAfterMinutes: 0, closeUnverifiedAfterDays: 2 } },
        'desk.config.json',
      );
    } catch (caught) {
      error = caught;
    }

    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).issues.map((issue) => issue.field).sort()).toEqual([
      'escalation.closeUnverifiedAfterDays',
      'escalation.managerUnassignedAfterMinutes',
    ]);
  });
});
