import * as z from 'zod';
import { LanguageSchema } from '../request-types.ts';
import { STAFF_ROLES } from './staff-identity.ts';
import { CONSOLE_LANGUAGES } from './staff-profile.ts';

/* The answers of the two routes the staff console adds to the staff API, for the OpenAPI document. */

export const StaffProfileSchema = z
  .object({
    email: z.string(),
    name: z.string(),
    role: z.enum(STAFF_ROLES),
    memberId: z.string().optional(),
    language: z.enum(CONSOLE_LANGUAGES).describe('The console’s language for this person'),
    teams: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        country: z.string(),
        managerName: z.string(),
        managed: z.boolean().describe('You may act on all of this team’s cases'),
        members: z.array(
          z.object({
            id: z.string(),
            name: z.string(),
            active: z.boolean().describe('Available for new cases'),
            languages: z.array(LanguageSchema),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'StaffProfile' });

export const NoticePreviewSchema = z
  .object({
    language: LanguageSchema.describe("The requester's language"),
    notices: z.array(z.object({ template: z.string(), subject: z.string(), text: z.string() })),
  })
  .meta({ id: 'NoticePreview' });
