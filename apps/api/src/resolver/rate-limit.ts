/**
 * Token buckets per client network, in memory: a generous burst (a shop assistant scanning a shelf), then a
 * steady rate. Each replica counts its own callers; a full table forgets its longest-idle networks first.
 */
export interface RateLimitOptions {
  /** Tokens a network may spend at once. */
  burst: number;
  /** Tokens given back per second. */
  perSecond: number;
  maxNetworks?: number;
  /** Monotonic milliseconds. */
  clock: () => number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export class NetworkRateLimit {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly options: RateLimitOptions) {}

  take(network: string): RateDecision {
    const { burst, perSecond, clock } = this.options;
    const now = clock();
    const bucket = this.buckets.get(network) ?? { tokens: burst, at: now };
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * perSecond);
    bucket.at = now;
    this.buckets.delete(network);
    this.buckets.set(network, bucket);
    this.forgetIdle();
    if (bucket.tokens < 1)
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perSecond)) };
    bucket.tokens -= 1;
    return { allowed: true };
  }

  private forgetIdle(): void {
    const limit = this.options.maxNetworks ?? 100_000;
    while (this.buckets.size > limit) {
      const oldest = this.buckets.keys().next().value;
      if (oldest === undefined) return;
      this.buckets.delete(oldest);
    }
  }
}
