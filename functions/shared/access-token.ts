import type { HttpEvent } from './http-handler.ts';

/** The requester's token: `Authorization: Bearer <token>`, or `?token=` as in the emailed link. */
export function accessTokenFrom(event: HttpEvent): string | undefined {
  const authorization = event.headers.authorization;
  const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  return bearer ?? event.queryStringParameters?.token;
}
