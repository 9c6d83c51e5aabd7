package org.enchufe.workbench;

import java.time.InstantSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One token bucket per key (a client address, a workspace): each holds up to {@code burst} tokens,
 * refilled at {@code perMinute}; something that costs a token is refused when the bucket is empty.
 * Buckets that have filled up again are forgotten when there are many, so the map stays small.
 */
public final class TokenBuckets {

    /** At most {@code burst} at once, then {@code perMinute} a minute. */
    public record Rate(int burst, int perMinute) {
        public Rate {
            if (burst < 1 || perMinute < 0) {
                throw new IllegalArgumentException("a rate needs a burst of at least 1 and a non-negative refill: " + burst + ", " + perMinute);
            }
        }
    }

    static final int FORGET_ABOVE = 10_000;

    private final Rate rate;
    private final InstantSource clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public TokenBuckets(Rate rate, InstantSource clock) {
        this.rate = rate;
        this.clock = clock;
    }

    public TokenBuckets(Rate rate) {
        this(rate, InstantSource.system());
    }

    /** Takes a token from {@code key}'s bucket: false when it has none left. */
    public boolean take(String key) {
        long now = clock.millis();
        if (buckets.size() > FORGET_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.isFullAt(now));
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(now)).take(now);
    }

    /** Whether {@code key}'s bucket holds a token now; nothing is taken (for limits that charge only failures). */
    public boolean has(String key) {
        Bucket bucket = buckets.get(key);
        return bucket == null || bucket.holdsTokenAt(clock.millis());
    }

    /** How many keys have a bucket now. */
    int size() {
        return buckets.size();
    }

    /** About how long, in seconds, an empty bucket takes to earn a token (for Retry-After). */
    public long retryAfterSeconds() {
        return rate.perMinute() == 0 ? 60 : Math.max(1, (60 + rate.perMinute() - 1) / rate.perMinute());
    }

    private final class Bucket {
        private double tokens = rate.burst();
        private long updated;

        Bucket(long now) {
            updated = now;
        }

        synchronized boolean take(long now) {
            refill(now);
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }

        synchronized boolean holdsTokenAt(long now) {
            refill(now);
            return tokens >= 1;
        }

        synchronized boolean isFullAt(long now) {
            refill(now);
            return tokens >= rate.burst();
        }

        private void refill(long now) {
            long elapsed = Math.max(0, now - updated);
            tokens = Math.min(rate.burst(), tokens + elapsed * rate.perMinute() / 60_000.0);
            updated = now;
        }
    }
}
