package org.pregon.core.publish;

import java.util.Optional;

import org.pregon.core.networks.NetworkConnector;

/** The connector of a network kind: the extension registry in Pregón, a fixed map in a plain JVM. */
@FunctionalInterface
public interface ConnectorSource {
    Optional<NetworkConnector> forKind(String networkKind) throws Exception;
}
