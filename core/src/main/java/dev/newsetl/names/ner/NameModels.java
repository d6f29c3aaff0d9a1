package dev.newsetl.names.ner;

import dev.newsetl.names.NameRecognizer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;

/**
 * Loads the recognizer's files: {@code en.model.gz} and {@code tr.model.gz} (OpenNLP maximum-entropy models in
 * its binary format, gzipped) and {@code lexicon.tsv.gz} (the gazetteer phrases). {@link #bundled()} reads the
 * committed copies from {@code names/ner/} on the classpath, {@link #load(Path)} a folder of retrained ones.
 * A missing or unreadable file is a {@link NameModelException} naming it.
 */
public final class NameModels {

    static final String RESOURCE_DIR = "names/ner/";
    static final String ENGLISH = "en.model.gz";
    static final String TURKISH = "tr.model.gz";
    static final String LEXICON = "lexicon.tsv.gz";
    static final Set<String> OUTCOMES = Set.of("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC");

    private NameModels() {}

    /** The recognizer with the models committed under {@code src/main/resources/names/ner/}. */
    public static NameRecognizer bundled() {
        return fromSource(
                name -> {
                    InputStream in = NameModels.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + name);
                    if (in == null) {
                        throw new NoSuchFileException("classpath:" + RESOURCE_DIR + name);
                    }
                    return in;
                },
                "classpath:" + RESOURCE_DIR);
    }

    /** The recognizer with the models in {@code dir} (as the training command writes them). */
    public static NameRecognizer load(Path dir) {
        return fromSource(name -> Files.newInputStream(dir.resolve(name)), dir.toString() + "/");
    }

    private interface Source {
        InputStream open(String name) throws IOException;
    }

    private static StatisticalNameRecognizer fromSource(Source source, String where) {
        Gazetteer gazetteer = read(source, where, LEXICON, Gazetteer::read);
        CompactModel english = read(source, where, ENGLISH, in -> new CompactModel(readModel(in)));
        CompactModel turkish = read(source, where, TURKISH, in -> new CompactModel(readModel(in)));
        return new StatisticalNameRecognizer(new GreedyTagger(english), new GreedyTagger(turkish), gazetteer, true);
    }

    private interface Parser<T> {
        T parse(InputStream in) throws IOException;
    }

    private static <T> T read(Source source, String where, String name, Parser<T> parser) {
        try (InputStream in = source.open(name)) {
            return parser.parse(in);
        } catch (NoSuchFileException e) {
            throw new NameModelException("name recognizer file missing: " + where + name, e);
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            throw new NameModelException("name recognizer file unreadable: " + where + name + " (" + e + ")", e);
        }
    }

    /** Inflates the whole file first, so a damaged gzip (bad checksum, cut short) fails before parsing. */
    static AbstractModel readModel(InputStream in) throws IOException {
        byte[] raw;
        try (GZIPInputStream gz = new GZIPInputStream(in)) {
            raw = gz.readAllBytes();
        }
        GenericModelReader reader = new GenericModelReader(new BinaryFileDataReader(new ByteArrayInputStream(raw)));
        reader.checkModelType();
        AbstractModel model = reader.constructModel();
        int n = model.getNumOutcomes();
        for (int k = 0; k < n; k++) {
            if (!OUTCOMES.contains(model.getOutcome(k))) {
                throw new IOException("not a name model: outcome " + model.getOutcome(k));
            }
        }
        if (model.getIndex("O") < 0) {
            throw new IOException("not a name model: no outcome O");
        }
        return model;
    }

    /** Writes a model the way {@link #readModel(InputStream)} reads it (the training command uses this). */
    static void writeModel(AbstractModel model, OutputStream out) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (DataOutputStream data = new DataOutputStream(raw)) {
            new GenericModelWriter(model, data).persist();
        }
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            raw.writeTo(gz);
        }
    }
}
