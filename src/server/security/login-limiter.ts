/**
 * @module login-limiter
 * Login attempts are limited per account, per client address, and per pair of them, each in
 * its own fixed window. Every attempt is counted before the password is checked, in one
 * atomic step of the store, so concurrent guesses cannot slip between a check and an update;
 * a successful login clears its pair. Windows expire, and expired counters are deleted.
 * The pair limit is the tight one, so a stranger's failures do not lock the real user out
 * from their own address; the account limit (looser) stops guessing spread over many
 * addresses, and the address limit stops one client trying many accounts.
 */
import type { LimitStore } from './limit-store.ts';

export type LoginLimits = {
  /** Attempts per account and address pair in `windowMs`. */
  readonly perPair: number;
  /** Attempts per account from all addresses in `windowMs`. */
  readonly perAccount: number;
  /** Attempts per address on all accounts in `windowMs`. */
  readonly perAddress: number;
  readonly windowMs: number;
};

export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  perPair: 5,
  perAccount: 50,
  perAddress: 30,
  windowMs: 60_000,
};

export type LoginAttempt = {
  readonly allowed: boolean;
  /** Seconds until the window that refused this attempt ends. */
  readonly retryAfterSeconds: number;
  /** Call after a successful login: forgets this pair's attempts. */
  succeeded(): Promise<void>;
};

export type LoginLimiter = {
  attempt(account: string, address: string): Promise<LoginAttempt>;
};

export function createLoginLimiter(
  store: LimitStore,
  limits: LoginLimits = DEFAULT_LOGIN_LIMITS,
  now: () => number = Date.now,
): LoginLimiter {
  return {
    async attempt(account, address) {
      const name = account.normalize('NFKC').toLowerCase();
      const pair = `pair:${name}|${address}`;
      const keys = [pair, `account:${name}`, `address:${address}`];
      const maxima = [limits.perPair, limits.perAccount, limits.perAddress];
      const counts = await store.hit(keys, now(), limits.windowMs);
      const over = counts.findIndex((count, index) => count.count > (maxima[index] as number));
      const refusing = over >= 0 ? counts[over] : undefined;
      return {
        allowed: !refusing,
        retryAfterSeconds: refusing ? Math.max(1, Math.ceil((refusing.resetAt - now()) / 1000)) : 0,
        succeeded: () => store.clear(pair),
      };
    },
  };
}
