/**
 * The random module: CPython's random.py run over {@code _random}, a Mersenne Twister that gives
 * CPython's numbers for the same seed. Depends on lang (its compiler), lang's runtime and vm only.
 */
package org.enchufe.lang.modules.random;
