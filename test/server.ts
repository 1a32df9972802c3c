import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { AppsService } from '../src/app/apps.service';
import { HotStateCache } from '../src/common/cache/hot-state.cache';
import { AppConfig, loadConfig } from '../src/common/config/config';
import { createRootLogger } from '../src/common/logging/logger';
import { createHttpApp } from '../src/http';
import { createTestDatabase, TestDatabase } from './database';
import { AnswerWatch } from './openapi/answer-contract';

export interface TestServer {
  app: NestFastifyApplication;
  config: AppConfig;
  database: TestDatabase;
  /** Direct SQL for arranging states the API cannot reach quickly (expired tokens, disabled users). */
  sql(query: string, parameters?: unknown[]): Promise<any[]>;
  request(options: RequestOptions): Promise<ApiResponse>;
  close(): Promise<void>;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  appId?: string;
  token?: string;
  headers?: Record<string, string>;
  body?: unknown;
  rawBody?: string;
  /** The client address the server sees (default 127.0.0.1). */
  remoteAddress?: string;
}

export interface ApiResponse {
  status: number;
  headers: Record<string, unknown>;
  body: { code: number; message: string | null; data: any; cursor?: string; total?: number; version?: number };
}

/**
 * The real server (Fastify, guards, filter, PostgreSQL) on a fresh cloned database (or `existing`),
 * driven with inject(). Every answer it gives is checked against its OpenAPI document
 * (test/openapi/answer-contract.ts): `request` throws on a mismatch, `close` on any left.
 */
export async function startTestServer(overrides: Partial<AppConfig> = {}, existing?: TestDatabase): Promise<TestServer> {
  const database = existing ?? (await createTestDatabase());
  const config: AppConfig = {
    ...loadConfig({}),
    logLevel: process.env.TEST_LOG_LEVEL || 'silent',
    authRateLimitPerMinute: 100_000,
    // The test databases live on a real PostgreSQL server, as DATABASE_URL does in production.
    databasePreparedStatements: true,
    ...overrides,
  };
  const app = await createHttpApp(config, database.url, createRootLogger(config.logLevel));
  const answers = new AnswerWatch();
  answers.attach(app);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  await answers.start(app);
  const dataSource = app.get(DataSource);
  const hotState = app.get(HotStateCache);
  return {
    app,
    config,
    database,
    // Hand-written SQL changes state beside the services that announce changes, as an operator's
    // would: the cache forgets what it holds, as an operator restarts processes after such an edit.
    async sql(query, parameters) {
      const rows = await dataSource.query(query, parameters);
      hotState.forgetAll();
      return rows;
    },
    async request(options) {
      const headers: Record<string, string> = { ...(options.headers ?? {}) };
      if (options.appId !== undefined) headers.app_id = options.appId;
      if (options.token !== undefined) headers['access-token'] = options.token;
      let payload: string | undefined = options.rawBody;
      if (options.body !== undefined) payload = JSON.stringify(options.body);
      if (payload !== undefined && !headers['content-type']) headers['content-type'] = 'application/json';
      const response = await app.inject({ method: options.method ?? 'GET', url: options.url, headers, payload, remoteAddress: options.remoteAddress });
      answers.throwNewMismatches();
      return { status: response.statusCode, headers: response.headers, body: response.json() };
    },
    async close() {
      await app.close();
      if (!existing) await database.drop();
      answers.finish();
    },
  };
}

export interface Tenant {
  appId: string;
  adminToken: string;
}

export async function createTenant(server: TestServer, name = 'test app'): Promise<Tenant> {
  const created = await server.app.get(AppsService).create(name);
  return { appId: created.app_id, adminToken: created.admin_token };
}

export interface TestUser {
  userId: number;
  username: string;
  password: string;
  token: string;
}

let userCounter = 0;

/** Registers a user through the API and logs it in. */
export async function createUser(server: TestServer, tenant: Tenant, username?: string): Promise<TestUser> {
  const name = username ?? `user_${process.pid}_${++userCounter}`;
  const password = 'secret-password';
  const registered = await server.request({ method: 'POST', url: '/user/register/v2', appId: tenant.appId, body: { username: name, password } });
  if (registered.body.code !== 200) throw new Error(`register ${name} failed: ${JSON.stringify(registered.body)}`);
  const login = await server.request({ method: 'POST', url: '/token/user', appId: tenant.appId, body: { name, password } });
  if (login.body.code !== 200) throw new Error(`login ${name} failed: ${JSON.stringify(login.body)}`);
  return { userId: login.body.data.user_id, username: name, password, token: login.body.data.token };
}
