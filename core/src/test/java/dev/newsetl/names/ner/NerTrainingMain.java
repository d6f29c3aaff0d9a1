package dev.newsetl.names.ner;

import dev.newsetl.testing.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the recognizer from {@code ../shared/ner} and {@code ../shared/gazetteers} and writes
 * {@code lexicon.tsv.gz}, {@code en.model.gz}, {@code tr.model.gz} to {@code src/main/resources/names/ner/}
 * (or {@code --out=DIR}), then prints the development scores. Run with {@code mvn -B -Ptrain-ner -DskipTests verify}.
 * English: CoNLL-2003 train. Turkish: Milliyet train without its development split (every tenth 20-sentence
 * document, {@link NerCorpora#isMilliyetDev(int)}).
 */
public final class NerTrainingMain {

    private NerTrainingMain() {}

    public static void main(String[] args) throws IOException {
        Map<String, String> opts = new HashMap<>(Map.of(
                "out",
                "src/main/resources/names/ner",
                "algorithm",
                "MAXENT_QN",
                "iterations",
                "150",
                "cutoff",
                "1",
                "languages",
                "en,tr"));
        for (String a : args) {
            if (a.startsWith("--") && a.contains("=")) {
                opts.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
            }
        }
        Path out = Path.of(opts.get("out"));
        Files.createDirectories(out);
        Path lexicon = out.resolve(NameModels.LEXICON);
        List<GoldDocument> milliyet = NerCorpora.milliyet(SharedData.resolve("ner/tr-milliyet/train.txt"));
        List<GoldDocument> conllTrain = NerCorpora.conll(SharedData.resolve("ner/en-conll2003/train.txt"));
        List<GoldDocument> milliyetTrain = NerCorpora.milliyetSplit(milliyet, false);
        if (!opts.containsKey("keep-lexicon") || !Files.exists(lexicon)) {
            Map<String, EnumSet<Gazetteer.Kind>> phrases = LexiconBuilder.build(SharedData.resolve("gazetteers"));
            LexiconBuilder.addLowerCaseWords(phrases, conllTrain);
            LexiconBuilder.addLowerCaseWords(phrases, milliyetTrain);
            LexiconBuilder.write(phrases, lexicon);
        }
        Gazetteer gazetteer;
        try (InputStream in = Files.newInputStream(lexicon)) {
            gazetteer = Gazetteer.read(in);
        }
        System.out.println("lexicon: " + gazetteer.size() + " keys");
        String languages = opts.get("languages");
        if (languages.contains("en")) {
            train(conllTrain, gazetteer, opts, out.resolve(NameModels.ENGLISH));
        }
        if (languages.contains("tr")) {
            train(milliyetTrain, gazetteer, opts, out.resolve(NameModels.TURKISH));
        }
        StatisticalNameRecognizer r = (StatisticalNameRecognizer) NameModels.load(out);
        List<GoldDocument> conllDev = NerCorpora.conll(SharedData.resolve("ner/en-conll2003/dev.txt"));
        List<GoldDocument> milliyetDev = NerCorpora.milliyetSplit(milliyet, true);
        System.out.print(NerScores.of(r, conllDev, "en").report("CoNLL-2003 dev"));
        System.out.print(NerScores.of(r, milliyetDev, "tr").report("Milliyet dev split"));
        System.out.print(
                NerScores.of(r.withConsistency(false), conllDev, "en").report("CoNLL-2003 dev, no consistency"));
        System.out.print(
                NerScores.of(r.withConsistency(false), milliyetDev, "tr").report("Milliyet dev split, no consistency"));
        System.out.print(
                NerScores.of(r.withGating(false), conllDev, "en").report("CoNLL-2003 dev, every token scored"));
        System.out.print(
                NerScores.of(r.withGating(false), milliyetDev, "tr").report("Milliyet dev split, every token scored"));
    }

    private static void train(List<GoldDocument> docs, Gazetteer gazetteer, Map<String, String> opts, Path file)
            throws IOException {
        long t0 = System.nanoTime();
        List<Event> events = TrainingEvents.of(docs, gazetteer);
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, opts.get("algorithm"));
        params.put(TrainingParameters.ITERATIONS_PARAM, Integer.parseInt(opts.get("iterations")));
        params.put(TrainingParameters.CUTOFF_PARAM, Integer.parseInt(opts.get("cutoff")));
        params.put(TrainingParameters.THREADS_PARAM, 2);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, new HashMap<>());
        AbstractModel model = (AbstractModel) trainer.train(ObjectStreamUtils.createObjectStream(events));
        try (OutputStream o = Files.newOutputStream(file)) {
            NameModels.writeModel(model, o);
        }
        System.out.printf(
                "%s: %d documents, %d events, %.1f s, %d bytes%n",
                file.getFileName(), docs.size(), events.size(), (System.nanoTime() - t0) / 1e9, Files.size(file));
    }
}
