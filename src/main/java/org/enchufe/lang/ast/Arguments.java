package org.enchufe.lang.ast;

import java.util.List;

/**
 * A function's parameters: {@code def f(a, b=1, /, c, *args, d, e=2, **kwargs)}.
 *
 * @param posonly     parameters before {@code /}
 * @param args        ordinary positional-or-keyword parameters
 * @param defaults    defaults of the last parameters of posonly + args
 * @param vararg      the {@code *args} name, or null
 * @param kwonly      keyword-only parameters
 * @param kwDefaults  their defaults, null where there is none
 * @param kwarg       the {@code **kwargs} name, or null
 */
public record Arguments(List<Arg> posonly, List<Arg> args, List<Expr> defaults, Arg vararg,
                        List<Arg> kwonly, List<Expr> kwDefaults, Arg kwarg) {

    public record Arg(String name, Expr annotation, Pos pos) { }

    public static Arguments empty() {
        return new Arguments(List.of(), List.of(), List.of(), null, List.of(), List.of(), null);
    }
}
