import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { OpenAPIObject } from '@nestjs/swagger';
import { AppModule } from '../../app.module';
import { loadConfig } from '../config/config';
import { createApiDocument } from './document';

/**
 * The document /docs-json serves, built without a database, Redis or a listening server: Nest's
 * preview mode scans modules and controllers but instantiates no provider, so nothing connects.
 */
export async function createOfflineApiDocument(): Promise<OpenAPIObject> {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(loadConfig({}), 'postgres://offline.invalid/none'), new FastifyAdapter(), {
    preview: true,
    logger: false,
  });
  try {
    return createApiDocument(app);
  } finally {
    await app.close();
  }
}
