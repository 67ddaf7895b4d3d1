package org.pregon.core.compose;

/** Whether a problem stops the post (the network would refuse it) or only deserves a look. */
public enum Severity {
    ERROR, WARNING
}
