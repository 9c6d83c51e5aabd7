package org.enchufe.classroom.live;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * What the classroom itself says on an instructor's {@code /user/queue/shoulder}, beside the
 * student's workbench messages: whom the page now looks at, or why it may not.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ShoulderMessage.Watching.class, name = "watching"),
    @JsonSubTypes.Type(value = ShoulderMessage.Problem.class, name = "problem")
})
sealed interface ShoulderMessage {

    /** The page looks at student {@code student}, named {@code name}, of class {@code classId}. */
    record Watching(long classId, long student, String name) implements ShoulderMessage {
    }

    /** {@code forbidden}, {@code no-such-student}, {@code malformed}. */
    record Problem(String code) implements ShoulderMessage {
    }
}
