import { INestApplication, Type } from '@nestjs/common';
import { METHOD_METADATA } from '@nestjs/common/constants';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type {
  OperationObject,
  ParameterObject,
  PathItemObject,
  ReferenceObject,
  ResponseObject,
  SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { ADMIN_ROUTE, ANONYMOUS_ROUTE, APP_ID_IN_QUERY, GROUP_ADMIN_ROUTE, PUBLIC_ROUTE, TOKEN_IN_QUERY } from '../auth/auth.decorators';
import { ErrorCode } from '../errors/error-codes';
import { ERROR_CODES_EXTENSION } from './api-errors.decorator';
import { ERROR_ENVELOPE, ERROR_ENVELOPE_NAME } from './envelope.decorator';

/** What the auth guard's metadata says about one route, read once from the controllers. */
interface RouteAuth {
  module: string;
  anonymous: boolean;
  /** The route works without an access-token. */
  tokenOptional: boolean;
  adminOnly: boolean;
  appIdInQuery: boolean;
  tokenInQuery: boolean;
  groupAdminMayAct: boolean;
}

interface Tag {
  description: string;
  /** Codes most operations of the area answer; operations add theirs with @ApiErrors(). */
  errors: ErrorCode[];
}

/** One tag per module, with the business codes its operations share. */
const TAGS: Record<string, Tag> = {
  discovery: { description: 'What MaxIM SDKs ask before logging in: where the REST API and socket are, the app\'s client settings, liveness.', errors: [] },
  token: { description: 'User tokens by password or login code, and tokens an app admin issues for its users.', errors: [] },
  user: {
    description: 'Accounts: registration, profile, settings, devices, push identities, verification codes and captchas, admin user management.',
    errors: [],
  },
  roster: { description: 'Friends: applications, the friend list, aliases and extensions, the blocklist.', errors: [] },
  group: {
    description: 'Groups: life cycle, members and roles, join applications and invitations, moderation, announcements, shared files, QR codes.',
    errors: [ErrorCode.GroupNotFound, ErrorCode.NeedsMember, ErrorCode.NeedsAdmin, ErrorCode.NeedsOwner],
  },
  message: { description: 'Sending, recalling, history, read state and unread counts of 1:1 and group messages; notices and broadcasts.', errors: [] },
  file: { description: 'Upload URLs for avatars and chat files, and downloads through signed links.', errors: [ErrorCode.StorageError] },
  app: { description: 'The app as a whole (our extension): client configuration values and discover links its users read, and the counts of the console overview for its admin.', errors: [] },
  search: {
    description: 'Finding people and groups (our extension): fuzzy search by name, id prefix or whole email, nearby users and groups, and the user\'s own opt-in location.',
    errors: [],
  },
  org: {
    description: 'Organisation departments (our extension): a department tree per app with members, titles and managers, administered with the admin token and read by the app\'s users.',
    errors: [],
  },
  webhook: {
    description: 'Webhooks (our extension): signed event deliveries to the app backend, their log and replay, and the synchronous before-send hook.',
    errors: [],
  },
  push: { description: 'Notifications to offline devices through the vendors (APNs, FCM, Huawei, Xiaomi, OPPO, vivo, Meizu) and the certificates they need.', errors: [] },
};

const GROUP_MODULE = 'GroupModule';

const ID_HEADER_SCHEMA: SchemaObject = { type: 'string', pattern: '^[1-9][0-9]*$' };

/** Integer fields that hold ids of users, groups, messages, files or rows: int64, whatever the DTO said. */
const ID_FIELD = /(^|_)(id|ids|uid)$/;

function routeAuthByOperationId(app: INestApplication): Map<string, RouteAuth> {
  const reflector = new Reflector();
  const routes = new Map<string, RouteAuth>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type<unknown>;
      for (const key of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = key === 'constructor' ? undefined : Object.getOwnPropertyDescriptor(controller.prototype, key)?.value;
        if (typeof handler !== 'function' || Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
        const flag = (name: string) => reflector.getAllAndOverride<boolean>(name, [handler, controller]) ?? false;
        routes.set(`${controller.name}_${key}`, {
          module: module.metatype.name,
          anonymous: flag(ANONYMOUS_ROUTE),
          tokenOptional: flag(PUBLIC_ROUTE) && !flag(ADMIN_ROUTE),
          adminOnly: flag(ADMIN_ROUTE),
          appIdInQuery: flag(APP_ID_IN_QUERY),
          tokenInQuery: flag(TOKEN_IN_QUERY),
          groupAdminMayAct: flag(GROUP_ADMIN_ROUTE),
        });
      }
    }
  }
  return routes;
}

function headerParameters(auth: RouteAuth): ParameterObject[] {
  if (auth.anonymous) return [];
  const parameters: ParameterObject[] = [
    {
      name: 'app_id',
      in: 'header',
      required: !auth.appIdInQuery,
      description: auth.appIdInQuery ? 'The app; may come in the query instead, for links a browser loads by itself' : 'The app',
      schema: { type: 'string' },
    },
  ];
  if (auth.tokenOptional || auth.adminOnly) return parameters;
  parameters.push({
    name: 'user_id',
    in: 'header',
    required: false,
    description: 'With an app admin access-token: act as this user of the app (10010 with a user token)',
    schema: ID_HEADER_SCHEMA,
  });
  if (auth.module === GROUP_MODULE || auth.groupAdminMayAct) {
    parameters.push({
      name: 'group_id',
      in: 'header',
      required: false,
      description: "With an app admin access-token: act as this group's admin (not together with user_id)",
      schema: ID_HEADER_SCHEMA,
    });
  }
  return parameters;
}

function security(auth: RouteAuth): OperationObject['security'] {
  if (auth.anonymous || (auth.tokenOptional && !auth.tokenInQuery)) return [];
  if (auth.tokenOptional) return [{}, { 'access-token': [] }];
  return [{ 'access-token': [] }];
}

/** Codes every route with these auth rules can answer, before its module's and its own. */
function authErrors(auth: RouteAuth): ErrorCode[] {
  if (auth.anonymous) return [];
  const codes = [ErrorCode.BadParameter, ErrorCode.AppNotFound];
  if (!auth.tokenOptional) codes.push(ErrorCode.TokenMissing);
  if (!auth.tokenOptional || auth.tokenInQuery) codes.push(ErrorCode.TokenInvalid, ErrorCode.TokenExpired);
  if (!auth.tokenOptional) codes.push(ErrorCode.NoPermission);
  if (!auth.tokenOptional && !auth.adminOnly) codes.push(ErrorCode.UserNotFound);
  if (auth.module === GROUP_MODULE || auth.groupAdminMayAct) codes.push(ErrorCode.GroupNotFound);
  return codes;
}

function describeErrors(codes: ErrorCode[]): string {
  if (codes.length === 0) return 'Answers no business error.';
  return `Business errors (HTTP 200, in \`code\`; README "Error codes"): ${codes.map((code) => `${code} ${ErrorCode[code]}`).join(', ')}.`;
}

function describeAccess(auth: RouteAuth): string {
  if (auth.anonymous) return 'Needs no app_id and no token.';
  if (auth.adminOnly) return 'Needs the app admin access-token.';
  if (auth.tokenOptional) return auth.tokenInQuery ? 'Takes an access-token (header or query) but works without one.' : 'Takes no access-token.';
  return 'Needs a user access-token, or the app admin access-token with `user_id`' + (auth.groupAdminMayAct || auth.module === GROUP_MODULE ? ' or `group_id`.' : '.');
}

function isReference(schema: SchemaObject | ReferenceObject): schema is ReferenceObject {
  return '$ref' in schema;
}

/** Marks integer id fields int64 at every depth of a schema. */
function markInt64Ids(schema: SchemaObject | ReferenceObject | undefined): void {
  if (!schema || isReference(schema)) return;
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    if (!isReference(property) && ID_FIELD.test(name)) {
      const target = property.type === 'array' && property.items && !isReference(property.items) ? property.items : property;
      if (target.type === 'integer' || target.type === 'number') {
        target.type = 'integer';
        target.format = 'int64';
      }
    }
    markInt64Ids(property);
  }
  for (const nested of [schema.items, ...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) markInt64Ids(nested);
  if (typeof schema.additionalProperties === 'object') markInt64Ids(schema.additionalProperties);
}

/** Every answer is HTTP 200, even a POST's (src/http.ts turns Nest's 201 into 200). */
function answersOk(responses: OperationObject['responses']): OperationObject['responses'] {
  const { 201: created, ...rest } = responses as Record<string, ResponseObject>;
  const ok = rest['200'] ?? created ?? { description: 'Success, or a business error in `code`' };
  return {
    ...rest,
    200: ok.description ? ok : { ...ok, description: 'Success, or a business error in `code`' },
    default: {
      description: 'An unreadable request (400, 413, 415), an unknown route (404), a rate limit (429) or a server fault (5xx)',
      content: { 'application/json': { schema: { $ref: `#/components/schemas/${ERROR_ENVELOPE_NAME}` } } },
    },
  };
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

/**
 * Completes what the decorators cannot say alone: the headers and security each route's auth
 * rules imply, one status (200), the business codes in the description, tag descriptions and
 * int64 ids. Exported for the tests that check the document's rules.
 */
export function completeDocument(document: OpenAPIObject, routes: Map<string, RouteAuth>): OpenAPIObject {
  const usedTags = new Set<string>();
  for (const pathItem of Object.values(document.paths) as PathItemObject[]) {
    for (const method of METHODS) {
      const operation = pathItem[method];
      if (!operation) continue;
      const auth = routes.get(operation.operationId ?? '');
      if (!auth) throw new Error(`OpenAPI: no controller method for operation ${operation.operationId}`);
      const tags = operation.tags ?? [];
      tags.forEach((tag) => usedTags.add(tag));
      const ownHeaders = new Set(['app_id', 'user_id', 'group_id', 'user-agent', 'access-token']);
      const kept = ((operation.parameters ?? []) as ParameterObject[]).filter((parameter) => !(parameter.in === 'header' && ownHeaders.has(parameter.name)));
      for (const parameter of kept) {
        if (parameter.in === 'header') parameter.required = false;
        markInt64Ids({ type: 'object', properties: { [parameter.name]: parameter.schema ?? {} } });
      }
      operation.parameters = [...headerParameters(auth), ...kept];
      operation.security = security(auth);
      operation.responses = answersOk(operation.responses);
      const extensions = operation as unknown as Record<string, unknown>;
      const own = (extensions[ERROR_CODES_EXTENSION] as ErrorCode[] | undefined) ?? [];
      const codes = [...new Set([...authErrors(auth), ...tags.flatMap((tag) => TAGS[tag]?.errors ?? []), ...own])].sort((a, b) => a - b);
      extensions[ERROR_CODES_EXTENSION] = codes;
      const summary = operation.summary ? `${operation.summary.replace(/\.$/, '')}.` : '';
      operation.description = [summary, describeAccess(auth), describeErrors(codes)].filter(Boolean).join('\n\n');
    }
  }
  const missing = [...usedTags].filter((tag) => !TAGS[tag]);
  if (missing.length) throw new Error(`OpenAPI: tags without a description in src/common/openapi/document.ts: ${missing.join(', ')}`);
  document.tags = [...usedTags].sort().map((name) => ({ name, description: TAGS[name].description }));
  document.components = document.components ?? {};
  document.components.schemas = { ...(document.components.schemas ?? {}), [ERROR_ENVELOPE_NAME]: ERROR_ENVELOPE };
  for (const schema of Object.values(document.components.schemas)) markInt64Ids(schema);
  for (const pathItem of Object.values(document.paths) as PathItemObject[]) {
    for (const method of METHODS) {
      for (const response of Object.values(pathItem[method]?.responses ?? {}) as ResponseObject[]) {
        for (const media of Object.values(response.content ?? {})) markInt64Ids(media.schema);
      }
    }
  }
  return document;
}

/** The OpenAPI document of the application's routes (served at /docs-json; `npm run client:generate` writes it). */
export function createApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('IM server API')
    .setDescription(
      'The MaxIM server API. Every answer is HTTP 200 with `{code, message, data}`: `code` 200 on success, else a business code ' +
        '(README "Error codes"). Operations marked `x-extension: true` are ours: MaxIM\'s hosted service lacks them.',
    )
    .setVersion('1')
    .setLicense('MIT', 'https://opensource.org/licenses/MIT')
    .addServer('/', 'The server that serves this document')
    .addApiKey({ type: 'apiKey', in: 'header', name: 'access-token', description: 'A user token (/token/*) or an app admin token' }, 'access-token')
    .build();
  return completeDocument(SwaggerModule.createDocument(app, config), routeAuthByOperationId(app));
}
