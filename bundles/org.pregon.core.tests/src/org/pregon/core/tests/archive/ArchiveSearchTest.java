package org.pregon.core.tests.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pregon.core.archive.ArchiveHit;
import org.pregon.core.archive.ArchiveIndex;
import org.pregon.core.archive.ArchiveIndexLocation;
import org.pregon.core.archive.ArchiveQuery;
import org.pregon.core.archive.ArchiveQuery.Order;
import org.pregon.core.archive.ArchiveResults;
import org.pregon.core.archive.Snippet;
import org.pregon.core.store.Workspace;
import org.pregon.model.ItemKind;

/**
 * Searching the archive finds Spanish and Valencian words across inflections and accents, honours every
 * filter and both orders, and marks the words that matched.
 */
public class ArchiveSearchTest {
    @TempDir
    Path folder;

    private static List<String> ids(ArchiveResults results) {
        return results.hits().stream().map(ArchiveHit::id).toList();
    }

    private static ArchiveResults search(ArchiveIndex index, String text) throws Exception {
        return index.search(ArchiveQuery.of(text, 50));
    }

    private static void fill(Workspace workspace) {
        workspace.archive().save(ArchiveItems.item("va-ocupacio", 1, "ca", "Nova oferta d'ocupació per a joves a València: inscriu-te ara."));
        workspace.archive().save(ArchiveItems.item("va-contractes", 2, "ca-ES-valencia", "Hem signat 120 contractes de treball amb empreses de la comarca."));
        workspace.archive().save(ArchiveItems.item("es-formacion", 3, "es", "Abrimos la inscripción en los cursos de formación para personas desempleadas."));
        workspace.archive().save(ArchiveItems.item("es-formaciones", 4, "es", "Nuevas formaciones en competencias digitales este otoño."));
        workspace.archive().save(ArchiveItems.item("va-ocupacions", 5, "ca", "Les ocupacions amb més demanda a la Safor."));
        workspace.archive().save(ArchiveItems.item("es-empleo", 6, "es", "Ferias de empleo en Alicante y Castellón."));
    }

    @Test
    public void findsValencianAndSpanishWordsAcrossInflectionsAndAccents() throws Exception {
        try (Workspace workspace = Workspace.open(folder.resolve("ws"))) {
            fill(workspace);
            try (ArchiveIndex index = ArchiveIndex.open(folder.resolve("index"), workspace.archive(), new NullProgressMonitor())) {
                assertEquals("missing", index.rebuiltBecause());
                assertEquals(6, index.size());
                // accent left out by the searcher
                assertTrue(ids(search(index, "ocupacio")).contains("va-ocupacio"));
                // accent typed, plural in the text, and the other way round
                assertEquals(List.of("va-ocupacions", "va-ocupacio"), ids(search(index, "ocupació")));
                assertEquals(List.of("va-contractes"), ids(search(index, "contracte")));
                assertEquals(List.of("va-contractes"), ids(search(index, "CONTRACTES")));
                assertEquals(List.of("es-formaciones", "es-formacion"), ids(index.search(ArchiveQuery.of("formación", 50))));
                assertEquals(List.of("es-formaciones", "es-formacion"), ids(index.search(ArchiveQuery.of("formaciones", 50))));
                assertEquals(List.of("es-formacion"), ids(search(index, "formacion desempleados")), "every word must match");
                assertEquals(List.of("es-empleo"), ids(search(index, "castellon")));
                assertEquals(List.of(), ids(search(index, "Mastodon")), "metadata is not text");
                assertEquals(List.of("va-ocupacio"), ids(search(index, "\"oferta d'ocupacio\"")), "a quoted phrase");
                assertEquals(List.of(), ids(search(index, "\"ocupació oferta\"")));
            }
        }
    }

    @Test
    public void filtersOrdersAndPages() throws Exception {
        try (Workspace workspace = Workspace.open(folder.resolve("ws"))) {
            workspace.archive().save(ArchiveItems.on(ArchiveItems.item("fb-1", 1, "es", "Curso de soldadura en Elche"), "facebook", "acc-fb",
                    ItemKind.POST, "Labora", "camp-fp"));
            workspace.archive().save(ArchiveItems.on(ArchiveItems.item("fb-2", 2, "es", "¿Hay curso de soldadura en Elda?"), "facebook", "acc-fb",
                    ItemKind.COMMENT, "Marta Pérez", null));
            workspace.archive().save(ArchiveItems.on(ArchiveItems.item("x-3", 3, "ca", "Curs de soldadura a Alcoi"), "x", "acc-x",
                    ItemKind.POST, "Labora", "camp-fp"));
            workspace.archive().save(ArchiveItems.on(ArchiveItems.item("x-4", 4, "va", "Cursos de soldadura: quan comencen?"), "x", "acc-x",
                    ItemKind.MESSAGE, "Joan Ferrer", null));
            try (ArchiveIndex index = ArchiveIndex.open(ArchiveIndexLocation.of(workspace, null), workspace.archive(),
                    new NullProgressMonitor())) {
                ArchiveQuery all = new ArchiveQuery("soldadura", null, null, null, null, null, null, null, null, Order.NEWEST, 0, 10);
                assertEquals(List.of("x-4", "x-3", "fb-2", "fb-1"), ids(index.search(all)), "newest first");
                assertEquals(4, index.search(all).total());
                assertEquals(List.of("fb-2", "fb-1"), ids(index.search(new ArchiveQuery("soldadura", "facebook", null, null, null, null,
                        null, null, null, Order.NEWEST, 0, 10))));
                assertEquals(List.of("x-4", "x-3"), ids(index.search(new ArchiveQuery("soldadura", null, "acc-x", null, null, null, null,
                        null, null, Order.NEWEST, 0, 10))));
                assertEquals(List.of("fb-2"), ids(index.search(new ArchiveQuery("soldadura", null, null, "comment", null, null, null,
                        null, null, Order.NEWEST, 0, 10))));
                assertEquals(List.of("x-4"), ids(index.search(new ArchiveQuery("", null, null, null, "joan ferrer", null, null, null,
                        null, Order.NEWEST, 0, 10))), "author regardless of case, no words: browse");
                assertEquals(List.of("x-4", "x-3"), ids(index.search(new ArchiveQuery("soldadura", null, null, null, null, null, null,
                        "ca", null, Order.NEWEST, 0, 10))), "ca matches va too");
                assertEquals(List.of("x-3", "fb-1"), ids(index.search(new ArchiveQuery("soldadura", null, null, null, null, null, null,
                        null, "camp-fp", Order.NEWEST, 0, 10))));
                Instant day2 = ArchiveItems.T0.plusSeconds(2 * 86_400L);
                Instant day4 = ArchiveItems.T0.plusSeconds(4 * 86_400L);
                assertEquals(List.of("x-3", "fb-2"), ids(index.search(new ArchiveQuery("soldadura", null, null, null, null, day2, day4,
                        null, null, Order.NEWEST, 0, 10))), "from inclusive, to exclusive");
                ArchiveResults page2 = index.search(all.page(2, 2));
                assertEquals(List.of("fb-2", "fb-1"), ids(page2));
                assertEquals(4, page2.total());
                ArchiveResults relevance = index.search(all.withOrder(Order.RELEVANCE));
                assertEquals(4, relevance.hits().size());
                assertTrue(relevance.hits().get(0).score() >= relevance.hits().get(3).score());
                assertEquals(List.of("x-3", "x-4", "fb-1", "fb-2").stream().sorted().toList(), ids(relevance).stream().sorted().toList());
            }
        }
    }

    @Test
    public void marksTheMatchedWordsAndCarriesTheItem() throws Exception {
        try (Workspace workspace = Workspace.open(folder.resolve("ws"))) {
            fill(workspace);
            try (ArchiveIndex index = ArchiveIndex.open(folder.resolve("index"), workspace.archive(), new NullProgressMonitor())) {
                ArchiveHit hit = search(index, "contracte treball").hits().get(0);
                Snippet snippet = hit.snippet();
                assertEquals("Hem signat 120 [contractes] de [treball] amb empreses de la comarca.", snippet.marked("[", "]"));
                assertEquals("https://social.example/@labora/va-contractes", hit.url());
                assertEquals("mastodon", hit.networkKind());
                assertEquals("POST", hit.kind());
                assertEquals(ArchiveItems.T0.plusSeconds(2 * 86_400L).toEpochMilli(), hit.createdAt());
                assertNull(hit.editedAt());
                assertEquals("Nova oferta [d'ocupació] per a joves a València: inscriu-te ara.",
                        search(index, "ocupacio").hits().get(0).snippet().marked("[", "]"));
                Snippet browse = index.search(ArchiveQuery.of("", 1)).hits().get(0).snippet();
                assertTrue(browse.highlights().isEmpty());
                assertNotNull(browse.text());
            }
        }
    }
}
