import { lastValueFrom, of } from 'rxjs';
import { ListPage } from '../pagination/cursor';
import { EnvelopeInterceptor } from './envelope.interceptor';

describe(EnvelopeInterceptor.name, () => {
  const wrap = (value: unknown) => lastValueFrom(new EnvelopeInterceptor().intercept({} as never, { handle: () => of(value) }));

  it('wraps plain results, turning undefined into null', async () => {
    expect(await wrap({ a: 1 })).toEqual({ code: 200, message: null, data: { a: 1 } });
    expect(await wrap(undefined)).toEqual({ code: 200, message: null, data: null });
    expect(await wrap(false)).toEqual({ code: 200, message: null, data: false });
  });

  it('lifts cursor, total and version of a list page beside data, and leaves the cursor out on the last page', async () => {
    expect(await wrap(new ListPage([1, 2], 'next', 7, 3))).toEqual({ code: 200, message: null, data: [1, 2], cursor: 'next', total: 7, version: 3 });
    expect(await wrap(new ListPage([1]))).toEqual({ code: 200, message: null, data: [1] });
  });
});
