package kz.migration.refugee.shared;

import org.camunda.bpm.identity.impl.ldap.plugin.LdapIdentityProviderPlugin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Profile {@code ldap}: users and groups come from the department's directory, read-only, through Camunda's LDAP
 * identity provider ({@code application-ldap.yaml}, {@code refugee.ldap.*}: the plugin's settings by their names). The
 * product's login, HTTP basic and the webapps check passwords through the engine's identity service, which the
 * directory then answers; a directory group whose id is a role's name ({@code caseworkers}, {@code managers},
 * {@code auditors}, {@code operators}, {@code admins}) is that role, in Spring Security and in the engine's
 * authorizations alike. Authorizations, filters and everything else stay in the database. Nothing writes users,
 * groups or memberships in this profile ({@link DemoIdentity}, {@link AdminUser}, {@link RoleAuthorizations}).
 */
@Configuration
@Profile("ldap")
class DirectoryIdentity {

  @Bean
  @ConfigurationProperties("refugee.ldap")
  LdapIdentityProviderPlugin ldapIdentityProvider() {
    return new LdapIdentityProviderPlugin();
  }
}
