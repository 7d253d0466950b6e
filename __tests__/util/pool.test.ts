import { mapPool } from '../../src/util/pool.ts';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('mapPool', () => {
  it('keeps the order of the items whatever order the work ends in', async () => {
    const out = await mapPool([30, 5, 20, 1], 4, async (ms, i) => {
      await tick(ms);
      return `${i}:${ms}`;
    });
    expect(out).toEqual(['0:30', '1:5', '2:20', '3:1']);
  });

  it('never has more than `limit` in flight, and uses all of them', async () => {
    let now = 0;
    let most = 0;
    await mapPool(
      Array.from({ length: 12 }, (_, i) => i),
      3,
      async () => {
        most = Math.max(most, ++now);
        await tick(5);
        now--;
      },
    );
    expect(most).toBe(3);
  });

  it('handles no items, and a limit above the number of items', async () => {
    expect(await mapPool([], 4, async () => 1)).toEqual([]);
    expect(await mapPool([1, 2], 10, async (x) => x * 2)).toEqual([2, 4]);
  });

  it('rejects with the first failure', async () => {
    await expect(
      mapPool([1, 2, 3], 2, async (x) => {
        if (x === 2) throw new Error('boom');
        return x;
      }),
    ).rejects.toThrow('boom');
  });
});
