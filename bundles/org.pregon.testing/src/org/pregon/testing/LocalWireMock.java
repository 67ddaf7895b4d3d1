package org.pregon.testing;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.Extension;

/**
 * WireMock bound to 127.0.0.1 on a free port, started before each test and stopped after it, inside
 * the OSGi test runtime:
 *
 * <pre>
 * &#64;RegisterExtension
 * final LocalWireMock wireMock = new LocalWireMock();
 *
 * wireMock.server().stubFor(post("/api/v1/statuses").willReturn(okJson("{\"id\":\"1\"}")));
 * ApiClient client = ApiClient.builder("Mastodon", wireMock.baseUrl()).build();
 * </pre>
 *
 * Outside JUnit's extension model, {@link #start()} and {@link #close()} do the same.
 */
public final class LocalWireMock implements BeforeEachCallback, AfterEachCallback, AutoCloseable {
    private final Extension[] extensions;
    private WireMockServer server;
    private Path root;

    public LocalWireMock() {
        this(new Extension[0]);
    }

    /** @param extensions e.g. a response transformer that plays a network with state (ids, rate-limit windows) */
    public LocalWireMock(Extension... extensions) {
        this.extensions = extensions.clone();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    public LocalWireMock start() {
        try {
            // an empty folder of its own: WireMock would otherwise load stubs from ./src/test/resources
            root = Files.createTempDirectory("pregon-wiremock"); //$NON-NLS-1$
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // WireMock standalone shades Jetty, its servlet API and its own libraries, so it starts inside OSGi
        // as it is: no context class loader switching needed (tried; the tests pass without it)
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort() //$NON-NLS-1$
                .usingFilesUnderDirectory(root.toString()).extensions(extensions));
        server.start();
        return this;
    }

    public WireMockServer server() {
        return server;
    }

    public int port() {
        return server.port();
    }

    /** http://127.0.0.1:port, the base URL to give the client under test. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.port()); //$NON-NLS-1$
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop();
            server = null;
        }
        if (root != null) {
            try (Stream<Path> files = Files.walk(root)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException e) {
                // a temporary folder left behind is harmless
            }
            root = null;
        }
    }
}
