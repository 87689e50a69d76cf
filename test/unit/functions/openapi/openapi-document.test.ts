import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../../../functions/openapi/openapi-document.ts';
import { HTTP_ROUTES } from '../../../../lib/desk-resources.ts';

const projectFile = (path: string) => fileURLToPath(new URL(`../../../../${path}`, import.meta.url));
const DEPLOYED_URL = 'https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/';
const LOCAL_URL = 'http://localhost:3000';

type Document = ReturnType<typeof openApiDocument>;
type Operation = {
  operationId?: string;
  security?: Record<string, string[]>[];
  responses: Record<string, unknown>;
};

const operationsOf = (document: Document) =>
  Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item as Record<string, Operation>).map(([method, operation]) => ({
      route: `${method.toUpperCase()} ${path}`,
      operation,
    })),
  );

interface LintProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location: { source: { ref: string } }[];
}

/** Redocly CLI's verdict on one document, with the project's redocly.yaml, offline. */
function lint(file: string): LintProblem[] {
  const result = spawnSync(
    process.execPath,
    [
      projectFile('node_modules/@redocly/cli/bin/cli.js'),
      'lint',
      '--format=json',
      `--config=${projectFile('redocly.yaml')}`,
      file,
    ],
    {
      encoding: 'utf8',
      env: {
        ...process.env,
        REDOCLY_TELEMETRY: 'off',
        REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
        NO_COLOR: '1',
      },
    },
  );
  const report = JSON.parse(result.stdout.slice(result.stdout.indexOf('{'))) as { problems: LintProblem[] };
  return report.problems;
}

/** The rules redocly.yaml sets to `warn`, each with its reason written beside it. */
function acceptedWarnings(): string[] {
  return [...readFileSync(projectFile('redocly.yaml'), 'utf8').matchAll(/^\s+([\w.-]+):\s*warn\s*$/gm)].map(
    (match) => match[1]!,
  );
}

describe('the OpenAPI document', () => {
  const deployed = openApiDocument({ serverUrl: DEPLOYED_URL });

  it('passes Redocly CLI: no error, and only the warnings redocly.yaml accepts with a reason', () => {
    // Prepare: the document as a deployment serves it, and as the local runtime does.
    const folder = mkdtempSync(join(tmpdir(), 'openapi-'));
    const deployedFile = join(folder, 'deployed.json');
    const localFile = join(folder, 'local.json');
    writeFileSync(deployedFile, JSON.stringify(deployed));
    writeFileSync(localFile, JSON.stringify(openApiDocument({ serverUrl: LOCAL_URL })));

    // Act
    const problems = [
      ...lint(deployedFile).map((problem) => ({ file: 'deployed', ...problem })),
      ...lint(localFile).map((problem) => ({ file: 'local', ...problem })),
    ].map(({ file, ruleId, severity }) => ({ file, rule: ruleId, severity }));

    // Assess
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(problems.filter((problem) => problem.file === 'deployed')).toEqual([]);
    expect(problems.filter((problem) => !acceptedWarnings().includes(problem.rule))).toEqual([]);
    // Two Redocly CLI processes take about 3 s on an idle machine and over 5 s on a loaded one.
  }, 60_000);

  it('names the deployment as its server', () => {
    expect(deployed.servers).toEqual([
      { url: 'https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com', description: 'This deployment' },
    ]);
  });

  it('documents every HTTP route, each with its own operationId', () => {
    const operations = operationsOf(deployed);
    const ids = operations.map(({ operation }) => operation.operationId);

    expect(operations.map(({ route }) => route).sort()).toEqual(
      HTTP_ROUTES.map((route) => `${route.method} ${route.path}`).sort(),
    );
    expect(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('asks for the status token on status and export, the staff token on /staff/; the rest is public', () => {
    const security = Object.fromEntries(
      operationsOf(deployed).map(({ route, operation }) => [route, operation.security]),
    );
    const token = [{ statusToken: [] }, { bearerToken: [] }];

    expect(security).toEqual({
      'POST /requests': [],
      'GET /requests/verify': [],
      'GET /requests/{ref}': token,
      'GET /requests/{ref}/export': token,
      'GET /health': [],
      'GET /openapi.json': [],
      'GET /staff/cases': [{ staffToken: [] }],
      'POST /staff/cases': [{ staffToken: [] }],
      'GET /staff/cases/{ref}': [{ staffToken: [] }],
      'POST /staff/cases/{ref}/actions': [{ staffToken: [] }],
      'GET /staff/reports/summary': [{ staffToken: [] }],
      'GET /staff/me': [{ staffToken: [] }],
      'POST /staff/cases/{ref}/actions/preview': [{ staffToken: [] }],
    });
    expect(deployed.components?.securitySchemes).toEqual({
      statusToken: expect.objectContaining({ type: 'apiKey', in: 'query', name: 'token' }),
      bearerToken: expect.objectContaining({ type: 'http', scheme: 'bearer' }),
      staffToken: expect.objectContaining({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }),
    });
  });

  it('answers 429 on every route (the stage throttles them all) and states a license', () => {
    for (const { route, operation } of operationsOf(deployed)) {
      expect(Object.keys(operation.responses), route).toContain('429');
    }
    expect(deployed.info.license).toEqual({ name: 'Proprietary', identifier: 'LicenseRef-Proprietary' });
  });
});
