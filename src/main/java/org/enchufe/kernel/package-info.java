/**
 * The sandbox kernel: processes, descriptor tables, real NIO sockets behind a virtual network,
 * and the events each call yields. Depends on {@code lang} and {@code events}.
 */
package org.enchufe.kernel;
