package kz.migration.refugee.recheck;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The name under which this node records its scheduler passes ({@code refugee.recheck.node}, by default the
 * host name). At start, before the scheduler can run, the passes it left RUNNING when it stopped are marked
 * ABANDONED: whatever they started is committed, and the next pass resumes the rest.
 */
@Component
class RecheckNode implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(RecheckNode.class);

  private final String name;
  private final RecheckStarter starter;

  RecheckNode(@Value("${refugee.recheck.node:}") String name, @Lazy RecheckStarter starter) {
    this.name = name.isBlank() ? hostName() : name;
    this.starter = starter;
  }

  String name() {
    return name;
  }

  @Override
  public void afterSingletonsInstantiated() {
    int abandoned = starter.abandonLeftRunning();
    if (abandoned > 0) {
      log.warn("{} recheck pass(es) left running by node {} when it stopped marked ABANDONED", abandoned, name);
    }
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }
}
