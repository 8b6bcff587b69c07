import { describe, expect, it } from 'vitest';
import { createLoginLimiter } from './login-limiter.ts';

describe('createLoginLimiter', () => {
  it('blocks after the failures allowed in the window, on the injected clock, and forgets them after it', () => {
    let now = Date.parse('2026-03-12T09:00:00Z');
    const limiter = createLoginLimiter({ now: () => new Date(now) }, { windowMs: 60_000, max: 3 });
    for (let i = 0; i < 3; i++) {
      expect(limiter.blocked('1.2.3.4|ann')).toBe(false);
      limiter.failed('1.2.3.4|ann');
    }
    expect(limiter.blocked('1.2.3.4|ann')).toBe(true);
    expect(limiter.blocked('1.2.3.4|bob')).toBe(false);
    now += 59_000;
    expect(limiter.blocked('1.2.3.4|ann')).toBe(true);
    now += 2_000;
    expect(limiter.blocked('1.2.3.4|ann')).toBe(false);
  });

  it('clears the failures of a key on success', () => {
    const limiter = createLoginLimiter({ now: () => new Date('2026-03-12T09:00:00Z') }, { max: 2 });
    limiter.failed('k');
    limiter.failed('k');
    expect(limiter.blocked('k')).toBe(true);
    limiter.succeeded('k');
    expect(limiter.blocked('k')).toBe(false);
  });
});
