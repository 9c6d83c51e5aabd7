package org.enchufe.course;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.enchufe.lessons.Text;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The slide deck the course follows, page by page: each page's number and a short title in both
 * languages, read from {@code course/slides.yaml}. The course map lists them beside the lessons
 * that teach them.
 */
public record Slides(List<Slide> pages) {

    /** One page of the deck. */
    public record Slide(int page, Text title) {
    }

    static final String RESOURCE = "/course/slides.yaml";

    /** The deck shipped with the product; a broken file is a bug of ours, so it fails at start-up. */
    public static Slides shipped() {
        try (InputStream in = Slides.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return read(YAMLMapper.builder().build().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Slides read(JsonNode root) {
        List<Slide> pages = new ArrayList<>();
        for (JsonNode page : root.path("pages")) {
            int number = page.path("page").asInt(0);
            String es = page.path("es").asString("");
            String en = page.path("en").asString("");
            if (number != pages.size() + 1 || es.isBlank() || en.isBlank()) {
                throw new IllegalStateException(RESOURCE + ": page " + (pages.size() + 1) + " is missing or has no title");
            }
            pages.add(new Slide(number, Text.of(es, en)));
        }
        return new Slides(List.copyOf(pages));
    }

    public Optional<Slide> page(int number) {
        return number >= 1 && number <= pages.size() ? Optional.of(pages.get(number - 1)) : Optional.empty();
    }
}
