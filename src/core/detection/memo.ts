/**
 * A value worked out once per object — a scanned document, a context rule — and forgotten with it (a
 * WeakMap: nothing outlives the scan that needed it).
 */

/** `compute` remembered per key object. Its value may not be `undefined`: that marks "not yet known". */
export function memoPer<K extends object, V extends NonNullable<unknown> | null>(
  compute: (key: K) => V,
): (key: K) => V {
  const known = new WeakMap<K, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      value = compute(key);
      known.set(key, value);
    }
    return value;
  };
}
