import * as z from 'zod';

/** Who a requester is to the group (DOMAIN.md, "What people can send"). */
export const RELATIONSHIPS = [
  'customer_user',
  'customer_employee',
  'job_applicant',
  'website_visitor',
  'marketing_contact',
  'other',
] as const;
export const RelationshipSchema = z.enum(RELATIONSHIPS);
export type Relationship = z.infer<typeof RelationshipSchema>;
