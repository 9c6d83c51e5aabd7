/**
 * The object model and the tables the language shares with the kernel (Linux's errno table).
 * Depends on nothing outside {@code lang}.
 */
package org.enchufe.lang.runtime;
