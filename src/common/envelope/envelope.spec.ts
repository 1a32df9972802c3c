import { FASTIFY_ROUTE_CONFIG_METADATA } from '@nestjs/platform-fastify/constants';
import { TextBody } from '../content-type';
import { ListPage } from '../pagination/cursor';
import { envelopeOf, OmitNullFields, WithTopLevelFields } from './envelope';

describe(envelopeOf.name, () => {
  const wrap = (value: unknown, omitNulls = false) => envelopeOf(value, omitNulls);

  it('wraps plain results, turning undefined into null', () => {
    expect(wrap({ a: 1 })).toEqual({ code: 200, message: null, data: { a: 1 } });
    expect(wrap(undefined)).toEqual({ code: 200, message: null, data: null });
    expect(wrap(false)).toEqual({ code: 200, message: null, data: false });
  });

  it('lifts cursor, total and version of a list page beside data, and leaves the cursor out on the last page', () => {
    expect(wrap(new ListPage([1, 2], 'next', 7, 3))).toEqual({ code: 200, message: null, data: [1, 2], cursor: 'next', total: 7, version: 3 });
    expect(wrap(new ListPage([1]))).toEqual({ code: 200, message: null, data: [1] });
  });

  it('puts the fields of WithTopLevelFields beside data', () => {
    expect(wrap(new WithTopLevelFields(true, { msg_ids: [5] }))).toEqual({ code: 200, message: null, data: true, msg_ids: [5] });
    expect(wrap(new WithTopLevelFields({ a: null }, { msg_ids: [5] }), true)).toEqual({ code: 200, message: null, data: {}, msg_ids: [5] });
  });

  it('leaves null fields out of data, at every depth, only on @OmitNullFields() routes', () => {
    const item = { user_id: 1, alias: null, ext: '', settings: { mute: false, silence_start_time: null }, tags: [{ name: null, id: 2 }] };
    expect(wrap(item, true)).toEqual({ code: 200, message: null, data: { user_id: 1, ext: '', settings: { mute: false }, tags: [{ id: 2 }] } });
    expect(wrap(new ListPage([item]), true)).toMatchObject({ data: [{ user_id: 1, ext: '' }] });
    expect(wrap(new ListPage([item]), true).data).not.toHaveProperty('0.alias');
    expect(wrap(item)).toEqual({ code: 200, message: null, data: item });
    expect(wrap(null, true)).toEqual({ code: 200, message: null, data: null });
  });

  it('keeps a field named __proto__ as a field when leaving out nulls', () => {
    const parsed = JSON.parse('{"__proto__": {"a": 1, "b": null}, "c": null}');
    const { data } = wrap(parsed, true);
    expect(JSON.stringify(data)).toBe('{"__proto__":{"a":1}}');
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
  });
});

describe(OmitNullFields.name, () => {
  class Routes {
    @OmitNullFields()
    @TextBody()
    both() {}

    @TextBody()
    @OmitNullFields()
    bothTheOtherWay() {}

    plain() {}
  }
  const configOf = (handler: () => void) => Reflect.getMetadata(FASTIFY_ROUTE_CONFIG_METADATA, handler);

  it("marks the route in its Fastify route config, keeping the config other decorators set", () => {
    expect(configOf(Routes.prototype.both)).toEqual({ omitNullFields: true, textBody: true });
    expect(configOf(Routes.prototype.bothTheOtherWay)).toEqual({ omitNullFields: true, textBody: true });
    expect(configOf(Routes.prototype.plain)).toBeUndefined();
  });
});
