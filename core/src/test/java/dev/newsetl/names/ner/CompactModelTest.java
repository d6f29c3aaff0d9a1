package dev.newsetl.names.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import opennlp.tools.ml.model.AbstractModel;
import org.junit.jupiter.api.Test;

/** The re-laid-out model gives the probabilities OpenNLP gives for the same features, on both bundled models. */
class CompactModelTest {

    private static AbstractModel bundled(String name) throws IOException {
        try (InputStream in =
                CompactModelTest.class.getClassLoader().getResourceAsStream(NameModels.RESOURCE_DIR + name)) {
            return NameModels.readModel(in);
        }
    }

    @Test
    void scoresEveryTokenAsOpenNlpDoes() throws IOException {
        check(
                bundled(NameModels.ENGLISH),
                "U.S. President Bill Clinton told the United Nations in NEW YORK that "
                        + "Iraq's Saddam Hussein must comply, Reuters reported.");
        check(
                bundled(NameModels.TURKISH),
                "TBMM Başkanı Numan Kurtulmuş, İzmir'de Ege Üniversitesi'nin "
                        + "törenine katıldı; KOÇ HOLDİNG de oradaydı.");
    }

    private static void check(AbstractModel model, String text) {
        CompactModel compact = new CompactModel(model);
        List<Token> tokens = NameTokenizer.tokenize(text);
        String[] words = tokens.stream().map(Token::text).toArray(String[]::new);
        DocumentFeatures f = new DocumentFeatures(words, SentenceStarts.of(text, tokens), Gazetteer.empty());
        String[] tags = {"O", "B-PER", "I-PER", "B-ORG", "B-LOC", "I-LOC"};
        CompactModel.Scores scores = compact.newScores();
        for (int i = 0; i < f.size(); i++) {
            String previous = tags[i % tags.length];
            double[] expected = model.eval(f.context(i, previous, "O"));
            scores.reset();
            f.features(i, previous, "O", scores);
            scores.softmax();
            for (int k = 0; k < expected.length; k++) {
                assertThat(compact.outcome(k)).isEqualTo(model.getOutcome(k));
                assertThat(scores.values[k])
                        .as("token %s outcome %s", words[i], model.getOutcome(k))
                        .isCloseTo(expected[k], within(1e-5));
            }
        }
    }
}
