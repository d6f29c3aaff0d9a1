package dev.newsetl.group;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of the stories table.
 *
 * @param firstDate  earliest known publication date of a member, null when none is known
 * @param title      the first article's title (null when it has none)
 * @param entities   the story's most specific entities, most weight first
 */
public record StoryRow(
        String storyId,
        int articles,
        int sources,
        LocalDate firstDate,
        LocalDate lastDate,
        String title,
        List<String> entities) {
    public StoryRow {
        entities = List.copyOf(entities);
    }
}
