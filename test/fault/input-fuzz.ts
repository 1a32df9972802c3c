import fc from 'fast-check';
import { ADMIN_ONLY_PATHS, CatalogueField, CatalogueOperationWithFields, catalogueOperationsWithFields } from '../catalogue';
import { reportFigure } from '../figure';
import { createTenant, createUser, startTestServer, Tenant, TestServer, TestUser } from '../server';

/**
 * Issue 9, test 11 (run by input-fuzz-*.e2e.spec.ts, which split the catalogue to stay under a
 * minute each): every catalogue operation gets FUZZ_RUNS requests built from its field list,
 * each carrying one hostile value (wrong type, int64 edge, 1 MB string, 10,000-deep JSON, NUL,
 * lone surrogate, `__proto__` key, unknown field...). Every answer must be a {code, message, data}
 * envelope below HTTP 500, and a request whose value is known to be invalid must never get code 200.
 * FUZZ_SEED=<seed> replays a run.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
/**
 * `npm test` runs one fixed seed, so the suite stays deterministic; `FUZZ_SEED=random` explores new
 * cases (two of three random full runs found a new hole), `FUZZ_SEED=<seed>` replays one.
 */
const DEFAULT_SEED = 185_387_465;
const SEED = process.env.FUZZ_SEED === 'random' ? Date.now() % 2_147_483_647 : Number(process.env.FUZZ_SEED ?? DEFAULT_SEED);
const PARALLEL_OPERATIONS = 4;

/** Operations whose JSON body is a list of items rather than one object (MaxIM's /roster/apply/batch). */
const LIST_BODY_OPERATIONS = new Set(['/roster/apply/batch']);

/** Query fields that hold integers; the catalogue gives query fields no type. */
const INTEGER_QUERY_FIELDS = new Set([
  'announcement_id',
  'conversation_id',
  'deviceSn',
  'device_sn',
  'environment',
  'file_id',
  'file_type',
  'group_id',
  'limit',
  'msg_id',
  'msg_id_start',
  'no_push_end_hour',
  'no_push_start_hour',
  'opposite_id',
  'page_num',
  'page_size',
  'provider',
  'roster_id',
  'to_id',
  'to_type',
  'user_id',
  'version',
]);

/** JSON text put verbatim into a body: numbers past double precision, 10,000-deep nesting, `__proto__` keys. */
class RawJson {
  constructor(readonly text: string) {}
}
type JsonValue = RawJson | string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

function toJson(value: JsonValue): string {
  if (value instanceof RawJson) return value.text;
  if (Array.isArray(value)) return `[${value.map(toJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value)
      .map(([key, item]) => `${JSON.stringify(key)}:${toJson(item)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** One generated request: query pairs already percent-encoded, body as ordered entries (keys may repeat or be `__proto__`). */
interface FuzzRequest {
  query: [string, string][];
  body: [string, JsonValue][] | RawJson | null;
  /** Why the request must be refused; null when it may happen to be valid. */
  invalid: string | null;
}

const ONE_MB = 'x'.repeat(1_000_000);
const DEEP_ARRAY = new RawJson('['.repeat(10_000) + ']'.repeat(10_000));
const DEEP_OBJECT = new RawJson('{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000));
const INT64_EDGES = ['9223372036854775807', '-9223372036854775808', '18446744073709551616', '1e308', '-1e308', '1.5', '-1'];
const BAD_INTEGER_TEXT = [...INT64_EDGES, 'NaN', 'Infinity', '-Infinity', 'abc', '9'.repeat(400)];

const isIdName = (name: string) => /(^|_)id$|^new_owner$|device_?sn|deviceSn/i.test(name);

const plausibleInteger = (name: string) =>
  isIdName(name) ? fc.integer({ min: 1_000_000_000, max: 2_000_000_000 }) : fc.oneof(fc.constantFrom(0, 1, 2, 3), fc.integer({ min: 1_000_000_000, max: 2_000_000_000 }));
const shortText = fc.string({ maxLength: 16 });

/** A harmless value of the field's type: ids large enough to name nothing, so the fuzz never disables or deletes the caller. */
function plausibleBodyValue(field: CatalogueField): fc.Arbitrary<JsonValue> {
  switch (field.type) {
    case 'int32':
    case 'integer':
      return plausibleInteger(field.name);
    case 'boolean':
      return fc.boolean();
    case 'array[int32]':
      return fc.array(fc.integer({ min: 1_000_000_000, max: 2_000_000_000 }), { maxLength: 3 });
    case 'array[string]':
      return fc.array(fc.string({ minLength: 1, maxLength: 10 }), { maxLength: 3 });
    case 'array[object]':
      return fc.constant([{}]);
    case 'object':
      return fc.constant({});
    case 'array':
      return fc.constant([]);
    default:
      return shortText;
  }
}

/** Integer fields where -1 is a documented value, not an edge: ban-all's "forever" (src/group/group-moderation.dto.ts). */
const MINUS_ONE_ALLOWED = new Set(['/group/settings/ban_all duration']);

/** Values that are wrong for the field whatever the operation: each answer must be a refusal. */
function invalidBodyValue(operation: CatalogueOperationWithFields, field: CatalogueField): fc.Arbitrary<[string, JsonValue]> {
  const deep = fc.constantFrom<[string, JsonValue]>(['10,000-deep array', DEEP_ARRAY], ['10,000-deep object', DEEP_OBJECT]);
  const edgeTexts = MINUS_ONE_ALLOWED.has(`${operation.path} ${field.name}`) ? INT64_EDGES.filter((text) => text !== '-1') : INT64_EDGES;
  const edges = fc.constantFrom(...edgeTexts).map((text): [string, JsonValue] => [`int64 edge ${text}`, new RawJson(text)]);
  switch (field.type) {
    case 'int32':
    case 'integer':
      return fc.oneof(
        edges,
        fc.oneof(fc.string(), fc.boolean(), fc.constantFrom<JsonValue>({}, [1], 'NaN', 'Infinity', '12')).map((value): [string, JsonValue] => ['not a JSON integer', value]),
        deep,
      );
    case 'boolean':
      return fc.oneof(fc.constantFrom<JsonValue>('true', 'false', 1, 0, {}, []).map((value): [string, JsonValue] => ['not a JSON boolean', value]), deep);
    case 'array[int32]':
      return fc.oneof(
        fc.constantFrom<JsonValue>({}, '1,2', 5, true).map((value): [string, JsonValue] => ['not an array', value]),
        fc.constantFrom(...INT64_EDGES, '"1"', '{}', '[]', 'null').map((text): [string, JsonValue] => [`item ${text}`, new RawJson(`[${text}]`)]),
        deep,
      );
    case 'array[string]':
      return fc.oneof(
        fc.constantFrom<JsonValue>({}, 'a', 5, true).map((value): [string, JsonValue] => ['not an array', value]),
        fc.constantFrom<JsonValue>([1], [{}], [null], [ONE_MB], ['a\u0000b']).map((value): [string, JsonValue] => ['bad item', value]),
        deep,
      );
    case 'array[object]':
    case 'array':
      return fc.oneof(fc.constantFrom<JsonValue>({}, 'a', 5, true).map((value): [string, JsonValue] => ['not an array', value]), deep);
    case 'object':
      return fc.oneof(fc.constantFrom<JsonValue>(5, [], true, 'nothing').map((value): [string, JsonValue] => ['not an object', value]), deep);
    default:
      return fc.oneof(
        fc.oneof(fc.integer(), fc.boolean(), fc.constantFrom<JsonValue>({}, [], ['a'])).map((value): [string, JsonValue] => ['not a JSON string', value]),
        fc.constant<[string, JsonValue]>(['1 MB string', ONE_MB]),
        shortText.map((text): [string, JsonValue] => ['NUL character', `${text}\u0000${text}`]),
        fc.constantFrom<[string, JsonValue]>(['lone high surrogate', 'a\uD800b'], ['lone low surrogate', '\uDC00']),
        deep,
      );
  }
}

const encode = (text: string) => encodeURIComponent(text);

function plausibleQueryValue(field: CatalogueField): fc.Arbitrary<string> {
  return INTEGER_QUERY_FIELDS.has(field.name) ? plausibleInteger(field.name).map(String) : shortText.map(encode);
}

function invalidQueryValue(field: CatalogueField): fc.Arbitrary<[string, string]> {
  if (INTEGER_QUERY_FIELDS.has(field.name)) {
    return fc.constantFrom(...BAD_INTEGER_TEXT).map((text): [string, string] => [`integer query ${text.slice(0, 20)}`, encode(text)]);
  }
  return fc.oneof(
    fc.constant<[string, string]>(['1 MB query string', ONE_MB]),
    shortText.map((text): [string, string] => ['NUL in query', `${encode(text)}%00`]),
  );
}

/** Values that may or may not be valid: the server must only answer an envelope without a 5xx. */
const oddBodyValues = fc.constantFrom<[string, JsonValue]>(['null', null], ['empty string', ''], ['emoji pair', '\uD83D\uDE00'], ['zero', 0]);
const oddQueryValues = fc.constantFrom('%ED%A0%80', '%uD800', '%', '%FF', '', '__proto__');

/** The mutations a body operation can carry, each with whether it is known invalid. */
function bodyRequest(operation: CatalogueOperationWithFields): fc.Arbitrary<FuzzRequest> {
  const fields = operation.body;
  const base = fc.tuple(...fields.map((field) => fc.option(plausibleBodyValue(field), { nil: undefined })));
  const query = fc.tuple(...operation.query.map((field) => plausibleQueryValue(field))).map((values) => values.map((value, index): [string, string] => [operation.query[index].name, value]));
  const entries = (values: (JsonValue | undefined)[]) =>
    values.flatMap((value, index): [string, JsonValue][] => (value === undefined ? [] : [[fields[index].name, value]]));
  const replace = (values: (JsonValue | undefined)[], index: number, value: JsonValue) => [
    ...entries(values).filter(([name]) => name !== fields[index].name),
    [fields[index].name, value] as [string, JsonValue],
  ];
  const fieldIndex = fc.nat({ max: fields.length - 1 });
  return fc.oneof(
    fc.tuple(base, fieldIndex, query).chain(([values, index, pairs]) =>
      invalidBodyValue(operation, fields[index]).map(([why, value]) => ({ query: pairs, body: replace(values, index, value), invalid: `${fields[index].name}: ${why}` })),
    ),
    fc.tuple(base, fieldIndex, query, oddBodyValues).map(([values, index, pairs, [, value]]) => ({ query: pairs, body: replace(values, index, value), invalid: null })),
    fc.tuple(base, query, fc.stringMatching(/^[a-z][a-z0-9_]{0,15}$/)).map(([values, pairs, name]) => ({
      query: pairs,
      body: [...entries(values), [`zz_${name}`, 1] as [string, JsonValue]],
      invalid: `unknown field zz_${name}`,
    })),
    fc
      .tuple(
        base,
        query,
        fc.constantFrom<[string, JsonValue]>(
          ['__proto__', { admin: true }],
          ['__proto__', new RawJson('{"__proto__":{"polluted":1}}')],
          ['constructor', { prototype: { polluted: 1 } }],
          ['constructor', 1],
          ['prototype', {}],
          ['hasOwnProperty', 'x'],
          ['toString', 1],
        ),
      )
      .map(([values, pairs, [key, value]]) => ({ query: pairs, body: [...entries(values), [key, value] as [string, JsonValue]], invalid: `prototype key ${key}` })),
    fc
      .tuple(query, fc.constantFrom(...(LIST_BODY_OPERATIONS.has(operation.path) ? ['{}'] : ['[]', '[{}]']), '"text"', '42', 'true', DEEP_ARRAY.text))
      .map(([pairs, text]) => ({ query: pairs, body: new RawJson(text), invalid: `body ${text.slice(0, 8)} has the wrong shape` })),
  );
}

/** Query-only operations: one field gets a hostile value, or an unknown or repeated parameter joins. */
function queryRequest(operation: CatalogueOperationWithFields): fc.Arbitrary<FuzzRequest> {
  const fields = operation.query;
  if (fields.length === 0) {
    // Nothing to validate: junk parameters must be ignored or refused, never crash.
    return fc.tuple(fc.constantFrom('__proto__', 'constructor', 'zz', 'limit'), fc.oneof(oddQueryValues, fc.constant(ONE_MB))).map(([name, value]) => ({
      query: [[name, value]],
      body: null,
      invalid: null,
    }));
  }
  const base = fc.tuple(...fields.map((field) => plausibleQueryValue(field)));
  const pairs = (values: string[], skip: number) => values.flatMap((value, index): [string, string][] => (index === skip ? [] : [[fields[index].name, value]]));
  const fieldIndex = fc.nat({ max: fields.length - 1 });
  return fc.oneof(
    fc.tuple(base, fieldIndex).chain(([values, index]) =>
      invalidQueryValue(fields[index]).map(([why, value]) => ({ query: [...pairs(values, index), [fields[index].name, value] as [string, string]], body: null, invalid: `${fields[index].name}: ${why}` })),
    ),
    fc.tuple(base, fieldIndex, oddQueryValues).map(([values, index, value]) => ({ query: [...pairs(values, index), [fields[index].name, value] as [string, string]], body: null, invalid: null })),
    fc.tuple(base, fc.stringMatching(/^[a-z][a-z0-9_]{0,15}$/)).map(([values, name]) => ({ query: [...pairs(values, -1), [`zz_${name}`, '1'] as [string, string]], body: null, invalid: `unknown query parameter zz_${name}` })),
    fc.tuple(base, fieldIndex).map(([values, index]) => ({
      query: [...pairs(values, -1), [fields[index].name, values[index]] as [string, string]],
      body: null,
      invalid: INTEGER_QUERY_FIELDS.has(fields[index].name) ? `${fields[index].name} given twice` : null,
    })),
    fc.tuple(base, fc.constantFrom('__proto__', 'constructor')).map(([values, name]) => ({ query: [...pairs(values, -1), [name, '1'] as [string, string]], body: null, invalid: `query parameter ${name}` })),
  );
}

function requestsFor(operation: CatalogueOperationWithFields): fc.Arbitrary<FuzzRequest> {
  return operation.body.length > 0 && operation.method !== 'GET' ? bodyRequest(operation) : queryRequest(operation);
}

interface Violation {
  operation: string;
  problem: string;
  invalid: string | null;
  status: number;
  answer: string;
}

/**
 * A code 200 that still refuses: batch operations answer per item, and an item that breaks a rule
 * fails on its own ([{success: false}], [{result: "fail"}] or {success: [], fails: [...]}).
 */
function everyItemFailed(data: unknown): boolean {
  if (Array.isArray(data)) {
    return data.length > 0 && data.every((item) => item && typeof item === 'object' && (item.success === false || item.result === 'fail'));
  }
  const lists = data as { success?: unknown[]; fails?: unknown[] } | null;
  return Array.isArray(lists?.success) && lists.success.length === 0 && Array.isArray(lists?.fails) && lists.fails.length > 0;
}

/** Fuzzes the catalogue operations whose path starts with one of `prefixes`, in one test that prints one figure. */
export function describeInputFuzz(figureName: string, prefixes: string[]): void {
  describe(`input fuzz of ${prefixes.join(', ')} (issue 9, test 11)`, () => {
    let server: TestServer;
    let tenant: Tenant;
    let user: TestUser;
    let passwordVictim: TestUser;

    beforeAll(async () => {
      server = await startTestServer();
      tenant = await createTenant(server);
      user = await createUser(server, tenant);
      passwordVictim = await createUser(server, tenant);
    });
    afterAll(() => server.close());

    async function send(operation: CatalogueOperationWithFields, request: FuzzRequest) {
      const admin = ADMIN_ONLY_PATHS.includes(operation.path);
      const headers: Record<string, string> = { app_id: tenant.appId, 'access-token': admin ? tenant.adminToken : user.token };
      if (operation.path === '/user/change_password_admin') headers.user_id = String(passwordVictim.userId);
      let payload: string | undefined;
      if (request.body !== null) {
        const object = request.body instanceof RawJson ? null : `{${request.body.map(([key, value]) => `${JSON.stringify(key)}:${toJson(value)}`).join(',')}}`;
        payload = object === null ? (request.body as RawJson).text : LIST_BODY_OPERATIONS.has(operation.path) ? `[${object}]` : object;
        headers['content-type'] = 'application/json';
      }
      const search = request.query.map(([name, value]) => `${encode(name)}=${value}`).join('&');
      return server.app.inject({ method: operation.method, url: search ? `${operation.path}?${search}` : operation.path, headers, payload });
    }

    it(`answers ${RUNS} hostile requests per operation with an envelope, no 5xx, and never accepts known-invalid input`, async () => {
      const operations = prefixes.flatMap((prefix) => catalogueOperationsWithFields(prefix));
      const violations: Violation[] = [];
      const counts = { requests: 0, serverErrors: 0, nonEnvelopes: 0, acceptedInvalid: 0, knownInvalid: 0, refused: 0 };

      async function fuzz(operation: CatalogueOperationWithFields): Promise<void> {
        const name = `${operation.method} ${operation.path}`;
        await fc.check(
          fc.asyncProperty(requestsFor(operation), async (request) => {
            const response = await send(operation, request);
            counts.requests += 1;
            if (request.invalid) counts.knownInvalid += 1;
            let body: { code?: unknown; message?: unknown; data?: unknown } | null = null;
            try {
              body = response.json();
            } catch {
              body = null;
            }
            const envelope = body !== null && typeof body === 'object' && typeof body.code === 'number' && 'data' in body && (body.message === null || typeof body.message === 'string');
            const record = (problem: string) =>
              violations.push({ operation: name, problem, invalid: request.invalid, status: response.statusCode, answer: response.body.slice(0, 300) });
            if (response.statusCode >= 500) {
              counts.serverErrors += 1;
              record('HTTP 5xx');
            }
            if (!envelope) {
              counts.nonEnvelopes += 1;
              record('not a {code, message, data} envelope');
            } else if (body!.code !== 200 || everyItemFailed(body!.data)) {
              counts.refused += 1;
            } else if (request.invalid) {
              counts.acceptedInvalid += 1;
              record('known-invalid input accepted with code 200');
            }
            return true;
          }),
          { seed: SEED, numRuns: RUNS },
        );
      }

      const queue = [...operations];
      await Promise.all(
        Array.from({ length: PARALLEL_OPERATIONS }, async () => {
          for (let operation = queue.shift(); operation; operation = queue.shift()) await fuzz(operation);
        }),
      );

      reportFigure(
        figureName,
        `ops ${operations.length}, runs ${RUNS} each (${counts.requests} requests, ${counts.knownInvalid} known-invalid, ${counts.refused} refused), seed ${SEED}, ` +
          `5xx=${counts.serverErrors}, non-envelope=${counts.nonEnvelopes}, accepted-invalid=${counts.acceptedInvalid}`,
      );
      const distinct = new Map(violations.map((violation) => [`${violation.operation} ${violation.problem} ${violation.invalid}`, violation]));
      expect([...distinct.values()].slice(0, 40)).toEqual([]);
      expect(counts.requests).toBe(operations.length * RUNS);
    }, 600_000);
  });
}
