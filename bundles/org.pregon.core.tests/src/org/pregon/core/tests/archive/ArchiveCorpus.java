package org.pregon.core.tests.archive;

import java.util.Date;
import java.util.SplittableRandom;

import org.pregon.model.ArchivedItem;
import org.pregon.model.ItemKind;
import org.pregon.model.PregonFactory;
import org.pregon.model.Revision;

/**
 * Realistic archived items of a regional employment service, reproducible by index: Valencian and
 * Spanish posts, citizens' comments and messages about courses, job offers, grants and contracts, with
 * varied towns, sectors and inflections; one in twenty edited once.
 */
final class ArchiveCorpus {
    static final String[] NETWORKS = { "facebook", "instagram", "x", "bluesky", "mastodon", "linkedin", "threads", "youtube" };
    private static final String[] TOWNS = { "València", "Alacant", "Castelló", "Elx", "Gandia", "Alcoi", "Sagunt", "Torrent",
            "Dénia", "Ontinyent", "Xàtiva", "Vila-real", "Benidorm", "Oriola", "Sueca", "Llíria", "Paterna", "Burjassot" };
    private static final String[] CA_SECTORS = { "hostaleria", "comerç", "construcció", "agricultura", "indústria", "sanitat",
            "educació", "logística", "turisme", "informàtica", "energies renovables", "atenció sociosanitària" };
    private static final String[] ES_SECTORS = { "hostelería", "comercio", "construcción", "agricultura", "industria", "sanidad",
            "educación", "logística", "turismo", "informática", "energías renovables", "atención sociosanitaria" };
    private static final String[] CA_POSTS = {
            "Obrim la inscripció al curs de %s a %s: formació gratuïta per a persones desocupades.",
            "Nova oferta d'ocupació en el sector de %s a %s. Consulta els requisits i inscriu-te.",
            "Hem signat %d contractes de treball amb empreses de %s a %s aquest mes.",
            "Subvencions per a la contractació de joves en %s: termini obert fins al %d de juny a %s.",
            "Taller d'orientació laboral sobre %s a %s: com preparar una entrevista de treball.",
            "Fira d'ocupació de %s a %s amb %d empreses participants.",
            "Programa de formació dual en %s: pràctiques remunerades a %s." };
    private static final String[] ES_POSTS = {
            "Abrimos la inscripción al curso de %s en %s: formación gratuita para personas desempleadas.",
            "Nueva oferta de empleo en el sector de %s en %s. Consulta los requisitos e inscríbete.",
            "Hemos firmado %d contratos de trabajo con empresas de %s en %s este mes.",
            "Subvenciones para la contratación de jóvenes en %s: plazo abierto hasta el %d de junio en %s.",
            "Taller de orientación laboral sobre %s en %s: cómo preparar una entrevista de trabajo.",
            "Feria de empleo de %s en %s con %d empresas participantes.",
            "Programa de formación dual en %s: prácticas remuneradas en %s." };
    private static final String[] CA_REPLIES = {
            "Bon dia, quan comença el curs de %s a %s? Gràcies",
            "Hi ha places encara per a l'oferta de %s? Visc a %s",
            "Necessite informació sobre les subvencions de %s, soc de %s",
            "M'he inscrit però no he rebut cap correu. El curs de %s a %s continua?",
            "Quins requisits cal complir per als contractes de %s a %s?" };
    private static final String[] ES_REPLIES = {
            "Buenos días, ¿cuándo empieza el curso de %s en %s? Gracias",
            "¿Quedan plazas para la oferta de %s? Vivo en %s",
            "Necesito información sobre las subvenciones de %s, soy de %s",
            "Me he inscrito pero no he recibido ningún correo. ¿El curso de %s en %s sigue?",
            "¿Qué requisitos hay que cumplir para los contratos de %s en %s?" };
    static final long START = 1_640_995_200_000L; // 2022-01-01
    static final long SPAN = 3L * 365 * 86_400_000L;

    private ArchiveCorpus() {
    }

    static ArchivedItem item(int i) {
        SplittableRandom random = new SplittableRandom(i * 0x9E3779B97F4A7C15L);
        ArchivedItem item = PregonFactory.eINSTANCE.createArchivedItem();
        item.setId(String.format("bench-%07d", i));
        ItemKind kind = i % 10 == 0 ? ItemKind.POST : i % 3 == 0 ? ItemKind.MESSAGE : ItemKind.COMMENT;
        item.setKind(kind);
        String network = NETWORKS[i % NETWORKS.length];
        item.setNetworkKind(network);
        item.setAccountId("acc-" + network + "-" + (i % 3));
        item.setRemoteId(Long.toString(9_000_000_000L + i * 37L));
        item.setUrl("https://" + network + ".example/labora/" + item.getRemoteId());
        boolean valencian = random.nextBoolean();
        item.setLanguage(valencian ? "ca-ES-valencia" : "es");
        item.setAuthor(kind == ItemKind.POST ? "Labora" : "persona" + random.nextInt(50_000));
        int sector = random.nextInt(CA_SECTORS.length);
        String town = TOWNS[random.nextInt(TOWNS.length)];
        String text;
        if (kind == ItemKind.POST) {
            int t = random.nextInt(CA_POSTS.length);
            text = fill(valencian ? CA_POSTS[t] : ES_POSTS[t], valencian ? CA_SECTORS[sector] : ES_SECTORS[sector], town,
                    random.nextInt(5, 300));
            item.setCampaignId("camp-" + (i / 10) % 40);
        } else {
            int t = random.nextInt(CA_REPLIES.length);
            text = fill(valencian ? CA_REPLIES[t] : ES_REPLIES[t], valencian ? CA_SECTORS[sector] : ES_SECTORS[sector], town, 0);
        }
        item.setText(text + " #" + i);
        item.setCreatedAt(new Date(START + Math.floorMod(i * 7_919L, 1_000_003L) * (SPAN / 1_000_003L)));
        if (i % 20 == 7) {
            Revision earlier = PregonFactory.eINSTANCE.createRevision();
            earlier.setText(item.getText().replace(town, "(per confirmar)"));
            earlier.setEditedAt(item.getCreatedAt());
            earlier.setSeenAt(new Date(item.getCreatedAt().getTime() + 60_000));
            item.getRevisions().add(earlier);
            item.setEditedAt(new Date(item.getCreatedAt().getTime() + 3_600_000));
        }
        return item;
    }

    /** Fills %s (sector, town) and %d (a number) in the order the template uses them. */
    private static String fill(String template, String sector, String town, int number) {
        StringBuilder out = new StringBuilder();
        int strings = 0;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '%' && i + 1 < template.length()) {
                char f = template.charAt(++i);
                if (f == 's') {
                    out.append(strings++ == 0 ? sector : town);
                } else {
                    out.append(number);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
