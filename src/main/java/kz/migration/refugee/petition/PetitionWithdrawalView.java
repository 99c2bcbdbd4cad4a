package kz.migration.refugee.petition;

import java.time.LocalDate;

/** A petition's withdrawal as the case page shows it. */
public record PetitionWithdrawalView(LocalDate requestedOn, String receivedBy, String note) {}
