package dev.newsetl.extract;

import dev.newsetl.article.DecodedText;
import dev.newsetl.article.ParsedArticle;
import dev.newsetl.names.AliasDictionary;
import dev.newsetl.names.NameMatch;
import dev.newsetl.names.NameMatcher;
import dev.newsetl.parse.ArticleParser;
import dev.newsetl.read.TextDecoder;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Measures {@link FunctionWordGate} against Lingua alone on a generated corpus (not a JUnit test: it reads hundreds of
 * thousands of files). Builds each file's language sample exactly as {@link ArticleExtractor#extract} does (decoded
 * text, parsed paragraphs, recognized names cut out), then prints how many samples the fast path answered, how many
 * it left to Lingua, every answer that differs from Lingua alone, the same figures for other thresholds, and the time
 * of {@link LanguageDetector#detect} with and without the fast path (single thread, after warm-up).
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) dev.newsetl.extract.LanguageGateAgreement \
 *     target/bench/corpus-n200000-s42 [files, 0 = all] [timed samples]
 * </pre>
 */
public final class LanguageGateAgreement {

    private LanguageGateAgreement() {}

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        int wanted = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        int timed = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
        Path dictionary = args.length > 3 ? Path.of(args[3]) : Path.of("config/aliases.tsv");

        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        // A deterministic spread over the whole listing when not all files are read.
        int step = wanted <= 0 || wanted >= files.size() ? 1 : files.size() / wanted;
        List<String> samples = new ArrayList<>();
        TextDecoder decoder = new TextDecoder();
        ArticleParser parser = new ArticleParser();
        NameMatcher matcher = new NameMatcher(AliasDictionary.load(dictionary));
        long readStart = System.nanoTime();
        for (int f = 0; f < files.size() && (wanted <= 0 || samples.size() < wanted); f += step) {
            if (!(decoder.decode(Files.readAllBytes(files.get(f))) instanceof DecodedText text)) {
                continue;
            }
            ParsedArticle parsed = parser.parse(text.text());
            if (parsed.paragraphs().isEmpty()) {
                continue;
            }
            String body = String.join("\n\n", parsed.paragraphs());
            List<NameMatch> matches = matcher.find(body);
            samples.add(ArticleExtractor.withoutNames(body, matches, 2 * LanguageDetector.MAX_CHARS));
        }
        System.out.printf(
                "samples: %,d of %,d files (every %d), built in %.1f s%n",
                samples.size(), files.size(), step, (System.nanoTime() - readStart) / 1e9);

        LanguageDetector fast = new LanguageDetector(true);
        LanguageDetector linguaOnly = new LanguageDetector(false);
        int maxK = 5;
        int[] answered = new int[maxK + 1];
        int[] disagree = new int[maxK + 1];
        int[] otherLanguage = new int[maxK + 1];
        int linguaNull = 0;
        int tooShort = 0;
        int english = 0;
        int turkish = 0;
        List<String> disagreements = new ArrayList<>();
        List<String> deferred = new ArrayList<>();
        int deferredCount = 0;
        for (String sample : samples) {
            String reference = linguaOnly.detectWithoutGate(sample);
            String got = fast.detect(sample);
            String head = LanguageDetector.head(sample);
            if (letters(head) < LanguageDetector.MIN_LETTERS) {
                tooShort++;
                continue;
            }
            String gate = FunctionWordGate.decide(head);
            if (gate == null) {
                deferredCount++;
                if (deferred.size() < 25) {
                    deferred.add("  lingua=" + reference + " | " + head.replace('\n', ' '));
                }
            } else if ("en".equals(gate)) {
                english++;
            } else {
                turkish++;
            }
            if (!Objects.equals(got, reference)) {
                linguaNull += reference == null ? 1 : 0;
                disagreements.add("  fast=" + got + " lingua=" + reference + " | " + head.replace('\n', ' '));
            }
            for (int k = 1; k <= maxK; k++) {
                String atK = FunctionWordGate.decide(head, k, FunctionWordGate.MIN_TURKISH);
                if (atK != null) {
                    answered[k]++;
                    if (!atK.equals(reference)) {
                        disagree[k]++;
                        otherLanguage[k] += reference == null ? 0 : 1;
                    }
                }
            }
        }
        int judged = samples.size() - tooShort;
        System.out.printf(
                "judged: %,d (%,d with fewer than %d letters: null either way)%n",
                judged, tooShort, LanguageDetector.MIN_LETTERS);
        System.out.printf(
                "fast path answered: %,d (%.2f%%: en %,d, tr %,d); deferred to Lingua: %,d (%.2f%%)%n",
                english + turkish,
                100.0 * (english + turkish) / judged,
                english,
                turkish,
                deferredCount,
                100.0 * deferredCount / judged);
        System.out.printf(
                "detect() differs from Lingua alone: %,d (Lingua null, fast path a language: %,d; another "
                        + "language: %,d)%n",
                disagreements.size(), linguaNull, disagreements.size() - linguaNull);
        disagreements.forEach(System.out::println);
        for (int k = 1; k <= maxK; k++) {
            System.out.printf(
                    "  English threshold %d: answered %,d (%.2f%%), differ from Lingua %,d (another language %,d)%n",
                    k, answered[k], 100.0 * answered[k] / judged, disagree[k], otherLanguage[k]);
        }
        System.out.println("some deferred samples:");
        deferred.forEach(System.out::println);

        List<String> timedSamples = samples.subList(0, Math.min(timed, samples.size()));
        for (int round = 0; round < 2; round++) {
            run(fast, timedSamples);
            run(linguaOnly, timedSamples);
        }
        System.out.printf(
                "detect() on %,d samples from one thread, after warm-up (wall µs per article, and process "
                        + "CPU µs per article: Lingua's scoring also runs on the common ForkJoinPool):%n",
                timedSamples.size());
        for (int round = 0; round < 2; round++) {
            double[] withGate = run(fast, timedSamples);
            double[] without = run(linguaOnly, timedSamples);
            System.out.printf(
                    "  with fast path %.1f wall, %.1f CPU; Lingua alone %.1f wall, %.1f CPU%n",
                    withGate[0], withGate[1], without[0], without[1]);
        }
    }

    /** Wall and process-CPU µs per sample of detect() over all samples. */
    private static double[] run(LanguageDetector detector, List<String> samples) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        int sink = 0;
        for (String s : samples) {
            String language = detector.detect(s);
            sink += language == null ? 0 : language.length();
        }
        long nanos = System.nanoTime() - start;
        long cpu = os.getProcessCpuTime() - cpuStart;
        if (sink == 42) {
            System.out.print("");
        }
        return new double[] {nanos / 1e3 / samples.size(), cpu / 1e3 / samples.size()};
    }

    private static int letters(String s) {
        return (int) s.codePoints().filter(Character::isLetter).count();
    }
}
