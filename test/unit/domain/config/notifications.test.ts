import { describe, expect, it } from 'vitest';
import { ConfigError, parseDeskConfig } from '../../../../domain/config/load-desk-config.ts';
import { staffConsoleCaseUrl } from '../../../../domain/config/notifications.ts';
import { fixtureConfigData } from '../../../helpers/fixture-config.ts';

function issuesOf(change: (data: ReturnType<typeof fixtureConfigData>) => void) {
  const data = fixtureConfigData();
  change(data);
  try {
    parseDeskConfig(data);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.issues;
    throw error;
  }
}

describe('notifications in the configuration', () => {
  it('defaults to staff emails with the content when the field is left out', () => {
    const data = fixtureConfigData();
    delete data.notifications;

    expect(parseDeskConfig(data).notifications).toEqual({ staffEmailContent: 'full' });
  });

  it('accepts link mode with a console address', () => {
    const data = fixtureConfigData();
    data.notifications = { staffEmailContent: 'link', staffConsoleUrl: 'https://desk.example.org/staff/' };

    expect(parseDeskConfig(data).notifications).toEqual({
      staffEmailContent: 'link',
      staffConsoleUrl: 'https://desk.example.org/staff/',
    });
  });

  it.each([
    [{ staffEmailContent: 'none' }, 'notifications.staffEmailContent'],
    [{ staffConsoleUrl: 'desk.example.org/staff' }, 'notifications.staffConsoleUrl'],
    [{ staffConsoleUrl: 'https://desk.example.org/staff/#/queue' }, 'notifications.staffConsoleUrl'],
    [{ contentInEmails: false }, 'notifications'],
  ])('refuses %j, naming %s', (notifications, field) => {
    expect(issuesOf((data) => (data.notifications = notifications)).map((issue) => issue.field)).toEqual([
      field,
    ]);
  });
});

describe('the case page a link-mode staff email points to', () => {
  it.each([
    [undefined, 'http://localhost:3000', 'PD-AB12-CD34', 'http://localhost:3000/staff/#/cases/PD-AB12-CD34'],
    [
      { staffEmailContent: 'link' as const, staffConsoleUrl: 'https://desk.example.org/console' },
      'https://privacy.example.org',
      'PD-AB12-CD34',
      'https://desk.example.org/console/#/cases/PD-AB12-CD34',
    ],
    [
      { staffEmailContent: 'link' as const, staffConsoleUrl: 'https://desk.example.org/staff//' },
      'https://privacy.example.org',
      'PD 1/2',
      'https://desk.example.org/staff/#/cases/PD%201%2F2',
    ],
  ])('%j under %s, case %s: %s', (notifications, publicBaseUrl, reference, expected) => {
    expect(staffConsoleCaseUrl(notifications, publicBaseUrl, reference)).toBe(expected);
  });
});
