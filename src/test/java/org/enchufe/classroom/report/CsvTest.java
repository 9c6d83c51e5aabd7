package org.enchufe.classroom.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** CSV as RFC 4180 has it, and nothing a student typed runs as a spreadsheet formula. */
class CsvTest {

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedAndRowsEndInCrlf() {
        String csv = new Csv().row(List.of("a", "b,c", "d\"e", "f\ng")).row(List.of("", "x")).toString();

        assertThat(csv).isEqualTo("\uFEFFa,\"b,c\",\"d\"\"e\",\"f\ng\"\r\n,x\r\n");
    }

    @Test
    void aFieldThatLooksLikeAFormulaIsShownAsTextButNumbersStayNumbers() {
        assertThat(Csv.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(Csv.field("+1+1")).isEqualTo("'+1+1");
        assertThat(Csv.field("-Ana")).isEqualTo("'-Ana");
        assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.field("\tx")).isEqualTo("'\tx");
        assertThat(Csv.field("-12.5")).isEqualTo("-12.5");
        assertThat(Csv.field("María")).isEqualTo("María");
    }

    @Test
    void scoresHaveAtMostTwoDecimalsAndAPoint() {
        assertThat(ReportCsv.number(100)).isEqualTo("100");
        assertThat(ReportCsv.number(200.0 / 3)).isEqualTo("66.67");
        assertThat(ReportCsv.number(0)).isEqualTo("0");
    }
}
