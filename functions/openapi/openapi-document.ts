import { createDocument } from 'zod-openapi';
import { errorResponses, PUBLIC } from './openapi-components.ts';
import { requesterPaths } from './requester-paths.ts';
import { staffPaths } from './staff-paths.ts';

/**
 * Who may use the document: the desk is its operator's own software, and its API is not offered
 * under an open licence. An operator publishing the API under other terms changes this.
 */
export const API_LICENSE = { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' } as const;

export interface OpenApiDocumentOptions {
  /**
   * Where this deployment serves the API: the configuration's `publicBaseUrl` (or the stage URL the
   * stack sets in its place), the gateway's URL locally.
   */
  readonly serverUrl: string;
}

/** The OpenAPI 3.1 document, generated from the same zod schemas the handlers validate with. */
export function openApiDocument({ serverUrl }: OpenApiDocumentOptions) {
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Privacy Desk',
      version: '1.0.0',
      description: 'Privacy questions, GDPR data-subject requests, complaints and breach reports.',
      license: API_LICENSE,
    },
    servers: [{ url: serverUrl.replace(/\/+$/, ''), description: 'This deployment' }],
    components: {
      securitySchemes: {
        statusToken: {
          type: 'apiKey',
          in: 'query',
          name: 'token',
          description: 'The access token from the status link in the acknowledgement email',
        },
        bearerToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'The same access token, sent as `Authorization: Bearer <token>`',
        },
        staffToken: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            'The ID token of the staff sign-in (Cognito in AWS; `npm run --silent desk -- staff-token --email <address>` locally). The role comes from the configuration.',
        },
      },
    },
    paths: {
      ...requesterPaths,
      ...staffPaths,
      '/openapi.json': {
        get: {
          operationId: 'getOpenApiDocument',
          summary: 'This document',
          security: PUBLIC,
          responses: {
            '200': { description: 'The OpenAPI 3.1 document' },
            '429': errorResponses['429'],
          },
        },
      },
    },
  });
}

/**
 * The document for a configuration, as the JSON string the function serves (DESK_OPENAPI_DOCUMENT):
 * the stack bundles it as a define, the local runtime puts it in the environment.
 */
export function openApiDocumentJson(config: { readonly publicBaseUrl: string }): string {
  return JSON.stringify(openApiDocument({ serverUrl: config.publicBaseUrl }));
}
