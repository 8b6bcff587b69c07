/**
 * @module numpy-permutation
 * The permutation numpy's legacy generator gives for a seed (`numpy.random.RandomState(seed)
 * .permutation(n)`): the Mersenne Twister MT19937 seeded as numpy seeds it from one integer, and
 * numpy's Fisher-Yates shuffle drawing each index by masked rejection. scikit-learn's
 * `train_test_split(..., random_state=seed)` takes its test rows from the front of this
 * permutation, so a split stated with its seed can be repeated exactly.
 */

const N = 624;
const M = 397;

/** A 32-bit Mersenne Twister seeded as numpy's `RandomState(seed)` (init_genrand). */
function mersenneTwister(seed: number): () => number {
  const state = new Uint32Array(N);
  state[0] = seed >>> 0;
  for (let i = 1; i < N; i++) {
    const previous = state[i - 1]! ^ (state[i - 1]! >>> 30);
    state[i] = (Math.imul(1812433253, previous) + i) >>> 0;
  }
  let index = N;
  const twist = () => {
    for (let i = 0; i < N; i++) {
      const y = (state[i]! & 0x80000000) | (state[(i + 1) % N]! & 0x7fffffff);
      state[i] = state[(i + M) % N]! ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    }
    index = 0;
  };
  return () => {
    if (index >= N) twist();
    let y = state[index++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  };
}

/** A whole number in [0, max] as numpy draws it: 32 bits masked to max's width, redrawn while above max. */
function interval(next: () => number, max: number): number {
  if (max === 0) return 0;
  let mask = max;
  for (const shift of [1, 2, 4, 8, 16]) mask |= mask >>> shift;
  for (;;) {
    const value = (next() & mask) >>> 0;
    if (value <= max) return value;
  }
}

/** `numpy.random.RandomState(seed).permutation(n)`: 0..n-1 shuffled from the last place down. */
export function numpyPermutation(seed: number, n: number): number[] {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    throw new RangeError('seed must be a 32-bit whole number');
  if (n > 0xffffffff) throw new RangeError('too many items');
  const next = mersenneTwister(seed);
  const items = Array.from({ length: n }, (_, index) => index);
  for (let i = n - 1; i > 0; i--) {
    const j = interval(next, i);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/**
 * The rows scikit-learn's `train_test_split(rows, test_size=testFraction, random_state=seed)`
 * gives (shuffled): the test rows are the first ceil(testFraction·n) of the seed's permutation, the
 * training rows the rest, in permutation order.
 */
export function seededSplit<T>(
  rows: readonly T[],
  testFraction: number,
  seed: number,
): { train: T[]; test: T[] } {
  const order = numpyPermutation(seed, rows.length);
  const testCount = Math.ceil(testFraction * rows.length);
  return {
    test: order.slice(0, testCount).map((index) => rows[index]!),
    train: order.slice(testCount).map((index) => rows[index]!),
  };
}
