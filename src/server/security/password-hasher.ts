/**
 * @module password-hasher
 * Password checks off the request path and at a bounded rate: scrypt runs on libuv's thread
 * pool, which file reads and DNS share, so at most `concurrency` hashes run at once and the
 * rest wait their turn. A login for an unknown user hashes against a dummy hash with the
 * same parameters, so its timing does not tell which users exist.
 */
import { hashPassword, verifyPassword } from '../workspace/password.ts';

export type PasswordHasher = {
  hash(password: string): Promise<string>;
  /** Checks `password` against `stored`; with no stored hash, spends the same time and says no. */
  verify(password: string, stored: string | undefined): Promise<boolean>;
};

/** At most `limit` tasks at once; the rest queue in order. */
export function semaphore(limit: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async function run<T>(task: () => Promise<T>): Promise<T> {
    // A finished task hands its slot straight to the next in line, so `running` never passes `limit`.
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    else running++;
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}

/** The process's hasher: every login and new account shares its two slots. */
export const passwordHasher: PasswordHasher = createPasswordHasher();

export function createPasswordHasher(concurrency = 2): PasswordHasher {
  const run = semaphore(concurrency);
  let dummy: Promise<string> | undefined;
  return {
    hash: (password) => run(() => hashPassword(password)),
    async verify(password, stored) {
      if (stored !== undefined) return run(() => verifyPassword(password, stored));
      dummy ??= run(() => hashPassword('officemate-dummy-password'));
      const hash = await dummy;
      await run(() => verifyPassword(password, hash));
      return false;
    },
  };
}
