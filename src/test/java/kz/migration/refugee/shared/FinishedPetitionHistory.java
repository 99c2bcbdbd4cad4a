package kz.migration.refugee.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine history a register accumulates over the years, for a benchmark: the history rows that the processes
 * finished so far left (process and activity instances, tasks, variables and their updates, candidate and assignee
 * links, the users' operation log, with the history's byte arrays) are copied in SQL until the history tables hold
 * about the rows asked for. Each copy gets fresh ids (each id's UUID replaced by a hash of it and the copy's number,
 * so that the rows of one copy still point at each other), its own business key, and its dates moved back by its
 * share of five years.
 */
final class FinishedPetitionHistory {

  private static final long FIVE_YEARS_SECONDS = 5L * 365 * 24 * 3600;

  private static final String ID = """
      create function history_copy_id(id varchar, copy integer) returns varchar language sql immutable strict as
      $$ select left(id, greatest(length(id) - 36, 0)) || md5(id || '/' || copy)::uuid $$
      """;
  /** The finished root processes whose whole history is copied. */
  private static final String ROOTS = """
      create table history_template_root as
      select proc_inst_id_ as id from act_hi_procinst where end_time_ is not null and proc_inst_id_ = root_proc_inst_id_
      """;
  private static final String COPIES = """
      create table history_template_copy as
      select g as copy, make_interval(secs => g * ?::double precision) as shift from generate_series(1, ?) g
      """;
  private static final String TEMPLATE_ROWS = """
      select (select count(*) from act_hi_procinst h join history_template_root r on r.id = h.root_proc_inst_id_)
           + (select count(*) from act_hi_actinst h join history_template_root r on r.id = h.root_proc_inst_id_)
           + (select count(*) from act_hi_taskinst h join history_template_root r on r.id = h.root_proc_inst_id_)
           + (select count(*) from act_hi_varinst h join history_template_root r on r.id = h.root_proc_inst_id_)
           + (select count(*) from act_hi_detail h join history_template_root r on r.id = h.root_proc_inst_id_)
           + (select count(*) from act_hi_identitylink h join history_template_root r on r.id = h.root_proc_inst_id_)
           + (select count(*) from act_hi_op_log h join history_template_root r on r.id = h.root_proc_inst_id_)
      """;
  private static final String FROM = """
       join history_template_root r on r.id = h.root_proc_inst_id_ cross join history_template_copy c
      """;
  private static final List<String> COPY = List.of("""
      insert into act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_, start_time_,
          end_time_, removal_time_, duration_, start_user_id_, start_act_id_, end_act_id_, super_process_instance_id_,
          root_proc_inst_id_, super_case_instance_id_, case_inst_id_, delete_reason_, tenant_id_, state_,
          restarted_proc_inst_id_)
      select history_copy_id(id_, copy), history_copy_id(proc_inst_id_, copy), business_key_ || '/' || copy,
          proc_def_key_, proc_def_id_, start_time_ - shift, end_time_ - shift, removal_time_ - shift, duration_,
          start_user_id_, start_act_id_, end_act_id_, history_copy_id(super_process_instance_id_, copy),
          history_copy_id(root_proc_inst_id_, copy), super_case_instance_id_, case_inst_id_, delete_reason_,
          tenant_id_, state_, history_copy_id(restarted_proc_inst_id_, copy)
      from act_hi_procinst h""" + FROM, """
      insert into act_hi_actinst (id_, parent_act_inst_id_, proc_def_key_, proc_def_id_, root_proc_inst_id_,
          proc_inst_id_, execution_id_, act_id_, task_id_, call_proc_inst_id_, call_case_inst_id_, act_name_,
          act_type_, assignee_, start_time_, end_time_, duration_, act_inst_state_, sequence_counter_, tenant_id_,
          removal_time_)
      select history_copy_id(id_, copy), history_copy_id(parent_act_inst_id_, copy), proc_def_key_, proc_def_id_,
          history_copy_id(root_proc_inst_id_, copy), history_copy_id(proc_inst_id_, copy),
          history_copy_id(execution_id_, copy), act_id_, history_copy_id(task_id_, copy),
          history_copy_id(call_proc_inst_id_, copy), call_case_inst_id_, act_name_, act_type_, assignee_,
          start_time_ - shift, end_time_ - shift, duration_, act_inst_state_, sequence_counter_, tenant_id_,
          removal_time_ - shift
      from act_hi_actinst h""" + FROM, """
      insert into act_hi_taskinst (id_, task_def_key_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_,
          execution_id_, case_def_key_, case_def_id_, case_inst_id_, case_execution_id_, act_inst_id_, name_,
          parent_task_id_, description_, owner_, assignee_, start_time_, end_time_, duration_, delete_reason_,
          priority_, due_date_, follow_up_date_, tenant_id_, removal_time_, task_state_)
      select history_copy_id(id_, copy), task_def_key_, proc_def_key_, proc_def_id_,
          history_copy_id(root_proc_inst_id_, copy), history_copy_id(proc_inst_id_, copy),
          history_copy_id(execution_id_, copy), case_def_key_, case_def_id_, case_inst_id_, case_execution_id_,
          history_copy_id(act_inst_id_, copy), name_, history_copy_id(parent_task_id_, copy), description_, owner_,
          assignee_, start_time_ - shift, end_time_ - shift, duration_, delete_reason_, priority_, due_date_ - shift,
          follow_up_date_ - shift, tenant_id_, removal_time_ - shift, task_state_
      from act_hi_taskinst h""" + FROM, """
      insert into act_hi_varinst (id_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_, execution_id_,
          act_inst_id_, case_def_key_, case_def_id_, case_inst_id_, case_execution_id_, task_id_, name_, var_type_,
          create_time_, rev_, bytearray_id_, double_, long_, text_, text2_, tenant_id_, state_, removal_time_)
      select history_copy_id(id_, copy), proc_def_key_, proc_def_id_, history_copy_id(root_proc_inst_id_, copy),
          history_copy_id(proc_inst_id_, copy), history_copy_id(execution_id_, copy),
          history_copy_id(act_inst_id_, copy), case_def_key_, case_def_id_, case_inst_id_, case_execution_id_,
          history_copy_id(task_id_, copy), name_, var_type_, create_time_ - shift, rev_,
          history_copy_id(bytearray_id_, copy), double_, long_, text_, text2_, tenant_id_, state_,
          removal_time_ - shift
      from act_hi_varinst h""" + FROM, """
      insert into act_hi_detail (id_, type_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_,
          execution_id_, case_def_key_, case_def_id_, case_inst_id_, case_execution_id_, task_id_, act_inst_id_,
          var_inst_id_, name_, var_type_, rev_, time_, bytearray_id_, double_, long_, text_, text2_,
          sequence_counter_, tenant_id_, operation_id_, removal_time_, initial_)
      select history_copy_id(id_, copy), type_, proc_def_key_, proc_def_id_, history_copy_id(root_proc_inst_id_, copy),
          history_copy_id(proc_inst_id_, copy), history_copy_id(execution_id_, copy), case_def_key_, case_def_id_,
          case_inst_id_, case_execution_id_, history_copy_id(task_id_, copy), history_copy_id(act_inst_id_, copy),
          history_copy_id(var_inst_id_, copy), name_, var_type_, rev_, time_ - shift,
          history_copy_id(bytearray_id_, copy), double_, long_, text_, text2_, sequence_counter_, tenant_id_,
          history_copy_id(operation_id_, copy), removal_time_ - shift, initial_
      from act_hi_detail h""" + FROM, """
      insert into act_hi_identitylink (id_, timestamp_, type_, user_id_, group_id_, task_id_, root_proc_inst_id_,
          proc_def_id_, operation_type_, assigner_id_, proc_def_key_, tenant_id_, removal_time_)
      select history_copy_id(id_, copy), timestamp_ - shift, type_, user_id_, group_id_, history_copy_id(task_id_, copy),
          history_copy_id(root_proc_inst_id_, copy), proc_def_id_, operation_type_, assigner_id_, proc_def_key_,
          tenant_id_, removal_time_ - shift
      from act_hi_identitylink h""" + FROM, """
      insert into act_hi_op_log (id_, deployment_id_, proc_def_id_, proc_def_key_, root_proc_inst_id_, proc_inst_id_,
          execution_id_, case_def_id_, case_inst_id_, case_execution_id_, task_id_, job_id_, job_def_id_, batch_id_,
          user_id_, timestamp_, operation_type_, operation_id_, entity_type_, property_, org_value_, new_value_,
          tenant_id_, removal_time_, category_, external_task_id_, annotation_)
      select history_copy_id(id_, copy), deployment_id_, proc_def_id_, proc_def_key_,
          history_copy_id(root_proc_inst_id_, copy), history_copy_id(proc_inst_id_, copy),
          history_copy_id(execution_id_, copy), case_def_id_, case_inst_id_, case_execution_id_,
          history_copy_id(task_id_, copy), history_copy_id(job_id_, copy), job_def_id_, batch_id_, user_id_,
          timestamp_ - shift, operation_type_, history_copy_id(operation_id_, copy), entity_type_, property_,
          org_value_, new_value_, tenant_id_, removal_time_ - shift, category_, external_task_id_, annotation_
      from act_hi_op_log h""" + FROM, """
      insert into act_ge_bytearray (id_, rev_, name_, deployment_id_, bytes_, generated_, tenant_id_, type_,
          create_time_, root_proc_inst_id_, removal_time_)
      select history_copy_id(id_, copy), rev_, name_, deployment_id_, bytes_, generated_, tenant_id_, type_,
          create_time_ - shift, history_copy_id(root_proc_inst_id_, copy), removal_time_ - shift
      from act_ge_bytearray h""" + FROM);

  private final JdbcTemplate jdbc;

  FinishedPetitionHistory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Copies the history of every finished root process until the history tables hold about {@code rows} rows
   * (at least one copy); answers the number of copies.
   */
  int copyUntil(long rows) {
    jdbc.execute(ID);
    jdbc.execute(ROOTS);
    try {
      long template = jdbc.queryForObject(TEMPLATE_ROWS, Long.class);
      assertThat(template).as("history of finished processes to copy").isPositive();
      int copies = (int) Math.max(1, (rows - count()) / template);
      jdbc.update(COPIES, (double) FIVE_YEARS_SECONDS / copies, copies);
      COPY.forEach(jdbc::update);
      return copies;
    } finally {
      jdbc.execute("drop table if exists history_template_copy");
      jdbc.execute("drop table history_template_root");
      jdbc.execute("drop function history_copy_id");
    }
  }

  /** Rows in the history tables. */
  long count() {
    return jdbc.queryForObject("""
        select (select count(*) from act_hi_procinst) + (select count(*) from act_hi_actinst)
             + (select count(*) from act_hi_taskinst) + (select count(*) from act_hi_varinst)
             + (select count(*) from act_hi_detail) + (select count(*) from act_hi_identitylink)
             + (select count(*) from act_hi_op_log)
        """, Long.class);
  }
}
