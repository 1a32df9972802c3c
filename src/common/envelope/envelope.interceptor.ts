import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Observable, map } from 'rxjs';
import { ListPage } from '../pagination/cursor';
import { Envelope, WithTopLevelFields } from './envelope';

/** Wraps whatever a handler returns in the MaxIM envelope; list pages carry their cursor beside data. */
@Injectable()
export class EnvelopeInterceptor implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<Envelope> {
    return next.handle().pipe(
      map((result): Envelope => {
        if (result instanceof ListPage) {
          const envelope: Envelope = { code: 200, message: null, data: result.items };
          if (result.cursor !== undefined) envelope.cursor = result.cursor;
          if (result.total !== undefined) envelope.total = result.total;
          if (result.version !== undefined) envelope.version = result.version;
          return envelope;
        }
        if (result instanceof WithTopLevelFields) return { code: 200, message: null, data: result.data ?? null, ...result.fields };
        return { code: 200, message: null, data: result ?? null };
      }),
    );
  }
}
