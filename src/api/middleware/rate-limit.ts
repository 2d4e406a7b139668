/**
 * In-memory token buckets: each key (a token id, else the client address)
 * holds up to `burst` requests and refills at `perMinute`. An empty bucket is
 * a 429 problem with Retry-After. In-memory means per process: behind a load
 * balancer each web process keeps its own buckets (the limit is then per
 * process, which is still a bound).
 */
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { ApiProblem } from '../problem.js';

export interface RateLimit {
  /** Requests allowed in a burst. */
  burst: number;
  /** Sustained requests per minute. */
  perMinute: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  constructor(
    readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one request from key's bucket: 0 when allowed, else the seconds until one is. */
  take(key: string): number {
    const t = this.now();
    const rate = this.limit.perMinute / 60_000;
    const b = this.buckets.get(key) ?? { tokens: this.limit.burst, at: t };
    b.tokens = Math.min(this.limit.burst, b.tokens + (t - b.at) * rate);
    b.at = t;
    this.buckets.set(key, b);
    if (this.buckets.size > 10_000) this.sweep(t);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / rate / 1000));
  }

  /** Forgets full buckets so memory stays bounded. */
  private sweep(t: number): void {
    const rate = this.limit.perMinute / 60_000;
    for (const [k, b] of this.buckets) if (b.tokens + (t - b.at) * rate >= this.limit.burst) this.buckets.delete(k);
  }
}

/**
 * The client's address: the socket's when served by Node, else "unknown"
 * (in-process tests). Behind a reverse proxy or load balancer every request
 * comes from the proxy, so with `trustProxy` (HERO_CITIES_TRUST_PROXY=1) the
 * address the proxy appended last to X-Forwarded-For is used instead.
 */
export function clientKey(c: Context, trustProxy = false): string {
  if (trustProxy) {
    const forwarded = c.req
      .header('x-forwarded-for')
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const last = forwarded?.[forwarded.length - 1];
    if (last) return last;
  }
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}

export function rateLimit(
  buckets: TokenBuckets,
  what: string,
  trustProxy = process.env.HERO_CITIES_TRUST_PROXY === '1',
) {
  return createMiddleware<{ Variables: { tokenId?: string } }>(async (c, next) => {
    const tokenId = c.get('tokenId');
    const key = tokenId ? `token:${tokenId}` : `ip:${clientKey(c, trustProxy)}`;
    const wait = buckets.take(key);
    if (wait > 0) {
      throw new ApiProblem(
        'too-many-requests',
        `Too many ${what} requests: the limit is ${buckets.limit.perMinute} a minute (bursts of ${buckets.limit.burst}). Retry after ${wait} s.`,
        { headers: { 'retry-after': String(wait) } },
      );
    }
    await next();
  });
}
