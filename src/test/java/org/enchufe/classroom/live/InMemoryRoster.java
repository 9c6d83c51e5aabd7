package org.enchufe.classroom.live;

import org.enchufe.classroom.ClassRoster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A roster kept in memory for tests: classes with their students, open lessons and instructors,
 * filled in by the test. The classes feature implements the same interface from the database.
 */
public final class InMemoryRoster implements ClassRoster {

    private record Klass(List<Member> members, List<String> lessons, Set<String> instructors) {
    }

    private final Map<Long, Klass> classes = new ConcurrentHashMap<>();

    /** A class taught by {@code instructor} with these lessons open. */
    public InMemoryRoster klass(long id, String instructor, String... lessons) {
        classes.put(id, new Klass(new CopyOnWriteArrayList<>(), List.of(lessons), ConcurrentHashMap.newKeySet()));
        classes.get(id).instructors().add(instructor);
        return this;
    }

    /** Enrols the student working in {@code workspace}; returns their id. */
    public long join(long classId, String displayName, String workspace) {
        List<Member> members = classes.get(classId).members();
        long id = classId * 1000 + members.size() + 1;
        members.add(new Member(id, displayName, workspace));
        return id;
    }

    @Override
    public List<Member> members(long classId) {
        Klass k = classes.get(classId);
        return k == null ? List.of() : new ArrayList<>(k.members());
    }

    @Override
    public List<String> openLessons(long classId) {
        Klass k = classes.get(classId);
        return k == null ? List.of() : k.lessons();
    }

    @Override
    public boolean teaches(String username, long classId) {
        Klass k = classes.get(classId);
        return k != null && k.instructors().contains(username);
    }

    @Override
    public Optional<Long> classOf(String workspace) {
        return classes.entrySet().stream()
                .filter(e -> e.getValue().members().stream().anyMatch(m -> m.workspace().equals(workspace)))
                .map(Map.Entry::getKey).findFirst();
    }
}
