package org.enchufe.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.enchufe.lessons.Lesson;
import org.enchufe.lessons.LessonCatalogue;
import org.junit.jupiter.api.Test;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The slide deck's pages and the shipped lessons that teach them. */
class CourseMapTest {

    private static final Slides SLIDES = Slides.shipped();
    private static final List<Lesson> LESSONS = new LessonCatalogue(LessonCatalogue.shipped(), null).lessons();
    private static final CourseMap MAP = new CourseMap(SLIDES);

    @Test
    void theDeckHasItsFiftyPagesEachTitledInBothLanguages() {
        assertThat(SLIDES.pages()).hasSize(50);
        assertThat(SLIDES.pages()).allSatisfy(s -> {
            assertThat(s.title().es()).isNotBlank();
            assertThat(s.title().en()).isNotBlank();
        });
        assertThat(SLIDES.page(26).orElseThrow().title().en()).contains("accept()");
        assertThat(SLIDES.page(0)).isEmpty();
        assertThat(SLIDES.page(51)).isEmpty();
    }

    @Test
    void everyPageALessonNamesIsAPageOfTheDeck() {
        for (Lesson lesson : LESSONS) {
            assertThat(lesson.pages()).as(lesson.id()).isNotEmpty().allSatisfy(p -> assertThat(SLIDES.page(p)).isPresent());
        }
    }

    @Test
    void eachPageListsEveryLessonNamingItInLessonOrder() {
        List<CourseMap.Row> rows = MAP.rows(LESSONS, "en");
        assertThat(rows).extracting(CourseMap.Row::page).containsExactlyElementsOf(
                SLIDES.pages().stream().map(Slides.Slide::page).toList());
        for (CourseMap.Row row : rows) {
            List<String> expected = LESSONS.stream().filter(l -> l.pages().contains(row.page()))
                    .sorted(java.util.Comparator.comparingInt(Lesson::number)).map(Lesson::id).toList();
            assertThat(row.lessons()).extracting(CourseMap.LessonLink::id).as("page " + row.page()).isEqualTo(expected);
        }
        assertThat(rows.get(21).lessons()).extracting(CourseMap.LessonLink::id).contains("bind-y-puertos");
        assertThat(rows.get(0).lessons()).as("the cover").isEmpty();
    }

    @Test
    void aPageLeadsToTheFirstLessonTeachingItAndTheCoverToNone() {
        assertThat(MAP.lessonFor(LESSONS, 22)).map(Lesson::id).contains("bind-y-puertos");
        assertThat(MAP.lessonFor(LESSONS, 39)).map(Lesson::id).contains("orden-de-bytes");
        assertThat(MAP.lessonFor(LESSONS, 1)).isEmpty();
    }

    @Test
    void aDeckWithAPageMissingOrUntitledIsRefused() {
        YAMLMapper yaml = YAMLMapper.builder().build();
        assertThatThrownBy(() -> Slides.read(yaml.readTree("pages: [{page: 1, es: a, en: b}, {page: 3, es: c, en: d}]")))
                .hasMessageContaining("page 2");
        assertThatThrownBy(() -> Slides.read(yaml.readTree("pages: [{page: 1, es: a}]")))
                .hasMessageContaining("page 1");
    }
}
