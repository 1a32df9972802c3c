import { DeviceStreams, EntryOrder } from './pushed-pages';

const PEER = 10_000_002;
const KEY = 77;
const entries = (...seqs: number[]) => seqs.map((seq) => ({ seq, conversationKey: KEY }));

/** A session that pulled the conversation to its end once: confirmed and given up to `seq`. */
function caughtUpAt(seq: number): DeviceStreams {
  const streams = new DeviceStreams(3);
  expect(streams.entryStored(PEER, seq, KEY, false)).toBe('notice');
  expect(streams.pulled(PEER, 0, entries(seq), seq)).toHaveLength(1);
  expect(streams.pulled(PEER, seq, [], 0)).toEqual([]);
  return streams;
}

describe('DeviceStreams: pushed page or NOTICE', () => {
  it('sends a NOTICE while the session has no state of the conversation, then pushes the next entries', () => {
    const streams = caughtUpAt(5);
    expect(streams.entryStored(PEER, 6, KEY, false)).toBe('page');
    expect(streams.entryStored(PEER, 7, KEY, false)).toBe('page');
  });

  it('answers a confirmation of pushed pages from memory, never past what was given', () => {
    const streams = caughtUpAt(5);
    streams.entryStored(PEER, 6, KEY, false);
    expect(streams.confirm(PEER, 6)).toEqual({ conversationKey: KEY, seq: 6 });
    expect(streams.confirm(PEER, 7)).toBeNull();
    expect(streams.confirm(PEER, 5)).toEqual({ conversationKey: KEY, seq: 6 });
    expect(streams.readFrom(PEER)).toBe(6);
  });

  it('never pushes the entry after a forgotten state: a member that left and came back is told by NOTICE', () => {
    const streams = caughtUpAt(5);
    streams.forget(PEER);
    expect(streams.entryStored(PEER, 6, KEY, false)).toBe('notice');
    expect(streams.confirm(PEER, 5)).toBeNull();
    expect(streams.readFrom(PEER)).toBe(0);
  });

  it('falls back to NOTICE past a gap and until a pull reaches the end again', () => {
    const streams = caughtUpAt(5);
    expect(streams.entryStored(PEER, 7, KEY, false)).toBe('notice');
    expect(streams.entryStored(PEER, 6, KEY, false)).toBe('notice');
    expect(streams.confirm(PEER, 5)).toBeNull();
    expect(streams.pulled(PEER, 0, entries(6, 7), 7).map((entry) => entry.seq)).toEqual([6, 7]);
    expect(streams.pulled(PEER, 7, [], 0)).toEqual([]);
    expect(streams.entryStored(PEER, 8, KEY, false)).toBe('page');
  });

  it('falls back to NOTICE when more than a page is unconfirmed', () => {
    const streams = caughtUpAt(5);
    expect([6, 7, 8, 9].map((seq) => streams.entryStored(PEER, seq, KEY, false))).toEqual(['page', 'page', 'page', 'notice']);
  });

  it('leaves out of a pulled page what was pushed meanwhile, and never pushes what a pull gave', () => {
    const streams = caughtUpAt(5);
    expect(streams.entryStored(PEER, 6, KEY, false)).toBe('page');
    expect(streams.pulled(PEER, 0, entries(6, 7), 7).map((entry) => entry.seq)).toEqual([7]);
    expect(streams.entryStored(PEER, 7, KEY, false)).toBe('none');
    expect(streams.entryStored(PEER, 8, KEY, false)).toBe('page');
  });

  it('counts the device’s own send as given, and as confirmed when nothing else was pending', () => {
    const streams = caughtUpAt(5);
    expect(streams.entryStored(PEER, 6, KEY, true)).toBe('advance');
    expect(streams.entryStored(PEER, 7, KEY, false)).toBe('page');
    expect(streams.entryStored(PEER, 8, KEY, true)).toBe('none');
    expect(streams.entryStored(PEER, 9, KEY, false)).toBe('page');
    expect(new DeviceStreams(3).entryStored(PEER, 1, KEY, true)).toBe('none');
  });
});

describe('DeviceStreams: conversations an UNREAD found read to the end', () => {
  const GROUP = 1_000_000_007;

  it('pushes the entry after the head at once, and answers its confirmation from memory', () => {
    const streams = new DeviceStreams(3);
    const watch = streams.watch();
    streams.caughtUp(watch, [{ xid: PEER, head: 5, conversationKey: KEY }]);
    streams.unwatch(watch);
    expect(streams.readFrom(PEER)).toBe(5);
    expect(streams.entryStored(PEER, 6, KEY, false)).toBe('page');
    expect(streams.confirm(PEER, 6)).toEqual({ conversationKey: KEY, seq: 6 });
  });

  it('pushes the first entry of a group without a stream yet, its key taken from the entry', () => {
    const streams = new DeviceStreams(3);
    streams.caughtUp(streams.watch(), [{ xid: GROUP, head: 0, conversationKey: null }]);
    expect(streams.confirm(GROUP, 1)).toBeNull();
    expect(streams.entryStored(GROUP, 1, KEY, false)).toBe('page');
    expect(streams.confirm(GROUP, 1)).toEqual({ conversationKey: KEY, seq: 1 });
  });

  it('leaves alone a conversation an entry, a membership change or a pull reached while the UNREAD was read', () => {
    const streams = new DeviceStreams(3);
    const watch = streams.watch();
    expect(streams.entryStored(PEER, 6, KEY, false)).toBe('notice');
    streams.forget(GROUP);
    streams.caughtUp(watch, [
      { xid: PEER, head: 5, conversationKey: KEY },
      { xid: GROUP, head: 9, conversationKey: KEY + 1 },
    ]);
    streams.unwatch(watch);
    expect(streams.entryStored(PEER, 7, KEY, false)).toBe('notice');
    expect(streams.entryStored(GROUP, 10, KEY + 1, false)).toBe('notice');
  });

  it('never replaces a state the session has, and still falls back to NOTICE past a gap after the head', () => {
    const streams = caughtUpAt(5);
    streams.entryStored(PEER, 6, KEY, false);
    streams.caughtUp(streams.watch(), [
      { xid: PEER, head: 3, conversationKey: KEY },
      { xid: PEER + 1, head: 4, conversationKey: KEY + 1 },
    ]);
    expect(streams.entryStored(PEER, 7, KEY, false)).toBe('page');
    expect(streams.entryStored(PEER + 1, 6, KEY + 1, false)).toBe('notice');
  });

  it('changes nothing on a connection without pushed pages', () => {
    const streams = new DeviceStreams(3, false);
    streams.caughtUp(streams.watch(), [{ xid: PEER, head: 5, conversationKey: KEY }]);
    expect(streams.entryStored(PEER, 6, KEY, false)).toBe('notice');
  });
});

describe('EntryOrder: entries of a conversation announced in seq order', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('holds an entry until the ones before it arrive, and releases a gap after the hold', () => {
    const released: number[] = [];
    const order = new EntryOrder<number>(50, (seq) => released.push(seq));
    order.add(KEY, 4, 4);
    order.add(KEY, 6, 6);
    order.add(KEY, 7, 7);
    expect(released).toEqual([4]);
    order.add(KEY, 5, 5);
    expect(released).toEqual([4, 5, 6, 7]);
    order.add(KEY, 9, 9);
    order.add(KEY + 1, 30, 30);
    expect(released).toEqual([4, 5, 6, 7, 30]);
    jest.advanceTimersByTime(50);
    expect(released).toEqual([4, 5, 6, 7, 30, 9]);
    order.add(KEY, 8, 8);
    order.add(KEY, 10, 10);
    expect(released).toEqual([4, 5, 6, 7, 30, 9, 8, 10]);
  });
});
