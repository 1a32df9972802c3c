import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Observable, map } from 'rxjs';
import { ListPage } from '../pagination/cursor';
import { PerRoute } from '../per-route';
import { Envelope, OMIT_NULL_FIELDS, WithTopLevelFields, withoutNullFields } from './envelope';

/**
 * Wraps whatever a handler returns in the MaxIM envelope; list pages carry their cursor beside data.
 * On @OmitNullFields() routes, null-valued properties inside data are left out.
 */
@Injectable()
export class EnvelopeInterceptor implements NestInterceptor {
  private readonly omitsNulls: PerRoute<boolean>;

  constructor(reflector: Reflector) {
    this.omitsNulls = new PerRoute((targets) => reflector.getAllAndOverride<boolean>(OMIT_NULL_FIELDS, targets) ?? false);
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<Envelope> {
    const omitNulls = this.omitsNulls.of(context);
    const shape = (data: unknown) => (omitNulls ? withoutNullFields(data) : data);
    return next.handle().pipe(
      map((result): Envelope => {
        if (result instanceof ListPage) {
          const envelope: Envelope = { code: 200, message: null, data: shape(result.items) };
          if (result.cursor !== undefined) envelope.cursor = result.cursor;
          if (result.total !== undefined) envelope.total = result.total;
          if (result.version !== undefined) envelope.version = result.version;
          return envelope;
        }
        if (result instanceof WithTopLevelFields) return { code: 200, message: null, data: shape(result.data ?? null), ...result.fields };
        return { code: 200, message: null, data: shape(result ?? null) };
      }),
    );
  }
}
