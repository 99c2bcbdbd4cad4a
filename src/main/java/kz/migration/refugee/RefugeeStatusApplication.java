package kz.migration.refugee;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Refugee status case processing: petitions, decisions, annual rechecks and voluntary return.
 * Models and forms are deployed as a process application ({@code META-INF/processes.xml}) so that
 * their deployment names are {@code bpmn/...} and {@code forms/...}, the same on every machine.
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@EnableProcessApplication("refugee-status")
@ConfigurationPropertiesScan
public class RefugeeStatusApplication {

  public static void main(String[] args) {
    SpringApplication.run(RefugeeStatusApplication.class, args);
  }
}
