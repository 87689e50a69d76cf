/* The links a requester gets by email: the status page (with the access token) and the verification link. */

export function statusUrl(publicBaseUrl: string, reference: string, accessToken: string): string {
  return `${publicBaseUrl}/requests/${reference}?token=${encodeURIComponent(accessToken)}`;
}

export function verificationUrl(publicBaseUrl: string, token: string): string {
  return `${publicBaseUrl}/requests/verify?token=${encodeURIComponent(token)}`;
}
