// Chair keys: one per room. Checked in constant time; never logged.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new random key, URL-safe, hard to guess (128 bits). */
export function generateChairKey(): string {
  return randomBytes(16).toString('base64url');
}

/**
 * True when `given` is the room's key. Both are hashed first so the comparison takes the same
 * time whatever the lengths, and timingSafeEqual never sees inputs of different sizes.
 */
export function keyMatches(given: string | undefined, expected: string | undefined): boolean {
  if (given === undefined || expected === undefined) return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** The key in an `Authorization: Bearer <key>` header, or undefined. */
export function bearerKey(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}
