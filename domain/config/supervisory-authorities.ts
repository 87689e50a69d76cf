import * as z from 'zod';
import { NameSchema } from './config-fields.ts';

/**
 * The controller the requester's emails name (DOMAIN.md, "The controller"): the group's head office,
 * as the privacy statement names it.
 */
export const ControllerSchema = z.strictObject({
  name: NameSchema,
  /** Postal address on one line, e.g. "Karenslyst allé 56, 0277 Oslo, Norway". */
  address: NameSchema,
  phone: z
    .string()
    .regex(/^\+?[0-9][0-9 ()-]{4,30}$/, 'Expected a phone number, e.g. +47 46 40 40 00')
    .optional(),
});
export type Controller = z.infer<typeof ControllerSchema>;

const HttpsUrlSchema = z.url({
  protocol: /^https$/,
  error: (issue) =>
    issue.code === 'invalid_format' ? 'Expected an https URL, e.g. https://www.imy.se' : undefined,
});

/**
 * The courts a requester can turn to, where the desk knows the national route and words it: `nl_uavg_35`
 * is a petition (verzoekschrift) to the district court within six weeks (art. 35 UAVG, private
 * controllers). Without one, the notice states the right to a judicial remedy in general terms.
 */
export const JUDICIAL_REMEDY_ROUTES = ['nl_uavg_35'] as const;
export const JudicialRemedyRouteSchema = z.enum(JUDICIAL_REMEDY_ROUTES);
export type JudicialRemedyRoute = z.infer<typeof JudicialRemedyRouteSchema>;

/** A data protection authority (GDPR Art. 77), by its official name and web address. */
export const SupervisoryAuthoritySchema = z.strictObject({
  name: NameSchema,
  url: HttpsUrlSchema,
  judicialRemedy: JudicialRemedyRouteSchema.optional(),
});
export type SupervisoryAuthority = z.infer<typeof SupervisoryAuthoritySchema>;

/**
 * Art. 12(4) notices name the authority of the requester's country (`byCountry`, ISO codes as the
 * form sends them); a requester from elsewhere is pointed to the authority of the country where
 * they live or work and given `fallback` (e.g. the lead authority of the controller's main
 * establishment).
 */
export const SupervisoryAuthoritiesSchema = z.strictObject({
  byCountry: z.record(z.string(), SupervisoryAuthoritySchema).superRefine((byCountry, ctx) => {
    for (const country of Object.keys(byCountry)) {
      if (!/^[A-Z]{2}$/.test(country)) {
        ctx.addIssue({
          code: 'custom',
          path: [country],
          message: 'Expected an ISO 3166-1 alpha-2 country code in capitals, e.g. NL',
        });
      }
    }
  }),
  fallback: SupervisoryAuthoritySchema,
});
export type SupervisoryAuthorities = z.infer<typeof SupervisoryAuthoritiesSchema>;

// In a module of its own, so that the functions that name an authority do not build these schemas.
export { supervisoryAuthorityFor } from './supervisory-authority-for.ts';
