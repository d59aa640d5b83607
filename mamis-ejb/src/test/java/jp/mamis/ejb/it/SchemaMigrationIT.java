package jp.mamis.ejb.it;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The versioned migrations ran at deployment and left the national and prefectural tiers in place. */
@ExtendWith(ArquillianExtension.class)
class SchemaMigrationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject
    Fixture fixture;

    @Test
    void everyMigrationSucceeded() {
        assertTrue(fixture.count("flyway_schema_history", "success and version is not null and 1 = ?1", 1) >= 3);
        assertEquals(0L, fixture.count("flyway_schema_history", "not success and 1 = ?1", 1));
    }

    @Test
    void japanMedicalAssociationAndAll47PrefecturalAssociationsWithJisCodes() {
        assertEquals(1L, fixture.count("association", "tier = 1 and parent_id is null and name = ?1", "日本医師会"));
        assertEquals(47L, fixture.count("association a", "tier = 2 and parent_id = (select id from association where tier = 1)"
                + " and prefecture_code between '01' and '47' and 1 = ?1", 1));
        assertEquals(47L, ((Number) fixture.single("select count(distinct prefecture_code) from association where tier = ?1",
                (short) 2)).longValue());
        assertEquals("神奈川県医師会", fixture.single("select name from association where tier = 2 and prefecture_code = ?1", "14"));
    }

    @Test
    void keysAreBigint() {
        assertEquals(0L, fixture.count("information_schema.columns", "table_schema = 'public' and column_name = 'id'"
                + " and table_name <> 'flyway_schema_history' and data_type <> ?1", "bigint"));
    }
}
