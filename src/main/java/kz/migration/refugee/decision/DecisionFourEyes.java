package kz.migration.refugee.decision;

import kz.migration.refugee.registry.ProcessCases;
import kz.migration.refugee.shared.FourEyes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who prepared what the petition's decisions are taken on, as the data bank records it (four-eyes). */
@Configuration(proxyBeanMethods = false)
class DecisionFourEyes {

  /** {@code Task_DecidePetition}: not by the author of any assessment the decision is taken on. */
  @Bean
  FourEyes.Preparation assessment(PetitionDecisionService decisions, ProcessCases cases) {
    return new FourEyes.Preparation("assessment", task -> decisions.assessors(cases.caseOf(task)));
  }

  /** {@code Task_DecideAppeal}: not by the author of the decision appealed against. */
  @Bean
  FourEyes.Preparation decision(PetitionDecisionService decisions, ProcessCases cases) {
    return FourEyes.Preparation.by("decision", task -> decisions.decider(cases.caseOf(task)));
  }
}
