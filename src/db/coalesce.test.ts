// Reads gathered into batches (coalesce.ts): what is asked together goes as one batch, in order; a read
// asked while the batches allowed are on their way waits and goes in the next, never in one already sent;
// a failed batch fails its own items only.
import { describe, expect, it } from 'vitest';
import { Coalesced, coalescedPer } from './coalesce.js';

/** A batch read that records its batches and answers each only when told to. */
function held() {
  const batches: { items: number[]; answer: (r?: number[]) => void; fail: (e: Error) => void }[] = [];
  const read = (items: number[]) =>
    new Promise<number[]>((resolve, reject) => {
      batches.push({ items, answer: (r) => resolve(r ?? items.map((i) => i * 10)), fail: reject });
    });
  return { batches, read };
}

// a few turns of the event loop: an answered batch's promises settle, and the next batch is sent
const turn = async () => {
  for (let i = 0; i < 3; i++) await new Promise((r) => setImmediate(r));
};

describe('reads gathered into batches', () => {
  it('sends what was asked in one turn of the event loop as one batch, and answers each its own, in order', async () => {
    const { batches, read } = held();
    const c = new Coalesced(read, { inFlight: 1, most: 100 });
    const asked = [3, 1, 2, 1].map((i) => c.ask(i));
    await turn();
    expect(batches.map((b) => b.items)).toEqual([[3, 1, 2, 1]]);
    batches[0]!.answer();
    expect(await Promise.all(asked)).toEqual([30, 10, 20, 10]);
  });

  it('never adds a read to a batch already sent: asked meanwhile, it waits for the next', async () => {
    const { batches, read } = held();
    const c = new Coalesced(read, { inFlight: 1, most: 100 });
    const first = c.ask(1);
    await turn();
    expect(batches).toHaveLength(1);
    // asked after the first batch left: not in it, and not sent while it is on its way (inFlight 1)
    const second = [c.ask(2), c.ask(3)];
    await turn();
    expect(batches.map((b) => b.items)).toEqual([[1]]);
    batches[0]!.answer();
    expect(await first).toBe(10);
    await turn();
    expect(batches.map((b) => b.items)).toEqual([[1], [2, 3]]);
    batches[1]!.answer();
    expect(await Promise.all(second)).toEqual([20, 30]);
  });

  it('has at most inFlight batches on their way, each of at most `most` items', async () => {
    const { batches, read } = held();
    const c = new Coalesced(read, { inFlight: 2, most: 3 });
    const asked = Array.from({ length: 8 }, (_, i) => c.ask(i));
    await turn();
    expect(batches.map((b) => b.items)).toEqual([
      [0, 1, 2],
      [3, 4, 5],
    ]);
    batches[1]!.answer();
    await turn();
    expect(batches.map((b) => b.items)).toEqual([
      [0, 1, 2],
      [3, 4, 5],
      [6, 7],
    ]);
    batches[0]!.answer();
    batches[2]!.answer();
    expect(await Promise.all(asked)).toEqual([0, 10, 20, 30, 40, 50, 60, 70]);
  });

  it('fails the items of a failed batch with its error, and answers the others', async () => {
    const { batches, read } = held();
    const c = new Coalesced(read, { inFlight: 2, most: 2 });
    const asked = [1, 2, 3].map((i) => c.ask(i).then(String, (e: Error) => `failed: ${e.message}`));
    await turn();
    batches[0]!.fail(new Error('connection lost'));
    batches[1]!.answer();
    expect(await Promise.all(asked)).toEqual(['failed: connection lost', 'failed: connection lost', '30']);
    // a read that throws at once, or answers the wrong number of items, fails its batch too
    const broken = new Coalesced<number, number>(
      (items) => {
        if (items.includes(0)) throw new Error('refused');
        return Promise.resolve([1]);
      },
      { inFlight: 1, most: 10 },
    );
    await expect(broken.ask(0)).rejects.toThrow('refused');
    const two = [broken.ask(1), broken.ask(2)];
    await expect(two[0]).rejects.toThrow('answered 1 items of 2');
    await expect(two[1]).rejects.toThrow('answered 1 items of 2');
    // and the next batch is sent as usual
    expect(await broken.ask(5)).toBe(1);
  });

  it('keeps one gatherer per key object', () => {
    const of = coalescedPer((key: { n: number }) => new Coalesced(async (items: number[]) => items.map((i) => i + key.n), { inFlight: 1, most: 1 }));
    const a = { n: 1 };
    const b = { n: 2 };
    expect(of(a)).toBe(of(a));
    expect(of(a)).not.toBe(of(b));
  });
});
