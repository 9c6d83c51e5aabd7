package org.enchufe.classroom.live;

import java.util.List;
import java.util.Map;

/**
 * One student's row of the grid.
 *
 * @param cells by column key ({@code lesson/step}), every open lesson's steps
 * @param need  how much the student needs help now, higher first: a raised hand above any
 *              badge, each badge above failing cells, those above sleeping ones
 */
public record Row(long student, String name, String lesson, int step, Map<String, Cell> cells, List<Stuck> stuck, int need) {

    public static String column(String lesson, int step) {
        return lesson + "/" + step;
    }

    static int need(Map<String, Cell> cells, List<Stuck> stuck) {
        int need = 0;
        for (Stuck s : stuck) {
            need += s instanceof Stuck.RaisedHand ? 10_000 : 100;
        }
        for (Cell c : cells.values()) {
            need += switch (c) {
                case Cell.Failing f -> 10;
                case Cell.Asleep a -> 1;
                case Cell.NotStarted n -> 0;
                case Cell.Working w -> 0;
                case Cell.Done d -> 0;
            };
        }
        return need;
    }
}
