import { Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { FileReceiveService } from './file-receive.service';
import { dispositionFileName, isUploadFilePart, multipartFile } from './multipart-upload';
import { FileStorage } from './storage/file-storage';
import { LocalFileStorage } from './storage/local-file.storage';

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Mounts the local backend's object endpoint, `POST`/`PUT /file/object?ticket=`, straight on
 * Fastify rather than as a Nest route: it is the storage side of a signed upload URL, which
 * clients call the way they call OSS or S3 (no `app_id`, no `access-token`; the signed ticket is
 * the whole authority), and its body must stream to disk instead of being parsed. Its own plugin
 * scope accepts any content type without reading the body, and leaves every other route as it is.
 */
@Injectable()
export class FileObjectRoute implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly storage: FileStorage,
    private readonly receiver: FileReceiveService,
  ) {}

  onModuleInit(): void {
    if (!(this.storage instanceof LocalFileStorage)) return;
    const fastify = this.adapterHost.httpAdapter?.getInstance?.() as FastifyInstance | undefined;
    if (!fastify) return; // an application context without HTTP (the operator CLI)
    void fastify.register(async (scope) => {
      scope.removeAllContentTypeParsers();
      // multipart/form-data is parsed by busboy as it streams, only once the ticket is checked.
      await scope.register(fastifyMultipart, { isPartAFile: isUploadFilePart });
      scope.addContentTypeParser('*', (_request, _payload, done) => done(null));
      // The ticket rides in the query: it is longer than Fastify lets a path parameter be.
      const handler = (request: FastifyRequest<{ Querystring: { ticket?: string } }>, reply: FastifyReply) => this.handle(request, reply);
      scope.post('/file/object', handler);
      scope.put('/file/object', handler);
    });
  }

  private async handle(request: FastifyRequest<{ Querystring: { ticket?: string } }>, reply: FastifyReply): Promise<void> {
    const ticket = request.query.ticket;
    const outcome = await this.receiver.receive({
      ticket: typeof ticket === 'string' ? ticket : '',
      openFile: async (maxBytes) =>
        request.isMultipart() ? multipartFile(request, maxBytes) : { content: request.raw, fileName: dispositionFileName(header(request, 'content-disposition')) },
    });
    // A refused upload may leave part of the body unread: close the connection rather than read on.
    if (outcome.status !== 200) reply.header('connection', 'close');
    // MaxIM's web SDK settles an upload only on `data: true` (its "ceph" case) or `Status: "OK"`
    // (its OSS case); `Status` keeps `data` free for the size and type our own clients read.
    const body = { code: outcome.code, message: outcome.message, data: outcome.data, ...(outcome.status === 200 ? { Status: 'OK' } : {}) };
    await reply.code(outcome.status).header('cache-control', 'no-store').send(body);
  }
}
