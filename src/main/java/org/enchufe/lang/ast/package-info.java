/** The syntax tree of the Python subset: sealed interfaces of records, one per construct. */
package org.enchufe.lang.ast;
