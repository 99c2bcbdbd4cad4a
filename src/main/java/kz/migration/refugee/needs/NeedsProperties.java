package kz.migration.refugee.needs;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of what is recorded about specific needs.
 *
 * @param bestInterestsNoteMinLength a best-interests note says something: at least this many characters
 * @param bestInterestsNoteMaxLength and at most this many (the column's width)
 */
@ConfigurationProperties("refugee.needs")
public record NeedsProperties(
    @DefaultValue("20") int bestInterestsNoteMinLength,
    @DefaultValue("4000") int bestInterestsNoteMaxLength) {}
