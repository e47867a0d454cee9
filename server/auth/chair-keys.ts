// Chair keys: one per room. Stored hashed, checked in constant time, never logged.
//
// A plain SHA-256 is enough here, and a slow password hash (scrypt, argon2) would add nothing:
// every stored key is 128 random bits from the system's CSPRNG, so whoever reads the database
// still has 2^128 candidates to hash to find one; slow hashes exist for keys people choose,
// which have few bits to search. The one key a person chooses, ROSTRUM_CHAIR_KEY, is never
// stored: it lives in the hub's environment and is hashed in memory only.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new random key, URL-safe, hard to guess (128 bits). */
export function generateChairKey(): string {
  return randomBytes(16).toString('base64url');
}

/** How a chair key is stored: the hex SHA-256 of the key (64 characters). */
export function hashChairKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

const HASH_PATTERN = /^[0-9a-f]{64}$/;

/**
 * True when `given` is the key whose hash is `expectedHash` (as `hashChairKey` makes it). The
 * given key is hashed first, so the comparison takes the same time whatever its length, and a
 * stored hash presented as a key does not match (it is hashed again).
 */
export function keyMatches(given: string | undefined, expectedHash: string | undefined): boolean {
  if (given === undefined || expectedHash === undefined) return false;
  if (!HASH_PATTERN.test(expectedHash)) return false;
  const a = createHash('sha256').update(given).digest();
  const b = Buffer.from(expectedHash, 'hex');
  return timingSafeEqual(a, b);
}

/** The key in an `Authorization: Bearer <key>` header, or undefined. */
export function bearerKey(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}
