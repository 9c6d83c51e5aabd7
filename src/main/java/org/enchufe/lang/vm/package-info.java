/**
 * The virtual machine: frames on the heap, the run loop that executes a bounded slice of
 * instructions and can stop at any one, suspension at blocking calls, and fork by deep copy.
 */
package org.enchufe.lang.vm;
