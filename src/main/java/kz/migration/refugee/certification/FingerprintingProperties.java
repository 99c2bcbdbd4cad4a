package kz.migration.refugee.certification;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Fingerprinting of asylum seekers ({@code refugee.fingerprinting.*}).
 *
 * @param period fingerprinting is due within this of the first asylum-seeker certificate (calendar days)
 * @param minAge the age, on the certificate's issue day, from which a person on it is fingerprinted (an assumption
 *     the rules leave open: 14, the age of the national identity card; change it here if the rules say otherwise)
 * @param retryCycle how the sending to the national system is retried before it becomes an incident
 */
@ConfigurationProperties("refugee.fingerprinting")
record FingerprintingProperties(
    @DefaultValue("P3D") Period period,
    @DefaultValue("14") int minAge,
    @DefaultValue("R3/PT5M") String retryCycle) {}
