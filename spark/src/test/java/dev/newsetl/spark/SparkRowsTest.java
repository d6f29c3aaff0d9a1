package dev.newsetl.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.article.EntityStat;
import dev.newsetl.article.EntityType;
import dev.newsetl.write.DatasetTables;
import dev.newsetl.write.EntityRow;
import dev.newsetl.write.TableSchema;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class SparkRowsTest {
    @Test
    void everyTableKeepsTheJobsColumnNamesAndOrder() {
        for (TableSchema<?> table :
                List.of(DatasetTables.ARTICLES, DatasetTables.ENTITIES, DatasetTables.QUOTES, DatasetTables.REJECTS)) {
            StructType type = SparkRows.structType(table);
            assertThat(type.fieldNames()).as(table.name()).containsExactlyElementsOf(table.columnNames());
        }
    }

    @Test
    void columnTypesMapToSparkTypes() {
        StructType articles = SparkRows.structType(DatasetTables.ARTICLES);
        assertThat(field(articles, "published_at").dataType()).isEqualTo(DataTypes.TimestampType);
        assertThat(field(articles, "published_date").dataType()).isEqualTo(DataTypes.DateType);
        assertThat(field(articles, "word_count").dataType()).isEqualTo(DataTypes.IntegerType);
        assertThat(field(articles, "simhash").dataType()).isEqualTo(DataTypes.LongType);
        assertThat(field(articles, "persons").dataType())
                .isEqualTo(DataTypes.createArrayType(DataTypes.StringType, true));
    }

    @Test
    void rowsCarryListsAsArraysInColumnOrder() {
        EntityRow entity = new EntityRow(
                "a1",
                new EntityStat("ibrahim-kalin", "İbrahim Kalın", EntityType.PERSON, 2, List.of("Kalın", "KALIN")));
        Row row = SparkRows.row(DatasetTables.ENTITIES, entity);
        assertThat(row.length()).isEqualTo(8);
        assertThat(row.getString(0)).isEqualTo("a1");
        assertThat(row.getString(3)).isEqualTo("PERSON");
        assertThat(row.getInt(4)).isEqualTo(2);
        assertThat((String[]) row.get(5)).containsExactly("Kalın", "KALIN");
        assertThat(row.getString(6)).isEqualTo("dictionary");
        assertThat(row.get(7)).isNull();
        assertThat(SparkRows.with(row, 4, 7).getInt(4)).isEqualTo(7);
    }

    private static StructField field(StructType type, String name) {
        return type.fields()[type.fieldIndex(name)];
    }
}
