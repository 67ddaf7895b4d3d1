package org.pregon.core.networks;

/** A credential the account dialog asks for, as the network declares it. */
public record CredentialField(String id, String label, boolean secret) {
}
