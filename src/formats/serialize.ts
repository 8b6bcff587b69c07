/**
 * @module serialize
 * Turns typed models into JSON-safe values: binary data becomes its size and type (or base64
 * when asked), so `convert --to json` stays readable.
 */
export function toSerializable(value: unknown, options: { includeBinary?: boolean } = {}): unknown {
  if (value instanceof Uint8Array) {
    return options.includeBinary
      ? { base64: Buffer.from(value).toString('base64') }
      : { bytes: value.byteLength };
  }
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((item) => toSerializable(item, options));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined) out[key] = toSerializable(item, options);
    }
    return out;
  }
  return value;
}
