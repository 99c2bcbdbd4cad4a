package kz.migration.refugee.decision;

import java.time.LocalDate;
import java.util.List;

/**
 * Data printed on the decision notice for a refugee-status petition: the decision and every person it covers, with
 * their outcome. {@code appealDueOn} is printed when someone was refused, and may be {@code null} (not yet served).
 */
record DecisionNoticeContent(
        String caseNumber,
        String applicantName,
        LocalDate decidedOn,
        String decidedBy,
        LocalDate appealDueOn,
        List<Person> persons) {

    /**
     * One person covered: {@code basis} says on what the outcome rests (own grounds, family unity with consent, a
     * parent's status); {@code legalGround} and {@code reasons} are the person's own, when decided on their own grounds.
     */
    record Person(String name, LocalDate bornOn, boolean granted, String basis, String legalGround, String reasons,
            String certificateNumber, LocalDate certificateValidUntil) {}

    DecisionNoticeContent {
        if (caseNumber == null || caseNumber.isBlank()) {
            throw new IllegalArgumentException("caseNumber must not be null or blank");
        }
        if (decidedOn == null) {
            throw new IllegalArgumentException("decidedOn must not be null");
        }
        if (persons == null || persons.isEmpty()) {
            throw new IllegalArgumentException("a decision covers at least one person");
        }
        persons = List.copyOf(persons);
    }

    boolean anyRefused() {
        return persons.stream().anyMatch(p -> !p.granted());
    }
}
