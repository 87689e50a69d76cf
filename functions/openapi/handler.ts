import { httpHandler, json } from '../shared/http-handler.ts';
import { openApiDocument } from './openapi-document.ts';

const document = openApiDocument();

export const handler = httpHandler(
  async () => json(200, document, { 'cache-control': 'public, max-age=300' }),
  {
    body: 'none',
  },
);
