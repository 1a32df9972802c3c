import { Reflector } from '@nestjs/core';
import { lastValueFrom, of } from 'rxjs';
import { ListPage } from '../pagination/cursor';
import { OmitNullFields } from './envelope';
import { EnvelopeInterceptor } from './envelope.interceptor';

describe(EnvelopeInterceptor.name, () => {
  class Routes {
    plain() {}
    @OmitNullFields()
    storedBySdk() {}
  }
  const on = (handler: () => void) => ({ getHandler: () => handler, getClass: () => Routes }) as never;
  const interceptor = new EnvelopeInterceptor(new Reflector());
  const wrap = (value: unknown, route: () => void = Routes.prototype.plain) => lastValueFrom(interceptor.intercept(on(route), { handle: () => of(value) }));

  it('wraps plain results, turning undefined into null', async () => {
    expect(await wrap({ a: 1 })).toEqual({ code: 200, message: null, data: { a: 1 } });
    expect(await wrap(undefined)).toEqual({ code: 200, message: null, data: null });
    expect(await wrap(false)).toEqual({ code: 200, message: null, data: false });
  });

  it('lifts cursor, total and version of a list page beside data, and leaves the cursor out on the last page', async () => {
    expect(await wrap(new ListPage([1, 2], 'next', 7, 3))).toEqual({ code: 200, message: null, data: [1, 2], cursor: 'next', total: 7, version: 3 });
    expect(await wrap(new ListPage([1]))).toEqual({ code: 200, message: null, data: [1] });
  });

  it('leaves null fields out of data, at every depth, only on @OmitNullFields() routes', async () => {
    const item = { user_id: 1, alias: null, ext: '', settings: { mute: false, silence_start_time: null }, tags: [{ name: null, id: 2 }] };
    expect(await wrap(item, Routes.prototype.storedBySdk)).toEqual({ code: 200, message: null, data: { user_id: 1, ext: '', settings: { mute: false }, tags: [{ id: 2 }] } });
    expect(await wrap(new ListPage([item]), Routes.prototype.storedBySdk)).toMatchObject({ data: [{ user_id: 1, ext: '' }] });
    expect((await wrap(new ListPage([item]), Routes.prototype.storedBySdk)).data).not.toHaveProperty('0.alias');
    expect(await wrap(item)).toEqual({ code: 200, message: null, data: item });
    expect(await wrap(null, Routes.prototype.storedBySdk)).toEqual({ code: 200, message: null, data: null });
  });

  it('keeps a field named __proto__ as a field when leaving out nulls', async () => {
    const parsed = JSON.parse('{"__proto__": {"a": 1, "b": null}, "c": null}');
    const { data } = await wrap(parsed, Routes.prototype.storedBySdk);
    expect(JSON.stringify(data)).toBe('{"__proto__":{"a":1}}');
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
  });
});
