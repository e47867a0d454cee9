/** Either a value or the reason there is none. */
export type Result<Value, Failure> = { ok: true; value: Value } | { ok: false; error: Failure };

/** A successful result. */
export function ok<Value>(value: Value): { ok: true; value: Value } {
  return { ok: true, value };
}

/** A failed result. */
export function fail<Failure>(error: Failure): { ok: false; error: Failure } {
  return { ok: false, error };
}
