package dev.newsetl.names.ner;

import dev.newsetl.names.NameRecognizer;
import dev.newsetl.testing.SharedData;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The recognizer's cost on real articles ({@code ../shared/realworld/text}, every file, language detected): CPU time
 * of the calling thread per article, tokens a second, and the cost scaled to a 350-word article. Not a test: run
 * {@code java -cp target/classes:target/test-classes:<test classpath> dev.newsetl.names.ner.NameRecognizerBench
 * [models-dir|bundled] [rounds] [every-token]} (docs/BENCHMARKS.md, "Name recognizer").
 */
public final class NameRecognizerBench {

    private NameRecognizerBench() {}

    public static void main(String[] args) throws IOException {
        StatisticalNameRecognizer loaded = (StatisticalNameRecognizer)
                (args.length > 0 && !args[0].equals("bundled")
                        ? NameModels.load(Path.of(args[0]))
                        : NameModels.bundled());
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        boolean everyToken = args.length > 2 && args[2].equals("every-token");
        NameRecognizer recognizer = loaded.withGating(!everyToken);
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SharedData.resolve("realworld/text"))) {
            for (Path p : (Iterable<Path>)
                    files.filter(f -> f.toString().endsWith(".txt")).sorted()::iterator) {
                texts.add(decode(Files.readAllBytes(p)));
            }
        }
        long tokens = 0;
        long words = 0;
        for (String t : texts) {
            tokens += NameTokenizer.tokenize(t).size();
            words += t.split("\\s+").length;
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long names = 0;
        for (int r = 0; r < Math.max(3, rounds / 2); r++) {
            for (String t : texts) {
                names += recognizer.recognize(t, null).size(); // warm-up: compile the hot paths first
            }
        }
        long start = cpu.getCurrentThreadCpuTime();
        for (int r = 0; r < rounds; r++) {
            for (String t : texts) {
                names += recognizer.recognize(t, null).size();
            }
        }
        double seconds = (cpu.getCurrentThreadCpuTime() - start) / 1e9;
        double articles = (double) texts.size() * rounds;
        double usPerArticle = seconds * 1e6 / articles;
        double usPerWord = usPerArticle / ((double) words / texts.size());
        System.out.printf(
                Locale.ROOT,
                "%d articles, %.0f words and %.0f tokens an article on average, %d rounds%n",
                texts.size(),
                (double) words / texts.size(),
                (double) tokens / texts.size(),
                rounds);
        System.out.printf(
                Locale.ROOT,
                "CPU %.1f us an article, %.0f tokens/s on one core, %.0f us for 350 words " + "(%d names)%n",
                usPerArticle,
                tokens * rounds / seconds,
                usPerWord * 350,
                names);
    }

    /** UTF-8 when the bytes are valid UTF-8, else Windows-1254 (the Kemik files). */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1254"));
        }
    }
}
