package jp.mamis.ejb.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The web archive the in-container tests deploy: every service of mamis-ejb with the domain
 * model, the migrations, message bundles, persistence unit and the very glassfish-resources.xml
 * the EAR uses (so the datasource and mail session come from the same MAMIS_* variables), plus
 * Flyway, the PostgreSQL driver, PDFBox and ZXing as the EAR's lib/ has them.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive services() {
        File[] libs = Maven.configureResolver().workOffline()
                .loadPomFromFile("pom.xml")
                .resolve("org.flywaydb:flyway-core", "org.flywaydb:flyway-database-postgresql", "org.postgresql:postgresql",
                        "org.apache.pdfbox:pdfbox", "com.google.zxing:core")
                .withTransitivity().asFile();
        WebArchive war = ShrinkWrap.create(WebArchive.class, "mamis-it.war")
                .addPackages(true, path -> !path.get().contains("TestServers"), "jp.mamis.ejb", "jp.mamis.domain")
                .addAsResource("META-INF/persistence.xml")
                .addAsResource("ValidationMessages_ja.properties")
                .addAsResource("ValidationMessages_en.properties")
                .addAsResource("jp/mamis/ejb/mail/MailTexts_ja.properties")
                .addAsResource("jp/mamis/ejb/mail/MailTexts_en.properties")
                .addAsWebInfResource(new File("../mamis-ear/src/main/application/META-INF/glassfish-resources.xml"),
                        "glassfish-resources.xml")
                .addAsLibraries(libs);
        try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
            migrations.forEach(m -> war.addAsResource(m.toFile(), "db/migration/" + m.getFileName()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return war;
    }
}
