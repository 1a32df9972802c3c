import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createOfflineApiDocument } from '../../src/common/openapi/offline-document';
import { startTestServer, TestServer } from '../server';

interface Operation {
  operationId: string;
  description?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  parameters?: { name: string; in: string; required?: boolean }[];
  responses: Record<string, unknown>;
  'x-error-codes'?: number[];
}

function operationsOf(document: { paths: Record<string, Record<string, Operation>> }) {
  return Object.entries(document.paths).flatMap(([path, item]) => Object.entries(item).map(([method, operation]) => ({ route: `${method.toUpperCase()} ${path}`, operation })));
}

function headers(operation: Operation): Record<string, boolean> {
  return Object.fromEntries((operation.parameters ?? []).filter((parameter) => parameter.in === 'header').map((parameter) => [parameter.name, parameter.required ?? false]));
}

describe('the OpenAPI document', () => {
  let server: TestServer;
  let document: any;
  let operations: ReturnType<typeof operationsOf>;
  const find = (route: string) => operations.find((one) => one.route === route)!.operation;

  beforeAll(async () => {
    server = await startTestServer();
    document = (await server.app.inject({ method: 'GET', url: '/docs-json' })).json();
    operations = operationsOf(document);
  });
  afterAll(() => server.close());

  it('is the same built offline (npm run client:generate) as served at /docs-json', async () => {
    expect(JSON.parse(JSON.stringify(await createOfflineApiDocument()))).toEqual(document);
  });

  it('gives every operation the status it answers (200) and the error envelope as the default', () => {
    for (const { route, operation } of operations) {
      const redirects = route.startsWith('GET /file/download/') ? ['206', '302', '416'] : [];
      expect([route, Object.keys(operation.responses).sort()]).toEqual([route, ['200', ...redirects, 'default']]);
    }
  });

  it('asks for access-token only where a token is needed', () => {
    for (const route of ['POST /token/user', 'POST /token/id', 'POST /token/login', 'POST /user/register/v2', 'POST /user/register']) {
      expect([route, find(route).security]).toEqual([route, []]);
    }
    expect(find('POST /token/issue').security).toEqual([{ 'access-token': [] }]);
    expect(find('GET /user/profile').security).toEqual([{ 'access-token': [] }]);
    expect(find('GET /file/download/chat').security).toEqual([{}, { 'access-token': [] }]);
    expect(find('GET /api/health').security).toEqual([]);
  });

  it('lists the headers each route takes: app_id, and user_id or group_id where an admin may act through them', () => {
    expect(headers(find('POST /token/user'))).toEqual({ app_id: true });
    expect(headers(find('GET /user/profile'))).toEqual({ app_id: true, user_id: false });
    expect(headers(find('POST /group/kick'))).toEqual({ app_id: true, user_id: false, group_id: false });
    expect(headers(find('POST /message/recall'))).toEqual({ app_id: true, user_id: false, group_id: false });
    expect(headers(find('POST /push/notify'))).toEqual({ app_id: true });
    expect(headers(find('GET /file/download/avatar'))).toEqual({ app_id: false });
    expect(headers(find('GET /api/health'))).toEqual({});
    const required = operations.flatMap(({ route, operation }) => Object.entries(headers(operation)).filter(([name, isRequired]) => isRequired && name !== 'app_id').map(([name]) => `${route} ${name}`));
    expect(required).toEqual([]);
  });

  it('describes every operation with its business codes, and every tag', () => {
    for (const { route, operation } of operations) {
      expect([route, operation.description]).toEqual([route, expect.stringMatching(/Business errors|Answers no business error/)]);
    }
    expect(find('POST /group/kick')['x-error-codes']).toEqual(expect.arrayContaining([10010, 20001, 20012]));
    for (const tag of document.tags) expect(tag.description).toEqual(expect.any(String));
    const used = new Set(operations.flatMap(({ operation }) => operation.tags ?? []));
    expect(document.tags.map((tag: { name: string }) => tag.name).sort()).toEqual([...used].sort());
  });

  it('marks integer ids int64', () => {
    const loose: string[] = [];
    for (const [name, schema] of Object.entries<any>(document.components.schemas)) {
      for (const [field, property] of Object.entries<any>(schema.properties ?? {})) {
        const target = property.type === 'array' ? property.items : property;
        if (/(^|_)(id|ids|uid)$/.test(field) && target?.type === 'integer' && target.format !== 'int64') loose.push(`${name}.${field}`);
      }
    }
    expect(loose).toEqual([]);
  });

  it('passes Redocly lint (redocly.yaml) without errors or warnings', async () => {
    const file = join(mkdtempSync(join(process.env.IM_TEST_SCRATCH ?? tmpdir(), 'openapi-')), 'openapi.json');
    writeFileSync(file, JSON.stringify(document));
    const root = join(__dirname, '..', '..');
    const lint = await promisify(execFile)(join(root, 'node_modules', '.bin', 'redocly'), ['lint', file, '--config', join(root, 'redocly.yaml'), '--format', 'json'], { cwd: root, maxBuffer: 64 << 20 }).catch(
      (failure: { stdout: string }) => failure,
    );
    const problems = (JSON.parse(lint.stdout.slice(lint.stdout.indexOf('{'))).problems as { ruleId: string; message: string; location: { pointer: string }[] }[]).map(
      (problem) => `${problem.ruleId} ${problem.location[0]?.pointer}: ${problem.message}`,
    );
    expect(problems).toEqual([]);
  });
});
