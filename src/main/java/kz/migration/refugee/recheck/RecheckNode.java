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
 * host name and the HTTP port, so that two nodes on one host are told apart and a node restarted on its port
 * knows its own). At start, before the scheduler can run, the passes it left RUNNING when it stopped are marked
 * ABANDONED: whatever they started is committed, and the next pass resumes the rest.
 */
@Component
class RecheckNode implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(RecheckNode.class);

  private final String name;
  private final RecheckStarter starter;

  RecheckNode(@Value("${refugee.recheck.node:}") String name, @Value("${server.port:8080}") int port,
      @Lazy RecheckStarter starter) {
    this.name = name.isBlank() ? defaultName(hostName(), port) : name;
    this.starter = starter;
  }

  /** The host and port (a random port, 0, is not known yet here and not the same after a restart: the host only). */
  static String defaultName(String host, int port) {
    return port > 0 ? host + ":" + port : host;
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
