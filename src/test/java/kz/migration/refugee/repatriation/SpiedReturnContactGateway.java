package kz.migration.refugee.repatriation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The simulated bodies' gateway wrapped in a Mockito spy, in the shared application context
 * ({@link kz.migration.refugee.ApplicationTest}), so that {@link VoluntaryReturnTest} sees what leaves the
 * department without a context of its own. The spy passes every call on; declared here because the gateway's
 * type is internal to this package.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@MockitoSpyBean(types = ReturnContactGateway.class)
public @interface SpiedReturnContactGateway {}
