package org.enchufe.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** Token buckets on a clock the test moves by hand. */
class TokenBucketsTest {

    private final AtomicLong millis = new AtomicLong(1_000_000);
    private final InstantSource clock = () -> Instant.ofEpochMilli(millis.get());

    @Test
    void aBurstThenTheRefillRate() {
        TokenBuckets buckets = new TokenBuckets(new TokenBuckets.Rate(3, 30), clock);

        assertThat(buckets.take("aula")).isTrue();
        assertThat(buckets.take("aula")).isTrue();
        assertThat(buckets.take("aula")).isTrue();
        assertThat(buckets.take("aula")).isFalse();
        millis.addAndGet(1_999);
        assertThat(buckets.take("aula")).as("30 a minute: one every 2 s").isFalse();
        millis.addAndGet(1);
        assertThat(buckets.take("aula")).isTrue();
        assertThat(buckets.retryAfterSeconds()).isEqualTo(2);
    }

    @Test
    void lookingAtABucketTakesNothing() {
        TokenBuckets buckets = new TokenBuckets(new TokenBuckets.Rate(1, 30), clock);

        assertThat(buckets.has("aula")).as("a key never seen has a full bucket").isTrue();
        assertThat(buckets.has("aula")).isTrue();
        assertThat(buckets.take("aula")).isTrue();
        assertThat(buckets.has("aula")).isFalse();
        millis.addAndGet(2_000);
        assertThat(buckets.has("aula")).isTrue();
    }

    @Test
    void eachKeyHasItsOwnBucket() {
        TokenBuckets buckets = new TokenBuckets(new TokenBuckets.Rate(1, 0), clock);

        assertThat(buckets.take("10.0.0.1")).isTrue();
        assertThat(buckets.take("10.0.0.1")).isFalse();
        assertThat(buckets.take("10.0.0.2")).isTrue();
    }

    @Test
    void fullBucketsAreForgottenWhenThereAreMany() {
        TokenBuckets buckets = new TokenBuckets(new TokenBuckets.Rate(2, 60), clock);
        for (int i = 0; i <= TokenBuckets.FORGET_ABOVE; i++) {
            buckets.take("client-" + i);
        }
        millis.addAndGet(60_000);

        buckets.take("one more");

        assertThat(buckets.size()).isEqualTo(1);
    }
}
