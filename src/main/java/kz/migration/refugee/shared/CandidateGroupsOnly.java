package kz.migration.refugee.shared;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * A step of a case is taken only by a member of the groups the model names for it, whatever other
 * authorizations the user holds (also the system account of {@code camunda-admin}, whom the engine exempts
 * from authorization checks). Added to every user task at deployment, on assignment and on completion.
 */
@Component
class CandidateGroupsOnly extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new java.util.ArrayList<>());
    }
    configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        TaskDefinition task = ((org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior)
            activity.getActivityBehavior()).getTaskDefinition();
        task.addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, CandidateGroupsOnly::check);
        task.addTaskListener(TaskListener.EVENTNAME_COMPLETE, CandidateGroupsOnly::check);
      }
    });
  }

  static void check(DelegateTask task) {
    Set<String> candidates = task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).collect(Collectors.toSet());
    if (candidates.isEmpty()) {
      return;
    }
    IdentityService identity = task.getProcessEngineServices().getIdentityService();
    boolean assignment = TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName());
    String user;
    List<String> groups;
    if (assignment) {
      user = task.getAssignee();
      groups = user == null ? List.of()
          : identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    } else {
      Authentication auth = identity.getCurrentAuthentication();
      // steps taken by the engine itself, or by code without a user, are not a person's work
      user = auth == null ? null : auth.getUserId();
      groups = auth == null || auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
    }
    if (user == null || groups.stream().anyMatch(candidates::contains)) {
      return;
    }
    throw new BadUserRequestException("«" + task.getName() + "»: этот шаг выполняют только группы "
        + String.join(", ", candidates.stream().sorted().toList()) + "; пользователь " + user + " в них не входит");
  }
}
