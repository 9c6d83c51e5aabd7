/** The re module: Python's regular expressions translated to java.util.regex, run over charged text. Depends on lang's runtime and vm only. */
package org.enchufe.lang.modules.re;
