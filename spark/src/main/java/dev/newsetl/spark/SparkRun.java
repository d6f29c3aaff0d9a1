package dev.newsetl.spark;

import dev.newsetl.fs.CommitMode;
import dev.newsetl.fs.Location;
import dev.newsetl.names.AliasDictionary;
import dev.newsetl.names.NameCandidates;
import dev.newsetl.names.RecognizerModels;
import dev.newsetl.read.InputRoot;
import dev.newsetl.write.DatasetTables;
import dev.newsetl.write.HadoopRunDestination;
import dev.newsetl.write.RunDestination;
import dev.newsetl.write.RunLayout;
import dev.newsetl.write.TableSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The Spark application: {@code spark-submit --class dev.newsetl.spark.SparkRun news-etl-spark.jar --input=...}.
 * Publishes {@code <output>/run_date=D/} with the job's tables: articles, entities, quotes and stories as Parquet
 * ({@code <table>/part-*.parquet}); every table, rejects and name_candidates as CSV
 * ({@code csv/<table>/part-*.csv}, a header in each part).
 */
public final class SparkRun {
    private final SparkSession spark;
    private final SparkRunOptions options;

    /** What a run published. */
    /** @param recordsSkipped container records that are no article (WARC requests, ...), by kind */
    public record Summary(
            String runDirectory,
            long filesRead,
            long articles,
            long rejects,
            long entities,
            long quotes,
            int partitions,
            Map<String, Long> recordsSkipped) {}

    public SparkRun(SparkSession spark, SparkRunOptions options) {
        this.spark = spark;
        this.options = options;
    }

    public static void main(String[] args) {
        SparkRunOptions options;
        try {
            options = SparkRunOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder()
                .appName("news-etl run_date=" + options.runDate())
                .getOrCreate();
        try {
            Summary summary = new SparkRun(spark, options).run();
            System.out.println("Published " + summary.runDirectory() + ": " + summary.filesRead() + " files, "
                    + summary.articles() + " articles, " + summary.rejects() + " rejects, " + summary.entities()
                    + " entity rows, " + summary.quotes() + " quotes (" + summary.partitions() + " partitions)");
        } finally {
            spark.stop();
        }
    }

    public Summary run() {
        // Written like the job's Parquet: TIMESTAMP(MILLIS, UTC), ZSTD; Instant/LocalDate accepted in rows.
        spark.conf().set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MILLIS");
        spark.conf().set("spark.sql.parquet.compression.codec", "zstd");
        spark.conf().set("spark.sql.session.timeZone", "UTC");
        spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = jsc.hadoopConfiguration();
        Instant now = options.ingestedAt() != null
                ? options.ingestedAt()
                : Instant.now().truncatedTo(ChronoUnit.MILLIS);

        String dictionaryText = readDictionary(hadoop, options.dictionary());
        AliasDictionary dictionary = AliasDictionary.parse(dictionaryText, options.dictionary()); // fails fast
        // Opened once on the driver too, so a missing or corrupt model fails before any executor starts.
        RecognizerModels.open(options.recognizer(), options.model() == null ? null : Path.of(options.model()));

        // A local path or any Hadoop FileSystem URI (hdfs://, s3a://, ...), listed and read as the job does.
        Location input = Location.parse(options.input());
        List<ListingEntry> files = new ArrayList<>();
        InputRoot.listing(input, options.extensions()).list(f -> files.add(ListingEntry.of(f)));
        // Container files split into their records on the executors, by the job's own scan, in listing order.
        List<ListingEntry> listing = new ArrayList<>();
        Map<String, Long> skipped = new java.util.TreeMap<>();
        for (ListingEntry entry : jsc.parallelize(files, Math.max(1, Math.min(files.size(), jsc.defaultParallelism())))
                .flatMap(new ExpandContainers(input.toString(), options.limits()))
                .collect()) {
            if (entry.isSkipped()) {
                skipped.merge(entry.skippedKind(), entry.size(), Long::sum);
            } else {
                listing.add(entry);
            }
        }
        int partitions = partitions(listing.size(), options.partitionSize(), jsc.defaultParallelism());

        Broadcast<String> broadcastDictionary = jsc.broadcast(dictionaryText);
        JavaRDD<ExtractedFile> extracted = jsc.parallelize(listing, partitions)
                .mapPartitions(new ExtractFiles(
                        broadcastDictionary,
                        options.dictionary(),
                        now,
                        input.toString(),
                        options.limits(),
                        options.html(),
                        options.recognizer(),
                        options.model()))
                .setName("extracted files")
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            // Extract every partition in parallel first; the ordered grouping pass then reads the cached result.
            long[] counts = extracted.mapPartitions(DriverCounts::of).reduce(DriverCounts::add);
            long articles = counts[0];
            long rejects = counts[1];
            if (articles + rejects != listing.size()) {
                throw new IllegalStateException("files listed (" + listing.size() + ") != articles (" + articles
                        + ") + rejects (" + rejects + ")");
            }
            DriverGrouping.Result grouping = DriverGrouping.group(extracted);
            JavaRDD<Row> articleRows = extracted.zipPartitions(
                    jsc.parallelize(grouping.partitions(), partitions), new DriverGrouping.Apply());

            RunDestination dir = destination(hadoop, options.output(), options.runDate());
            dir.clearStaging();
            Dataset<Row> articlesTable = frame(DatasetTables.ARTICLES, articleRows);
            Dataset<Row> entitiesTable = frame(
                    DatasetTables.ENTITIES, extracted.flatMap(f -> f.entities().iterator()));
            Dataset<Row> quotesTable = frame(
                    DatasetTables.QUOTES, extracted.flatMap(f -> f.quotes().iterator()));
            Dataset<Row> rejectsTable = frame(
                    DatasetTables.REJECTS, extracted.filter(f -> !f.isArticle()).map(ExtractedFile::reject));
            // Decided on the driver, in the order the stories closed: one part, as the job writes one.
            Dataset<Row> storiesTable = frame(DatasetTables.STORIES, jsc.parallelize(grouping.stories(), 1));
            writeParquet(articlesTable, dir.staged("articles"));
            writeParquet(entitiesTable, dir.staged("entities"));
            writeParquet(quotesTable, dir.staged("quotes"));
            writeParquet(storiesTable, dir.staged("stories"));
            writeCsv(SparkRows.forCsv(DatasetTables.ARTICLES, articlesTable), dir.staged("csv/articles"));
            writeCsv(SparkRows.forCsv(DatasetTables.ENTITIES, entitiesTable), dir.staged("csv/entities"));
            writeCsv(SparkRows.forCsv(DatasetTables.QUOTES, quotesTable), dir.staged("csv/quotes"));
            writeCsv(SparkRows.forCsv(DatasetTables.STORIES, storiesTable), dir.staged("csv/stories"));
            writeCsv(rejectsTable, dir.staged("csv/rejects"));
            writeCsv(nameCandidates(extracted).coalesce(1), dir.staged("csv/name_candidates"));
            // Each table's FileOutputCommitter wrote the table's _SUCCESS; the run's own comes last, then the commit.
            dir.write(RunLayout.SUCCESS, new byte[0]);
            dir.commit();
            String published = dir.published();
            return new Summary(
                    published,
                    listing.size(),
                    articles,
                    rejects,
                    counts[2],
                    counts[3],
                    partitions,
                    Map.copyOf(skipped));
        } finally {
            extracted.unpersist(false);
            broadcastDictionary.destroy();
        }
    }

    /**
     * The run folder on the output's Hadoop file system, committed by one rename like the job's (HDFS and local
     * disks make it atomic; on object stores a rename is a copy).
     */
    private static RunDestination destination(Configuration hadoop, String output, java.time.LocalDate runDate) {
        org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(output);
        try {
            return new HadoopRunDestination(root.getFileSystem(hadoop), root, runDate, CommitMode.RENAME);
        } catch (IOException e) {
            throw new UncheckedIOException("output " + output + " cannot be opened", e);
        }
    }

    /** At least the cluster's parallelism, at most one partition per file (and never zero partitions). */
    static int partitions(int files, int partitionSize, int parallelism) {
        int bySize = (int) Math.ceil(files / (double) partitionSize);
        return Math.max(1, Math.min(files, Math.max(bySize, parallelism)));
    }

    private Dataset<Row> frame(TableSchema<?> table, JavaRDD<Row> rows) {
        return spark.createDataFrame(rows, SparkRows.structType(table));
    }

    /**
     * name_candidates like the job's: name, mentions, number of articles, type, spellings (most used first, then
     * alphabetical, at most {@value NameCandidates#MAX_SPELLINGS}) and the aliases.tsv line; most mentioned first,
     * then by name and type. Counted by Spark, assembled on the driver with the job's own rules.
     */
    private Dataset<Row> nameCandidates(JavaRDD<ExtractedFile> extracted) {
        StructType mentionSchema = DataTypes.createStructType(List.of(
                DataTypes.createStructField("article_id", DataTypes.StringType, false),
                DataTypes.createStructField("name", DataTypes.StringType, false),
                DataTypes.createStructField("type", DataTypes.StringType, false),
                DataTypes.createStructField("spelling", DataTypes.StringType, false)));
        JavaRDD<Row> mentions = extracted.filter(ExtractedFile::isArticle).flatMap(f -> {
            String id = f.article().getString(0);
            return f.nameCandidates().stream()
                    .map(entry -> {
                        String[] e = NameCandidates.parse(entry);
                        return RowFactory.create(id, e[0], e[1], e[2]);
                    })
                    .iterator();
        });
        Dataset<Row> all = spark.createDataFrame(mentions, mentionSchema);
        List<Row> totals = all.groupBy("name", "type")
                .agg(
                        functions.count(functions.lit(1)).as("mentions"),
                        functions.countDistinct("article_id").as("articles"))
                .collectAsList();
        Map<String, Map<String, Long>> spellings = new HashMap<>();
        for (Row r : all.groupBy("name", "type", "spelling").count().collectAsList()) {
            spellings
                    .computeIfAbsent(r.getString(0) + '\t' + r.getString(1), k -> new HashMap<>())
                    .put(r.getString(2), r.getLong(3));
        }
        List<Row> rows = new ArrayList<>(totals);
        rows.sort((a, b) -> a.getLong(2) != b.getLong(2)
                ? Long.compare(b.getLong(2), a.getLong(2))
                : !a.getString(0).equals(b.getString(0))
                        ? a.getString(0).compareTo(b.getString(0))
                        : a.getString(1).compareTo(b.getString(1)));
        List<Row> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            List<String> seen = NameCandidates.topSpellings(spellings.get(r.getString(0) + '\t' + r.getString(1)));
            out.add(RowFactory.create(
                    r.getString(0),
                    r.getLong(2),
                    r.getLong(3),
                    r.getString(1),
                    NameCandidates.jsonList(seen),
                    NameCandidates.aliasesLine(r.getString(0), r.getString(1), seen)));
        }
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField("name", DataTypes.StringType, false),
                DataTypes.createStructField("mentions", DataTypes.LongType, false),
                DataTypes.createStructField("articles", DataTypes.LongType, false),
                DataTypes.createStructField("type", DataTypes.StringType, false),
                DataTypes.createStructField("spellings", DataTypes.StringType, false),
                DataTypes.createStructField("aliases_line", DataTypes.StringType, false)));
        return spark.createDataFrame(out, schema);
    }

    private static void writeParquet(Dataset<Row> table, String path) {
        table.write().mode(SaveMode.Overwrite).parquet(path);
    }

    /** RFC 4180 quoting (a quote doubled, not backslash-escaped); timestamps ISO-8601 UTC with Z. */
    private static void writeCsv(Dataset<Row> table, String path) {
        table.write()
                .mode(SaveMode.Overwrite)
                .option("header", "true")
                .option("escape", "\"")
                .option("timestampFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX")
                .option("dateFormat", "yyyy-MM-dd")
                .csv(path);
    }

    /** The dictionary file from any Hadoop file system (a local path, hdfs:, s3a:, or a name shipped by --files). */
    static String readDictionary(Configuration hadoop, String location) {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(location);
        byte[] bytes;
        try {
            FileSystem fs = path.getFileSystem(hadoop);
            try (InputStream in = fs.open(path)) {
                bytes = in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(location + ": cannot read the dictionary", e);
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(location + ": not valid UTF-8 (save the file as UTF-8)", e);
        }
    }

    /** Per-partition counts: articles, rejects, entity rows, quote rows. */
    private static final class DriverCounts {
        static Iterator<long[]> of(Iterator<ExtractedFile> files) {
            long[] c = new long[4];
            files.forEachRemaining(f -> {
                if (f.isArticle()) {
                    c[0]++;
                    c[2] += f.entities().size();
                    c[3] += f.quotes().size();
                } else {
                    c[1]++;
                }
            });
            return List.of(c).iterator();
        }

        static long[] add(long[] a, long[] b) {
            long[] sum = new long[a.length];
            for (int i = 0; i < a.length; i++) {
                sum[i] = a[i] + b[i];
            }
            return sum;
        }
    }
}
