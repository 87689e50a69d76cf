import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { LocalRoute } from './gateway.ts';
import { repositoryRoot } from './settings.ts';

/**
 * The sample web form at `/`, served by the local gateway only: in production the group's website
 * hosts the form and posts to the API (CORS origins are configured in the stack).
 */
export const webFormRoute: LocalRoute = async (request, response) => {
  const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (request.method !== 'GET' || (pathname !== '/' && pathname !== '/index.html')) return false;
  const page = await readFile(path.join(repositoryRoot, 'web', 'index.html'));
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  response.end(page);
  return true;
};
