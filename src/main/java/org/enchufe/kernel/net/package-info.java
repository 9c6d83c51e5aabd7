/**
 * A sandbox's virtual network: the addresses and ports its programs see, mapped to real loopback
 * sockets only that sandbox can reach. Depends on nothing of ours: like gVisor's {@code tcpip}, it
 * knows nothing of processes, descriptors or the language.
 */
package org.enchufe.kernel.net;
