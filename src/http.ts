import { randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { FastifyInstance } from 'fastify';
import { Logger } from 'pino';
import { AppModule } from './app.module';
import { AppConfig } from './common/config/config';
import { JsonLogger } from './common/logging/logger';
import { chooseFanOut, XsyncIoAdapter } from './realtime/xsync-io.adapter';

/**
 * Builds the HTTP application (not yet listening): Fastify with request ids and the body limit, and
 * the OpenAPI document at /docs. Fastify's own errors (unreadable bodies) reach the global filter through Nest.
 */
export async function createHttpApp(config: AppConfig, databaseUrl: string, logger: Logger): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    bodyLimit: config.bodyLimitBytes,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(config, databaseUrl), adapter, {
    logger: new JsonLogger(logger),
  });
  // The xsync gateway (src/realtime) shares this HTTP server; the adapter reads our settings.
  app.useWebSocketAdapter(new XsyncIoAdapter(app, config.realtime, chooseFanOut(config.redisUrl, config.databaseUrl), logger));
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  fastify.addHook('onSend', async (request, reply) => {
    // MaxIM answers every successful call with 200, POST included.
    if (reply.statusCode === 201) reply.code(200);
    reply.header('x-request-id', request.id);
  });

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('IM server API')
      .setDescription('The MaxIM server API: every answer is {code, message, data}; see README "Error codes".')
      .addApiKey({ type: 'apiKey', in: 'header', name: 'access-token' }, 'access-token')
      .addSecurityRequirements('access-token')
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  return app;
}
