/**
 * A sandbox's virtual network: the addresses and ports its programs see, mapped to real loopback
 * sockets only that sandbox can reach.
 */
package org.enchufe.kernel.net;
