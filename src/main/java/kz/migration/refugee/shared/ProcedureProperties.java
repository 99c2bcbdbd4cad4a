package kz.migration.refugee.shared;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every period and limit of the procedure, with the defaults of the Law "On refugees" and its rules.
 * The rules change; these never appear as literals in code or models.
 *
 * @param filingPeriod        a petition filed later than this after arrival needs a recorded reason
 * @param decisionPeriod      decision deadline counted from registration
 * @param maxDecisionPeriod   the latest an extended examination may run, counted from registration
 * @param appealPeriod        appeal window counted from the day the refusal is served on the applicant
 * @param noticeServiceReminder the service of a refusal is to be recorded within this from the refusal; past it, the
 *     caseworker is reminded (the task rises in Tasklist)
 * @param appealDecisionPeriod an appeal is to be decided within this, counted from the day it reaches the deciding
 *     manager (the rules set no period; one month, as long as the refugee had to appeal)
 * @param reexaminationPeriod decision deadline of a re-examination after an overturned refusal, counted from the day
 *     the examination is reopened (the rules set none; the original deadline has long passed by then)
 * @param refugeeCertificateValidity validity of a refugee certificate from its issue
 * @param asylumSeekerCertificateValidity validity of an asylum-seeker certificate from its issue (and from each
 *     reissue while the examination lasts)
 * @param asylumSeekerCertificateReissueLead the reissue of an asylum-seeker certificate is prepared for the caseworker
 *     this long before it expires
 * @param adultAge            age from which a family member is assessed and certified on their own
 * @param legalGrounds        legal grounds a decision may cite
 * @param recheckLeadTime     a recognised family's annual recheck starts this long before its certificate expires
 * @param adultChildrenOwnCertificate a child of age at extension receives a certificate of their own,
 *     rather than staying on the parent's
 * @param returnReplyTimeout  how long a voluntary-return contact (origin country, UNHCR, IOM) is awaited
 * @param returnReminderInterval how often an unanswered contact is reminded meanwhile
 * @param abandonmentPeriod   with no interview appointed this long (since registration, the last missed appointment or a
 *     manager's decision to appoint it again) a manager decides whether to close the case as abandoned (UNHCR: 6 weeks)
 * @param reopeningPeriod     a case closed as abandoned is reopened on the applicant's request within this of its closure
 * @param courtAppealPeriod  after the internal appeal upheld a refusal, a court appeal is awaited this long from that
 *     decision before the refusal is final (the case is then closed, the refused members deregistered)
 * @param familyUnityGround   the legal ground (one of {@code legalGrounds}) of status by family unity: an adult without
 *     grounds of their own, recognised with the principal applicant on their written consent
 * @param acceleratedDecisionPeriod decision deadline counted from registration for a family whose specific needs call
 *     for an accelerated examination (the {@code task-priority} decision table: an unaccompanied or separated child, a
 *     survivor of torture or violence, a serious medical condition)
 */
@ConfigurationProperties("refugee.procedure")
public record ProcedureProperties(
    @DefaultValue("P5D") Period filingPeriod,
    @DefaultValue("P3M") Period decisionPeriod,
    @DefaultValue("P1Y") Period maxDecisionPeriod,
    @DefaultValue("P1M") Period appealPeriod,
    @DefaultValue("P1M") Period appealDecisionPeriod,
    @DefaultValue("P1M") Period reexaminationPeriod,
    @DefaultValue("P1Y") Period refugeeCertificateValidity,
    @DefaultValue("18") int adultAge,
    List<LegalGround> legalGrounds,
    @DefaultValue("P30D") Period recheckLeadTime,
    @DefaultValue("true") boolean adultChildrenOwnCertificate,
    @DefaultValue("P30D") Period returnReplyTimeout,
    @DefaultValue("P7D") Period returnReminderInterval,
    @DefaultValue("P14D") Period noticeServiceReminder,
    @DefaultValue("P6W") Period abandonmentPeriod,
    @DefaultValue("P1Y") Period reopeningPeriod,
    @DefaultValue("family-unity") String familyUnityGround,
    @DefaultValue("P1M") Period courtAppealPeriod,
    @DefaultValue("P1M") Period acceleratedDecisionPeriod,
    @DefaultValue("P3M") Period asylumSeekerCertificateValidity,
    @DefaultValue("P14D") Period asylumSeekerCertificateReissueLead) {

  public ProcedureProperties {
    legalGrounds = legalGrounds == null ? List.of() : List.copyOf(legalGrounds);
  }

  /** A legal ground a decision may cite; {@code outcome} is {@code granted} or {@code refused}. */
  public record LegalGround(String code, String outcome, String label) {}

  public Optional<LegalGround> legalGround(String code) {
    return legalGrounds.stream().filter(g -> g.code().equals(code)).findFirst();
  }

  public boolean filedLate(LocalDate arrival, LocalDate filed) {
    return filed.isAfter(arrival.plus(filingPeriod));
  }
}
