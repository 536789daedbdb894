// Moderator logins: passwords hashed with scrypt (node:crypto), random session tokens stored only as
// their SHA-256, a CSRF token per session, and a login guard that limits attempts per client address
// and locks a name after repeated failures, both in bounded memory.
import {
  createHash,
  randomBytes,
  scrypt as scryptCallback,
  timingSafeEqual,
  type ScryptOptions,
} from 'node:crypto';
import { createRateLimiter } from '../rate-limit.ts';

const scrypt = (password: string, salt: Buffer, length: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scryptCallback(password, salt, length, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );

// N = 2^15, r = 8, p = 1: 32 MiB and a few tens of milliseconds per hash on this kind of machine.
const params = { N: 2 ** 15, r: 8, p: 1 };
const keyLength = 32;
const maxmem = 64 * 1024 * 1024;

export const passwordMinLength = 12;
/** Moderator names: what `set-password` accepts and the log records. */
export const moderatorNamePattern = /^[\p{L}\p{N}._-]{2,40}$/u;

/** "scrypt$32768$8$1$<salt>$<hash>" (base64url). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password.normalize('NFC'), salt, keyLength, { ...params, maxmem });
  return [
    'scrypt',
    params.N,
    params.r,
    params.p,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

export async function verifyPassword(
  password: string,
  stored: string | undefined,
): Promise<boolean> {
  const parts = (stored ?? '').split('$');
  const valid = parts.length === 6 && parts[0] === 'scrypt';
  const [N, r, p] = valid ? parts.slice(1, 4).map(Number) : [params.N, params.r, params.p];
  const salt = valid ? Buffer.from(parts[4]!, 'base64url') : randomBytes(16);
  // Unknown names cost a hash too, so timing does not tell which names exist.
  const key = await scrypt(password.normalize('NFC'), salt, keyLength, {
    N: N!,
    r: r!,
    p: p!,
    maxmem,
  });
  const expected = valid ? Buffer.from(parts[5]!, 'base64url') : randomBytes(keyLength);
  return valid && expected.length === key.length && timingSafeEqual(expected, key);
}

export const newToken = () => randomBytes(32).toString('base64url');
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('base64url');

export function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export interface LoginGuardOptions {
  /** Login attempts per client address per window. */
  attemptsPerClient: number;
  /** Consecutive failures for one name before it is locked for the window. */
  failuresPerName: number;
  windowMs: number;
}

export type LoginVerdict =
  { allowed: true } | { allowed: false; retryAfterSeconds: number; reason: 'client' | 'locked' };

export function createLoginGuard({
  attemptsPerClient,
  failuresPerName,
  windowMs,
}: LoginGuardOptions) {
  const clients = createRateLimiter({ limit: attemptsPerClient, windowMs });
  const names = createRateLimiter({ limit: failuresPerName, windowMs });
  return {
    /** Counts an attempt by `client` for `name`. */
    attempt(client: string, name: string, now: number): LoginVerdict {
      const locked = names.peek(name, now);
      if (!locked.allowed)
        return { allowed: false, retryAfterSeconds: locked.retryAfterSeconds, reason: 'locked' };
      const byClient = clients.hit(client, now);
      if (!byClient.allowed)
        return { allowed: false, retryAfterSeconds: byClient.retryAfterSeconds, reason: 'client' };
      return { allowed: true };
    },
    failed(name: string, now: number): void {
      names.hit(name, now);
    },
    succeeded(client: string, name: string): void {
      names.reset(name);
      clients.reset(client);
    },
    size(now: number) {
      return clients.size(now) + names.size(now);
    },
  };
}
