package org.enchufe.course;

import org.enchufe.lessons.LessonCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The server's lesson catalogue (the shipped lessons, and an instructor's from ENCHUFE_LESSONS_DIR)
 * and the course map over the slide deck.
 */
@Configuration
class CourseConfig {

    @Bean
    LessonCatalogue lessonCatalogue() {
        return LessonCatalogue.standard();
    }

    @Bean
    CourseMap courseMap() {
        return new CourseMap(Slides.shipped());
    }
}
