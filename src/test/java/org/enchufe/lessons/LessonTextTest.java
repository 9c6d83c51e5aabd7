package org.enchufe.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lesson texts: Markdown to HTML with raw HTML escaped, one section per "## " heading. */
class LessonTextTest {

    @Test
    void rawHtmlIsEscapedNeverPassedThrough() {
        String html = LessonText.html("Hola <script>alert(1)</script> y <b>negrita</b>\n\n<div onclick=x>bloque</div>\n");

        assertThat(html).doesNotContain("<script>", "<b>", "<div");
        assertThat(html).contains("&lt;script&gt;", "&lt;div onclick=x&gt;");
    }

    @Test
    void tablesRenderAsTablesWithTheirCellsStillEscaped() {
        String html = LessonText.html("""
                | errno | cuándo |
                |---|---|
                | `EADDRINUSE` | el puerto está ocupado <img src=x onerror=alert(1)> |
                """);

        assertThat(html).contains("<table>", "<th>errno</th>", "<td><code>EADDRINUSE</code></td>", "&lt;img");
        assertThat(html).doesNotContain("<img");
    }

    @Test
    void unsafeLinkTargetsAreDropped() {
        assertThat(LessonText.html("[pulsa](javascript:alert(1))")).doesNotContain("javascript:");
    }

    @Test
    void sectionsSplitAtLevelTwoHeadingsOutsideCode() {
        LessonText text = LessonText.parse("Intro **negrita**\n\n## Paso uno\n\n```\n## no es un paso\n```\n\n## Paso dos\n\n`bind()`\n");

        assertThat(text.intro()).contains("<strong>negrita</strong>");
        assertThat(text.sections()).extracting(LessonText.Section::heading).containsExactly("Paso uno", "Paso dos");
        assertThat(text.sections().get(0).html()).contains("## no es un paso");
        assertThat(text.sections().get(1).html()).contains("<code>bind()</code>");
        assertThat(text.sections().get(1).line()).isEqualTo(9);
    }
}
