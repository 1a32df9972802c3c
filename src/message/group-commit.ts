/** Sends one statement stores at most (its arrays grow with it; PostgreSQL plans it once either way). */
const MAX_BATCH = 200;

/**
 * Batches stored at once. While they are stored, new sends gather for the next one: under load the
 * batches grow by themselves, and an idle server stores a lone send at once.
 */
const MAX_IN_FLIGHT = 2;

interface Waiting<T, R> {
  item: T;
  resolve(result: R): void;
  reject(error: unknown): void;
}

/**
 * Group commit (src/message/README.md, "Group commit"): items that arrive within one turn of the
 * event loop, or while earlier batches are being stored, are stored together by `storeBatch` (one
 * statement, so one transaction). Each caller's promise settles only with its own item's result,
 * after that statement committed. When PostgreSQL refuses a batch (`refusedByDatabase`: the
 * statement failed and was rolled back), its items are stored one by one through `storeAlone`, in
 * arrival order, so one bad item fails alone and its neighbours are not lost. Any other failure
 * (the connection dropped: the batch may have committed unseen) is every item's answer, as it
 * would have been for a lone send, so nothing is stored twice. An
 * item whose unique key (`keysOf`) repeats one already in the batch waits for the batch and is then
 * stored alone: it is a resend, and the unique indexes judge it against the committed first.
 */
export class GroupCommit<T, R> {
  private readonly waiting: Waiting<T, R>[] = [];
  private inFlight = 0;
  private scheduled = false;

  constructor(
    private readonly storeBatch: (items: T[]) => Promise<R[]>,
    private readonly storeAlone: (item: T) => Promise<R>,
    private readonly keysOf: (item: T) => string[],
    private readonly refusedByDatabase: (error: unknown) => boolean,
  ) {}

  add(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight >= MAX_IN_FLIGHT || this.waiting.length === 0) return;
    this.scheduled = true;
    // setImmediate rather than a timer: sends parsed in the same turn join, and nobody waits for a clock.
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    if (this.inFlight >= MAX_IN_FLIGHT || this.waiting.length === 0) return;
    const taken = this.waiting.splice(0, MAX_BATCH);
    const keys = new Set<string>();
    const batch: Waiting<T, R>[] = [];
    const resends: Waiting<T, R>[] = [];
    for (const waiting of taken) {
      const itemKeys = this.keysOf(waiting.item);
      if (itemKeys.some((key) => keys.has(key))) {
        resends.push(waiting);
        continue;
      }
      for (const key of itemKeys) keys.add(key);
      batch.push(waiting);
    }
    this.inFlight++;
    void this.store(batch)
      .then(() => this.oneByOne(resends))
      .finally(() => {
        this.inFlight--;
        this.schedule();
      });
    this.schedule();
  }

  private async store(batch: Waiting<T, R>[]): Promise<void> {
    if (batch.length === 1) return this.oneByOne(batch);
    let results: R[];
    try {
      results = await this.storeBatch(batch.map((waiting) => waiting.item));
    } catch (error) {
      if (this.refusedByDatabase(error)) return this.oneByOne(batch);
      for (const waiting of batch) waiting.reject(error);
      return;
    }
    batch.forEach((waiting, index) => waiting.resolve(results[index]));
  }

  private async oneByOne(items: Waiting<T, R>[]): Promise<void> {
    for (const waiting of items) {
      await this.storeAlone(waiting.item).then(waiting.resolve, waiting.reject);
    }
  }
}
