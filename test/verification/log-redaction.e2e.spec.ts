import { PassThrough } from 'node:stream';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppsService } from '../../src/app/apps.service';
import { loadConfig } from '../../src/common/config/config';
import { createRootLogger } from '../../src/common/logging/logger';
import { createHttpApp } from '../../src/http';
import { createTestDatabase, TestDatabase } from '../database';

describe('request logs', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  const lines: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n').filter(Boolean)));
    const config = { ...loadConfig({}), logLevel: 'info', databasePreparedStatements: true };
    app = await createHttpApp(config, database.url, createRootLogger('info', stream));
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('masks a verification code sent in the query (POST /user/mobile) and keep the rest of the URL', async () => {
    const { app_id: appId, admin_token: token } = await app.get(AppsService).create('logs');
    await app.inject({ method: 'POST', url: '/user/mobile?mobile=13912345678&verification_code=482913', headers: { app_id: appId, 'access-token': token } });
    expect(lines.join('\n')).not.toContain('482913');
    const incoming = lines.map((line) => JSON.parse(line)).find((entry) => entry.msg === 'incoming request' && entry.req.url.startsWith('/user/mobile'));
    expect(incoming.req.url).toBe('/user/mobile?mobile=13912345678&verification_code=[redacted]');
  });
});
