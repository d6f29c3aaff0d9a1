package dev.newsetl.names;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The curated name dictionary: entities and the spellings that name them. The file format is documented in the
 * header of {@code config/aliases.tsv}. Immutable; share one instance.
 */
public final class AliasDictionary {

    private final List<Entity> entities;
    private final Map<String, Entity> byId;
    private final List<Alias> aliases;
    private final Map<String, Set<String>> languages;
    private final Map<String, Set<String>> contexts;

    AliasDictionary(
            List<Entity> entities,
            List<Alias> aliases,
            Map<String, Set<String>> languages,
            Map<String, Set<String>> contexts) {
        this.entities = List.copyOf(entities);
        this.aliases = List.copyOf(aliases);
        this.languages = Map.copyOf(languages);
        this.contexts = Map.copyOf(contexts);
        Map<String, Entity> index = new LinkedHashMap<>();
        for (Entity e : this.entities) {
            index.put(e.id(), e);
        }
        this.byId = index;
    }

    /** Reads and validates a dictionary file (strict UTF-8). */
    public static AliasDictionary load(Path file) {
        String source = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DictionaryException(source + ": cannot read the dictionary: " + e, e);
        }
        try {
            String content = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return parse(content, source);
        } catch (CharacterCodingException e) {
            throw new DictionaryException(source + ": not valid UTF-8 (save the file as UTF-8)", e);
        }
    }

    /**
     * Parses and validates dictionary text.
     *
     * @param sourceName names the content in error messages, e.g. {@code config/aliases.tsv}
     * @throws DictionaryException naming {@code sourceName}, the line and the problem
     */
    public static AliasDictionary parse(String content, String sourceName) {
        return new DictionaryParser(sourceName).parse(content);
    }

    /** All entities, in file order. */
    public List<Entity> entities() {
        return entities;
    }

    public Optional<Entity> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The languages ({@code lang=} flags) in which the entity's ambiguous aliases count on their own. */
    public Set<String> languages(String id) {
        return languages.getOrDefault(id, Set.of());
    }

    /** The contexts ({@code context=} flags) the entity belongs to: entities sharing one support each other. */
    public Set<String> contexts(String id) {
        return contexts.getOrDefault(id, Set.of());
    }

    /** Every spelling the matcher looks for, derived surnames included. */
    List<Alias> aliases() {
        return aliases;
    }

    @Override
    public String toString() {
        return "AliasDictionary[" + entities.size() + " entities, " + aliases.size() + " aliases]";
    }
}
