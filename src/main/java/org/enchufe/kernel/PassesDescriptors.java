package org.enchufe.kernel;

/** An AF_UNIX socket, which carries descriptors (SCM_RIGHTS) beside its bytes: {@link PassedDescriptors}. */
sealed interface PassesDescriptors permits UnixStreamSocket, UnixDatagramSocket {

    /** The descriptors in flight to this socket, and those its own sendmsg() sends. */
    PassedDescriptors passed();
}
