/**
 * @module memo
 * A pure function of one key (a string, a number), remembered: each key is computed once, and the remembered
 * results are dropped all at once when `limit` keys are held (text repeats a small vocabulary,
 * so a full table is rare and refills quickly). Results are shared between callers: return
 * values that nobody changes (strings, frozen arrays and objects).
 *
 * @example
 * const shout = memoized((word: string) => word.toUpperCase(), 10_000);
 * shout('tea'); // 'TEA', computed; the second call is a lookup
 */
export function memoized<Value, Key = string>(
  compute: (key: Key) => Value,
  limit: number,
): (key: Key) => Value {
  const known = new Map<Key, Value>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined && !known.has(key)) {
      value = compute(key);
      if (known.size >= limit) known.clear();
      known.set(key, value);
    }
    return value as Value;
  };
}
