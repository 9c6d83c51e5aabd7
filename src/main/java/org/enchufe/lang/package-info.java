/**
 * The Python subset students write: lexer, parser, compiler and a resumable VM whose output is
 * CPython's. Depends on nothing of ours.
 */
package org.enchufe.lang;
