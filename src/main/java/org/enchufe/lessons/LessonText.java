package org.enchufe.lessons;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A lesson's text in one language, rendered from Markdown to HTML with commonmark-java: the
 * introduction before the first {@code ## } heading, then one section per step. Raw HTML in the
 * Markdown is escaped, never passed through, and link targets such as {@code javascript:} are
 * dropped, so an instructor's text cannot script the page.
 *
 * @param intro    the HTML before the first step
 * @param sections each step's heading and HTML, in order
 */
public record LessonText(String intro, List<Section> sections) {

    /** One step's part: its heading (plain text) and its body as HTML; {@code line} where it starts. */
    public record Section(String heading, String html, int line) {
    }

    // Tables (GitHub's syntax): errno and address tables are how the slides teach.
    private static final List<org.commonmark.Extension> EXTENSIONS =
            List.of(org.commonmark.ext.gfm.tables.TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).build();

    /** Renders Markdown to HTML safely. */
    public static String html(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }

    /** Splits {@code markdown} at its level-two headings (outside fenced code) and renders each part. */
    public static LessonText parse(String markdown) {
        List<Section> sections = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        String heading = null;
        int headingLine = 0;
        String intro = null;
        boolean fenced = false;
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.stripLeading().startsWith("```") || line.stripLeading().startsWith("~~~")) {
                fenced = !fenced;
            }
            if (!fenced && line.startsWith("## ")) {
                if (heading == null) {
                    intro = html(part.toString());
                } else {
                    sections.add(new Section(heading, html(part.toString()), headingLine));
                }
                heading = line.substring(3).strip();
                headingLine = i + 1;
                part.setLength(0);
                continue;
            }
            part.append(line).append('\n');
        }
        if (heading == null) {
            intro = html(part.toString());
        } else {
            sections.add(new Section(heading, html(part.toString()), headingLine));
        }
        return new LessonText(intro, List.copyOf(sections));
    }
}
