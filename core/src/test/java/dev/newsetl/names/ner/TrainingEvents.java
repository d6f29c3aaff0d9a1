package dev.newsetl.names.ner;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.Event;

/** The training events of gold documents: one per token the tagger scores, with the gold tags before it. */
final class TrainingEvents {

    private TrainingEvents() {}

    static List<Event> of(List<GoldDocument> docs, Gazetteer gazetteer) {
        List<Event> events = new ArrayList<>();
        for (GoldDocument d : docs) {
            DocumentFeatures f = features(d, gazetteer);
            boolean[] scored = GreedyTagger.scored(f);
            for (int i = 0; i < f.size(); i++) {
                if (scored[i]) {
                    String previous = i > 0 ? d.tags()[i - 1] : GreedyTagger.OUTSIDE;
                    String beforeThat = i > 1 ? d.tags()[i - 2] : GreedyTagger.OUTSIDE;
                    events.add(new Event(d.tags()[i], f.context(i, previous, beforeThat)));
                }
            }
        }
        return events;
    }

    static DocumentFeatures features(GoldDocument d, Gazetteer gazetteer) {
        return new DocumentFeatures(d.words(), SentenceStarts.of(d.words(), d.sentenceFirst()), gazetteer);
    }
}
