package org.enchufe.lang.runtime;

/** bytes and bytearray: what socket calls, struct and decode accept. */
public interface PyBytesLike {

    /** The current contents; callers must not modify the array. */
    byte[] bytesView();
}
