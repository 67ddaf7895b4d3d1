package org.pregon.core.networks;

/** The account as the network identifies it after verification. */
public record RemoteAccount(String remoteId, String handle, String displayName) {
}
