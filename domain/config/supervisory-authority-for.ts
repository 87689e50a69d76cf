import type { SupervisoryAuthorities, SupervisoryAuthority } from './supervisory-authorities.ts';

/** The authority a requester from `country` is told of, and whether it is their own country's. */
export function supervisoryAuthorityFor(
  authorities: SupervisoryAuthorities,
  country: string,
): SupervisoryAuthority & { readonly ofRequesterCountry: boolean } {
  const own = Object.hasOwn(authorities.byCountry, country) ? authorities.byCountry[country] : undefined;
  return own ? { ...own, ofRequesterCountry: true } : { ...authorities.fallback, ofRequesterCountry: false };
}
