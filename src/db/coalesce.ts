// Reads asked for at about the same time go to the store together, as one statement: on PostgreSQL each
// statement is a round trip that wakes a backend, and with many clients those round trips, not the
// reads, are what a look-up costs (docs/performance.md, goal 2). A read is only ever sent after it was
// asked for — it joins the batch being gathered, never one already on its way — so what it returns is
// the store's state at the moment it was asked, or later: a change committed before the request arrived
// always shows.

/** What a batch's statement does: the answers to `items`, in their order. */
export type BatchRead<I, R> = (items: I[]) => Promise<R[]>;

export interface CoalesceOptions {
  /** batches on their way at once (PostgreSQL's pool can run a few; the embedded store runs one at a time) */
  inFlight: number;
  /** items in one batch at most (its statement's arrays) */
  most: number;
}

interface Waiting<I, R> {
  item: I;
  resolve: (r: R) => void;
  reject: (e: unknown) => void;
}

/**
 * Gathers the items asked for until the event loop has taken in the I/O that was ready (setImmediate),
 * then sends them as one batch, at most `inFlight` batches on their way at once: when as many are, what
 * is asked meanwhile waits for one of them to return, and goes in the next. A failed batch fails each of
 * its items with its error, and no other.
 */
export class Coalesced<I, R> {
  private waiting: Waiting<I, R>[] = [];
  private sending = 0;
  private scheduled = false;

  constructor(
    private readonly read: BatchRead<I, R>,
    private readonly options: CoalesceOptions,
  ) {}

  ask(item: I): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.waiting.length === 0 || this.sending >= this.options.inFlight) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.send();
    });
  }

  private send(): void {
    while (this.waiting.length > 0 && this.sending < this.options.inFlight) {
      const batch = this.waiting.splice(0, this.options.most);
      this.sending += 1;
      Promise.resolve()
        .then(() => this.read(batch.map((w) => w.item)))
        .then(
          (answers) => {
            if (answers.length !== batch.length) throw new Error(`a batch read answered ${answers.length} items of ${batch.length}`);
            batch.forEach((w, i) => w.resolve(answers[i]!));
          },
          (e: unknown) => {
            for (const w of batch) w.reject(e);
          },
        )
        .catch((e: unknown) => {
          for (const w of batch) w.reject(e);
        })
        .finally(() => {
          this.sending -= 1;
          this.schedule();
        });
    }
  }
}

/**
 * One Coalesced per key object (a store's database), made on first use: the processes' own batches,
 * never shared between two stores.
 */
export function coalescedPer<K extends object, I, R>(make: (key: K) => Coalesced<I, R>): (key: K) => Coalesced<I, R> {
  const made = new WeakMap<K, Coalesced<I, R>>();
  return (key) => {
    let c = made.get(key);
    if (!c) made.set(key, (c = make(key)));
    return c;
  };
}
