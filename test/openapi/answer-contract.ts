import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';

/**
 * Checks every answer a test server gives against the OpenAPI document, for the route and status
 * it answered (test/openapi/README.md). A mismatch fails the request that got it (TestServer.request)
 * or, for answers to other clients (sockets, browsers), the suite when its server closes; the
 * run's summary (global-teardown.ts) lists mismatches, operations without a response schema and
 * operations no test called.
 */

type Schema = Record<string, any>;

/** What one jest worker saw; the teardown merges the files of all workers. */
export interface WorkerRecord {
  called: string[];
  mismatches: string[];
}

const DOCUMENT_ID = 'openapi';
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** `GET /user/profile`: how operations are named in messages and records. */
export function operationName(method: string, path: string): string {
  return `${method.toUpperCase()} ${path}`;
}

/** Fastify's `/file/:id` route pattern as the document writes it: `/file/{id}`. */
function documentPath(routeUrl: string): string {
  return routeUrl.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

/**
 * OpenAPI 3.0 schemas as JSON Schema for ajv: `nullable` becomes a null type, references point
 * into the document, and objects with declared properties refuse undeclared ones, so an answer
 * field the document forgot is a mismatch too.
 */
function toJsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  if (schema === null || typeof schema !== 'object') return schema;
  const { nullable, ...rest } = schema as Schema;
  const converted: Schema = {};
  for (const [key, value] of Object.entries(rest)) {
    if (key === '$ref' && typeof value === 'string') converted.$ref = value.replace(/^#/, `${DOCUMENT_ID}#`);
    else if (key === 'properties' || key === 'patternProperties') converted[key] = Object.fromEntries(Object.entries(value as Schema).map(([name, property]) => [name, toJsonSchema(property)]));
    else converted[key] = toJsonSchema(value);
  }
  if (converted.properties && converted.additionalProperties === undefined && !converted.allOf && !converted.anyOf && !converted.oneOf) converted.additionalProperties = false;
  if (!nullable) return converted;
  if (Array.isArray(converted.enum) && !converted.enum.includes(null)) converted.enum = [...converted.enum, null];
  if (typeof converted.type === 'string' && !converted.allOf && !converted.anyOf && !converted.oneOf && !converted.$ref) return { ...converted, type: [converted.type, 'null'] };
  const { description, ...inner } = converted;
  return { description, anyOf: [inner, { type: 'null' }] };
}

interface OperationContract {
  /** JSON answer schemas by status (`default` included); empty when the operation has no response schema yet. */
  validators: Map<string, ValidateFunction>;
  typed: boolean;
  /** Statuses documented with a non-JSON body (downloads, redirects). */
  otherStatuses: Set<string>;
}

export class AnswerContract {
  readonly operations = new Map<string, OperationContract>();

  constructor(document: Schema) {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ $id: DOCUMENT_ID, components: { schemas: toJsonSchema(document.components?.schemas ?? {}) } });
    for (const [path, item] of Object.entries<Schema>(document.paths)) {
      for (const method of HTTP_METHODS) {
        const operation = item[method];
        if (!operation) continue;
        const contract: OperationContract = { validators: new Map(), typed: false, otherStatuses: new Set() };
        for (const [status, response] of Object.entries<Schema>(operation.responses ?? {})) {
          const json = response.content?.['application/json']?.schema;
          if (json) contract.validators.set(status, ajv.compile(toJsonSchema(json) as Schema));
          if (json && status === '200') contract.typed = true;
          if (Object.keys(response.content ?? {}).some((type) => type !== 'application/json') || (!response.content && status !== '200')) contract.otherStatuses.add(status);
        }
        this.operations.set(operationName(method, path), contract);
      }
    }
  }

  /** Null when the answer matches, else what is wrong, naming the operation, the status and the field. */
  check(operation: string, status: number, contentType: string, body: string): string | null {
    const contract = this.operations.get(operation);
    if (!contract) return null;
    const statusKey = String(status);
    if (!contentType.startsWith('application/json')) {
      const listed = contract.otherStatuses.has(statusKey) || (statusKey === '200' && !contract.typed);
      return listed ? null : `${operation} answered ${status} with ${contentType || 'no content type'}, which the document does not list`;
    }
    const validate = contract.validators.get(statusKey) ?? (statusKey === '200' ? undefined : contract.validators.get('default'));
    if (!validate) return null;
    let answer: unknown;
    try {
      answer = JSON.parse(body);
    } catch {
      return `${operation} answered ${status} with a body that is not JSON`;
    }
    if (validate(answer)) return null;
    // A nullable field's other branch (null) fails too; it says nothing when the value is not null.
    const telling = (validate.errors ?? []).filter((error) => error.keyword !== 'anyOf' && !(error.keyword === 'type' && error.params.type === 'null'));
    const problems = (telling.length ? telling : (validate.errors ?? [])).map((error) => {
      const field = error.instancePath.replace(/^\//, '').replace(/\//g, '.') || '(answer)';
      const extra = error.keyword === 'additionalProperties' ? ` (${(error.params as { additionalProperty: string }).additionalProperty})` : '';
      return `${field} ${error.message}${extra}`;
    });
    return `${operation} answered ${status}: ${[...new Set(problems)].join('; ')}; body ${body.slice(0, 300)}`;
  }
}

let contract: Promise<AnswerContract> | undefined;

/** The worker's contract, read once from the first server's /docs-json (every test server serves the same routes). */
function contractOf(app: NestFastifyApplication): Promise<AnswerContract> {
  contract ??= app.inject({ method: 'GET', url: '/docs-json' }).then((response) => new AnswerContract(response.json()));
  return contract;
}

/** Watches one test server's answers; `attach` runs before the server is ready, `start` after. */
export class AnswerWatch {
  private contract: AnswerContract | undefined;
  private readonly called = new Set<string>();
  private readonly mismatches: string[] = [];
  private reported = 0;

  attach(app: NestFastifyApplication): void {
    const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
    fastify.addHook('onSend', async (request, reply, payload) => {
      const url = request.routeOptions.url;
      if (!this.contract || url === undefined) return payload;
      const operation = operationName(request.method, documentPath(url));
      if (!this.contract.operations.has(operation)) return payload;
      this.called.add(operation);
      const body = typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : '';
      const contentType = String(reply.getHeader('content-type') ?? '');
      const mismatch = this.contract.check(operation, reply.statusCode, contentType, body);
      if (mismatch) this.mismatches.push(mismatch);
      return payload;
    });
  }

  async start(app: NestFastifyApplication): Promise<void> {
    this.contract = await contractOf(app);
  }

  /** Throws the mismatches found since the last call (TestServer.request calls this after each answer). */
  throwNewMismatches(): void {
    if (this.mismatches.length === this.reported) return;
    const fresh = this.mismatches.slice(this.reported);
    this.reported = this.mismatches.length;
    throw new Error(`the answer does not match the OpenAPI document:\n${fresh.join('\n')}`);
  }

  /** Writes what this server saw for the run's summary, then throws mismatches nobody has thrown yet. */
  finish(): void {
    const scratch = process.env.IM_TEST_SCRATCH;
    if (scratch) {
      const folder = join(scratch, 'answer-contract');
      mkdirSync(folder, { recursive: true });
      const record: WorkerRecord = { called: [...this.called], mismatches: this.mismatches };
      appendFileSync(join(folder, `${process.pid}.jsonl`), `${JSON.stringify(record)}\n`);
    }
    this.throwNewMismatches();
  }
}
