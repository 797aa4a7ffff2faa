import { hash, verify } from '@node-rs/argon2';

/** Passwords are hashed with argon2id at the library's defaults (19 MiB, t=2, p=1: the OWASP minimum). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** False for a wrong password and for a malformed stored hash alike. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the time of one real verification when the username does not exist, so the answer time does not tell
 * an attacker which usernames exist.
 */
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummyHash ??= hash('treem-no-such-user-dummy-password');
  await verifyPassword(await dummyHash, password);
}
