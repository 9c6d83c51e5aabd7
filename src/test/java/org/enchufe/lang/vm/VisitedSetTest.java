package org.enchufe.lang.vm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisitedSetTest {

    @Test
    void anObjectIsNewOnceByIdentityAcrossGrowth() {
        VisitedSet seen = new VisitedSet();
        Object[] objects = new Object[10_000];
        for (int i = 0; i < objects.length; i++) {
            objects[i] = new String("same text");
            assertThat(seen.add(objects[i])).isTrue();
        }
        for (Object o : objects) {
            assertThat(seen.add(o)).isFalse();
        }
    }
}
