#!/usr/bin/env bash
# Two nodes of the packaged application on one PostgreSQL database, under load, with a node killed and the
# database connections cut; then checks in the database that every step was done exactly once.
#
#   ./mvnw -B -ntp -o package -DskipTests   # the jar (built here if missing)
#   bench/cluster.sh                         # README, "Running several nodes"
#
# Environment (defaults in brackets):
#   CLUSTER_DB [refugee_cluster]       database, dropped and created again (needs `runuser -u postgres` or a
#                                      role that may create databases)
#   CLUSTER_PORTS ["8091 8092"]        the two nodes' HTTP ports
#   CLUSTER_FAMILIES [10000]           recognised families loaded, each due for its annual recheck: one process
#                                      start by a scheduler pass and one asynchronous step by the job executor
#   CLUSTER_PETITIONS [300]            petitions filed through the API while the nodes' connections are cut
#   CLUSTER_LOCK_TIME_MS [60000]       the job executor's lock time on both nodes (the product's default is
#                                      300000): how long the jobs a killed node held wait for another node
#   CLUSTER_HEAP [768m]                each node's heap
#   PGHOST [127.0.0.1] PGPORT [5432] PGUSER [refugee] PGPASSWORD [refugee]
#   CLUSTER_WORK [target/cluster]      logs of the nodes and the summary (summary.txt)
# Exit status: 0 when every check passed, 1 when one failed, 2 when the run could not be set up.
set -uo pipefail
cd "$(dirname "$0")/.."

DB=${CLUSTER_DB:-refugee_cluster}
read -r -a PORTS <<< "${CLUSTER_PORTS:-8091 8092}"
FAMILIES=${CLUSTER_FAMILIES:-10000}
PETITIONS=${CLUSTER_PETITIONS:-300}
LOCK_TIME_MS=${CLUSTER_LOCK_TIME_MS:-60000}
HEAP=${CLUSTER_HEAP:-768m}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-refugee} PGPASSWORD=${PGPASSWORD:-refugee}
WORK=${CLUSTER_WORK:-target/cluster}
ADMIN=clusteradmin
# the production profile's password policy: upper and lower case, a digit, a sign, 10 characters or more
PASSWORD='Cluster-Load-2026!'
MANAGER=clustermanager
CASEWORKER=clustercaseworker
DRAIN_TIMEOUT=${CLUSTER_DRAIN_TIMEOUT:-2400}

mkdir -p "$WORK"
rm -f "$WORK"/*.log "$WORK"/petitions-*.txt "$WORK"/summary.txt
declare -A PID=()
CHECKS=()
FAILED=0
T_BEGIN=$(date +%s)

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*"; }
die() { log "ERROR: $*"; stop_nodes; exit 2; }
sql() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$DB" -c "$1"; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

check() { # name, pass (0/1), detail
  local verdict=PASS
  if [ "$2" != 1 ]; then verdict=FAIL; FAILED=1; fi
  CHECKS+=("$(printf '| %-62s | %-4s | %s |' "$1" "$verdict" "$3")")
  log "check: $1: $verdict ($3)"
}
equal() { [ "$1" = "$2" ] && echo 1 || echo 0; }

as_postgres() { # through the local socket as the postgres OS user
  if [ "$(id -un)" = postgres ]; then env -u PGHOST -u PGUSER -u PGPASSWORD "$@"
  elif [ "$(id -u)" = 0 ] && command -v runuser >/dev/null; then env -u PGHOST -u PGUSER -u PGPASSWORD runuser -u postgres -- "$@"
  else return 1; fi
}

JAR=$(ls target/refugee-status-*.jar 2>/dev/null | grep -v -e '-plain\.jar$' | head -1)
if [ -z "$JAR" ]; then
  log "building the jar"
  ./mvnw -B -ntp -o package -DskipTests >"$WORK/build.log" 2>&1 || { echo "build failed, see $WORK/build.log" >&2; exit 2; }
  JAR=$(ls target/refugee-status-*.jar | grep -v -e '-plain\.jar$' | head -1)
fi

# ---------------------------------------------------------------------------------------------------- nodes
start_node() { # port
  local port=$1
  REFUGEE_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" REFUGEE_DB_USER="$PGUSER" REFUGEE_DB_PASSWORD="$PGPASSWORD" \
  REFUGEE_ADMIN_USER="$ADMIN" REFUGEE_ADMIN_PASSWORD="$PASSWORD" \
    java "-Xmx$HEAP" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$JAR" \
      --spring.profiles.active=postgres --server.port="$port" \
      --camunda.bpm.job-execution.lock-time-in-millis="$LOCK_TIME_MS" \
      --camunda.bpm.generic-properties.properties.hostname="node-$port" \
      >>"$WORK/node-$port.log" 2>&1 &
  PID[$port]=$!
}

await_node() { # port: until /actuator/health answers UP (at most CLUSTER_START_TIMEOUT, 900 s)
  local port=$1 until=$(( $(date +%s) + ${CLUSTER_START_TIMEOUT:-900} ))
  while [ "$(date +%s)" -lt "$until" ]; do
    kill -0 "${PID[$port]}" 2>/dev/null || return 1
    curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"' && return 0
    sleep 1
  done
  return 1
}

stop_nodes() {
  for port in "${PORTS[@]}"; do
    if [ -n "${PID[$port]:-}" ] && kill -0 "${PID[$port]}" 2>/dev/null; then
      kill "${PID[$port]}" 2>/dev/null
      for _ in $(seq 1 30); do kill -0 "${PID[$port]}" 2>/dev/null || break; sleep 1; done
      kill -9 "${PID[$port]}" 2>/dev/null
    fi
  done
}
trap 'stop_nodes' EXIT
trap 'exit 130' INT TERM

api() { # user method port path [curl args...]: prints "status body"
  local user=$1 method=$2 port=$3 path=$4; shift 4
  curl -s -m 60 -u "$user:$PASSWORD" -X "$method" -H 'Content-Type: application/json' -w '\n%{http_code}' "$@" \
    "http://127.0.0.1:$port$path"
}

# ------------------------------------------------------------------------------------------------- database
log "database $DB: dropped and created again"
if ! as_postgres dropdb --if-exists "$DB" || ! as_postgres createdb -O "$PGUSER" -E UTF8 -T template0 "$DB"; then
  psql -X -q -d postgres -c "drop database if exists $DB" && psql -X -q -d postgres -c "create database $DB encoding 'UTF8' template template0" \
    || die "cannot create database $DB"
fi

# ------------------------------------------------------------------------------- both nodes on the empty database
log "starting nodes ${PORTS[*]} at once on the empty database ($JAR, -Xmx$HEAP, lock time $LOCK_TIME_MS ms)"
t=$(now)
for port in "${PORTS[@]}"; do start_node "$port"; done
started_ok=1
for port in "${PORTS[@]}"; do await_node "$port" || { started_ok=0; log "node $port did not start, see $WORK/node-$port.log"; }; done
START_SECONDS=$(elapsed "$t" "$(now)")
check "both nodes start at once on an empty database" "$started_ok" "$START_SECONDS s"
[ "$started_ok" = 1 ] || die "the nodes did not start"
deployments=$(sql "select count(*) from act_re_deployment")
definitions=$(sql "select count(*) from act_re_procdef")
keys=$(sql "select count(distinct key_) from act_re_procdef")
check "models deployed once (duplicate filtering)" "$(equal "$definitions" "$keys")" \
  "$deployments deployment(s), $definitions definitions of $keys models"

for user in "$MANAGER:managers" "$CASEWORKER:caseworkers"; do
  id=${user%%:*} group=${user##*:}
  out=$(api "$ADMIN" POST "${PORTS[0]}" /engine-rest/user/create \
    -d "{\"profile\":{\"id\":\"$id\",\"firstName\":\"Нагрузка\",\"lastName\":\"Кластер\",\"email\":\"$id@example.org\"},\"credentials\":{\"password\":\"$PASSWORD\"}}")
  [ "${out##*$'\n'}" = 204 ] || die "user $id not created: $out"
  out=$(api "$ADMIN" PUT "${PORTS[1]}" "/engine-rest/group/$group/members/$id")
  [ "${out##*$'\n'}" = 204 ] || die "membership $id in $group not created: $out"
done

# --------------------------------------------------------- phase 1: annual rechecks, a node killed in the middle
log "loading $FAMILIES recognised families due for their annual recheck"
t=$(now)
sql "
insert into family_case (case_number, status, arrival_date, registered_on, address, created_at, version)
select 'RS-' || (1000 + g / 1000000) || '-' || lpad((g % 1000000)::text, 6, '0'), 'GRANTED', date '2020-01-01',
       date '2020-01-10', 'Алматы', now(), 0
from generate_series(1, $FAMILIES) g;
insert into person (case_id, role, surname, given_name, date_of_birth, sex, citizenship, ethnicity, search_name,
                    surname_key, given_name_key)
select id, 'HEAD', 'Нагрузочный', 'Тест', date '1980-01-01', 'MALE', 'AF', 'таджики', 'нагрузочный тест', 'ngrzchnj', 'tst'
from family_case where case_number like 'RS-1%';
insert into certificate (case_id, type, number, holder_id, issued_on, valid_until, status)
select p.case_id, 'REFUGEE', 'RC-CLUSTER-' || p.id, p.id, current_date - 364, current_date + 1 + (p.case_id % 28)::int, 'VALID'
from person p join family_case f on f.id = p.case_id where f.case_number like 'RS-1%';
analyze family_case; analyze person; analyze certificate;" || die "load failed"
LOAD_SECONDS=$(elapsed "$t" "$(now)")

KILLED=${PORTS[0]}
SURVIVOR=${PORTS[1]}
log "a scheduler pass on each node at once; node $KILLED is killed with SIGKILL at half the starts"
T_PASS=$(now)
declare -A RUN=()
for port in "${PORTS[@]}"; do
  out=$(api "$MANAGER" POST "$port" /api/rechecks/runs)
  [ "${out##*$'\n'}" = 202 ] || die "pass on $port not started: $out"
  for _ in $(seq 1 100); do [ "$(sql "select count(*) from recheck_run")" -gt "${#RUN[@]}" ] && break; sleep 0.1; done
  RUN[$port]=$(sql "select max(id) from recheck_run")
done

killed_at=""
while :; do
  read -r rechecks open_jobs <<< "$(sql "select (select count(*) from recheck), (select count(*) from act_ru_job where type_ not in ('timer', 'ever-living'))" | tr '|' ' ')"
  if [ -z "$killed_at" ] && [ "$rechecks" -ge $(( FAMILIES / 2 )) ]; then
    kill -9 "${PID[$KILLED]}"
    killed_at=$(now)
    log "node $KILLED killed at $rechecks rechecks started, $open_jobs asynchronous jobs waiting"
    wait "${PID[$KILLED]}" 2>/dev/null
    RECHECKS_AT_KILL=$rechecks JOBS_AT_KILL=$open_jobs
    start_node "$KILLED"
  fi
  if [ -n "$killed_at" ] && [ -z "${restarted_at:-}" ] && curl -fs "http://127.0.0.1:$KILLED/actuator/health" 2>/dev/null | grep -q '"UP"'; then
    restarted_at=$(now)
    RESTART_SECONDS=$(elapsed "$killed_at" "$restarted_at")
    log "node $KILLED up again after $RESTART_SECONDS s"
    # the passes of the surviving node that were running then are still running (or have ended by themselves)
    SURVIVOR_STATUS=$(sql "select status from recheck_run where id = ${RUN[$SURVIVOR]}")
  fi
  running=$(sql "select count(*) from recheck_run where status = 'RUNNING'")
  if [ -z "${passes_done_at:-}" ] && [ "$running" = 0 ] && [ -n "${restarted_at:-}" ]; then passes_done_at=$(now); fi
  if [ -n "${passes_done_at:-}" ] && [ "$open_jobs" = 0 ]; then break; fi
  if [ "$(elapsed "$T_PASS" "$(now)" | cut -d. -f1)" -gt "$DRAIN_TIMEOUT" ]; then
    log "not drained after $DRAIN_TIMEOUT s: $rechecks rechecks, $open_jobs jobs, $running passes running"
    break
  fi
  sleep 2
done
DRAIN_SECONDS=$(elapsed "$T_PASS" "$(now)")
await_node "$KILLED" || die "node $KILLED did not start again"

# the nightly pass resumes what a pass left; here it must find nothing left
out=$(api "$MANAGER" POST "$KILLED" /api/rechecks/runs)
sleep 2
for _ in $(seq 1 60); do [ "$(sql "select count(*) from recheck_run where status = 'RUNNING'")" = 0 ] && break; sleep 1; done

rechecks=$(sql "select count(*) from recheck")
distinct_cases=$(sql "select count(distinct case_id) from recheck")
started_sum=$(sql "select coalesce(sum(started), 0) from recheck_run")
instances=$(sql "select count(*) from act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_ where d.key_ = 'annual-recheck' and e.id_ = e.proc_inst_id_")
distinct_keys=$(sql "select count(distinct e.business_key_) from act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_ where d.key_ = 'annual-recheck' and e.id_ = e.proc_inst_id_")
tasks=$(sql "select count(*) from act_ru_task where task_def_key_ = 'Task_VerifyCircumstances'")
task_instances=$(sql "select count(distinct proc_inst_id_) from act_ru_task where task_def_key_ = 'Task_VerifyCircumstances'")
task_history=$(sql "select count(*) from act_hi_actinst where act_id_ = 'Task_VerifyCircumstances'")
job_successes=$(sql "select count(*) from act_hi_job_log where job_def_type_ = 'async-continuation' and job_state_ = 2 and act_id_ = 'Task_VerifyCircumstances'")
job_failures=$(sql "select count(*) from act_hi_job_log where job_state_ = 1")
per_node=$(sql "select string_agg(hostname_ || ': ' || n, ', ' order by hostname_) from (select hostname_, count(*) n from act_hi_job_log where job_state_ = 2 and act_id_ = 'Task_VerifyCircumstances' group by hostname_) x")
runs=$(sql "select string_agg(node || ' ' || status || ' ' || started || '+' || collisions || 'c', ', ' order by id) from recheck_run")
running=$(sql "select count(*) from recheck_run where status = 'RUNNING'")
killed_run=$(sql "select status from recheck_run where id = ${RUN[$KILLED]}")
survivor_run=$(sql "select status from recheck_run where id = ${RUN[$SURVIVOR]}")
incidents=$(sql "select count(*) from act_ru_incident")
locked=$(sql "select count(*) from act_ru_job where lock_owner_ is not null or lock_exp_time_ is not null")
exhausted=$(sql "select count(*) from act_ru_job where retries_ = 0")
open_jobs=$(sql "select count(*) from act_ru_job where type_ not in ('timer', 'ever-living')")

check "every due family has exactly one recheck" "$( [ "$rechecks" = "$FAMILIES" ] && [ "$distinct_cases" = "$FAMILIES" ] && echo 1 || echo 0)" \
  "$rechecks rechecks of $distinct_cases families, $FAMILIES loaded"
check "the passes' started counts add up to the rechecks" "$(equal "$started_sum" "$rechecks")" "$started_sum started: $runs"
check "one recheck process per family" "$( [ "$instances" = "$FAMILIES" ] && [ "$distinct_keys" = "$FAMILIES" ] && echo 1 || echo 0)" \
  "$instances instances, $distinct_keys case numbers"
check "each asynchronous step ran exactly once (one task each)" \
  "$( [ "$tasks" = "$FAMILIES" ] && [ "$task_instances" = "$FAMILIES" ] && [ "$task_history" = "$FAMILIES" ] && [ "$job_successes" = "$FAMILIES" ] && echo 1 || echo 0)" \
  "$tasks tasks in $task_instances instances, $task_history in history, $job_successes jobs succeeded ($per_node); $job_failures failed attempts retried"
check "no asynchronous job left, none locked, none out of retries" \
  "$( [ "$open_jobs" = 0 ] && [ "$locked" = 0 ] && [ "$exhausted" = 0 ] && echo 1 || echo 0)" \
  "$open_jobs left, $locked locked, $exhausted without retries"
check "no incident (no fault injected)" "$(equal "$incidents" 0)" "$incidents incidents"
check "the killed node's pass closed as ABANDONED, the other COMPLETED" \
  "$( [ "$running" = 0 ] && [ "$killed_run" = ABANDONED ] && [ "$survivor_run" = COMPLETED ] && echo 1 || echo 0)" \
  "killed node's pass $killed_run, surviving node's $survivor_run, $running RUNNING"
check "the restart does not close the surviving node's pass" "$( [ "${SURVIVOR_STATUS:-}" != ABANDONED ] && echo 1 || echo 0)" \
  "surviving node's pass ${SURVIVOR_STATUS:-?} when node $KILLED was up again"

PASS_RATE=$(awk -v n="$rechecks" -v s="$DRAIN_SECONDS" 'BEGIN { printf "%.0f", n / s }')

# --------------------------------------------------- phase 2: petitions through the API, connections cut twice
log "filing $PETITIONS petitions through both nodes (4 at a time); all their database connections cut twice"
file_petition() { # index port attempt
  local i=$1 port=$2 born doc answer code
  born=$(date -u -d "1970-01-01 + $i days" +%F)
  doc=$(printf 'CL%07d' "$i")
  answer=$(curl -s -m 60 -u "$CASEWORKER:$PASSWORD" -H 'Content-Type: application/json' -H "Idempotency-Key: cluster-$i" \
    -w '\n%{http_code}' "http://127.0.0.1:$port/api/petitions" -d "{\"arrivalDate\": \"$(date -u +%F)\",
      \"filingDate\": \"$(date -u +%F)\", \"language\": \"ru\", \"address\": \"Алматы\", \"members\": [{\"role\": \"head\",
      \"surname\": \"Кластерная\", \"givenName\": \"Проба\", \"dateOfBirth\": \"$born\", \"sex\": \"female\",
      \"citizenship\": \"AF\", \"documentType\": \"passport\", \"documentNumber\": \"$doc\"}]}")
  code=${answer##*$'\n'}
  printf '%s %s %s %s\n' "$i" "$port" "${code:-000}" "$(printf '%s' "${answer%$'\n'*}" | jq -r '.caseNumber // empty' 2>/dev/null)"
}
export -f file_petition
export CASEWORKER PASSWORD
cut_connections() {
  psql -X -q -At -d postgres -c "select count(pg_terminate_backend(pid)) from pg_stat_activity where datname = '$DB' and pid <> pg_backend_pid()"
}
T_PETITIONS=$(now)
seq 1 "$PETITIONS" | awk -v a="${PORTS[0]}" -v b="${PORTS[1]}" '{ print $1, ($1 % 2 ? a : b) }' \
  | xargs -P 4 -n 2 bash -c 'file_petition "$0" "$1" 1' > "$WORK/petitions-1.txt" &
FILER=$!
CUTS=()
for fraction in 3 2; do
  until [ "$(wc -l < "$WORK/petitions-1.txt")" -ge $(( PETITIONS / fraction )) ] || ! kill -0 $FILER 2>/dev/null; do sleep 0.2; done
  CUTS+=("$(cut_connections)")
  log "connections cut at $(wc -l < "$WORK/petitions-1.txt") answers: ${CUTS[-1]} backends terminated"
done
wait $FILER
PETITION_SECONDS=$(elapsed "$T_PETITIONS" "$(now)")
first_2xx=$(awk '$3 ~ /^2/' "$WORK/petitions-1.txt" | wc -l)
first_other=$(awk '$3 !~ /^2/' "$WORK/petitions-1.txt" | wc -l)
codes=$(awk '{ print $3 }' "$WORK/petitions-1.txt" | sort | uniq -c | awk '{ printf "%s%s×%s", sep, $2, $1; sep=", " }')
last_quarter_2xx=$(awk -v n="$PETITIONS" '$1 > n - n / 4 && $3 ~ /^2/' "$WORK/petitions-1.txt" | wc -l)
last_quarter=$(awk -v n="$PETITIONS" '$1 > n - n / 4' "$WORK/petitions-1.txt" | wc -l)

# the clients repeat what was not answered 2xx, with the same Idempotency-Key
sleep 2
awk '$3 !~ /^2/ { print $1, $2 }' "$WORK/petitions-1.txt" | xargs -r -P 2 -n 2 bash -c 'file_petition "$0" "$1" 2' > "$WORK/petitions-2.txt"
repeated_2xx=$(awk '$3 ~ /^2/' "$WORK/petitions-2.txt" | wc -l)
cat "$WORK/petitions-1.txt" "$WORK/petitions-2.txt" | awk '$3 ~ /^2/ && $4 != "" { print $4 }' | sort -u > "$WORK/petitions-answered.txt"
answered=$(wc -l < "$WORK/petitions-answered.txt")
answered_list=$(paste -sd, "$WORK/petitions-answered.txt" | sed "s/,/','/g")
in_database=$(sql "select count(*) from family_case where case_number in ('$answered_list')")
petitions_in_db=$(sql "select count(*) from family_case where case_number not like 'RS-1%'")
documents_in_db=$(sql "select count(distinct p.document_number) from person p join family_case f on f.id = p.case_id where f.case_number not like 'RS-1%'")
health=0
for port in "${PORTS[@]}"; do curl -fs "http://127.0.0.1:$port/actuator/health" | grep -q '"UP"' && health=$((health + 1)); done

check "the nodes answer again after their connections were cut" \
  "$( [ "$health" = 2 ] && [ "$last_quarter_2xx" = "$last_quarter" ] && echo 1 || echo 0)" \
  "${CUTS[*]} backends terminated; $health nodes UP; last $last_quarter requests: $last_quarter_2xx answered 2xx"
check "every petition answered 2xx is in the database" "$( [ "$in_database" = "$answered" ] && [ "$answered" -gt 0 ] && echo 1 || echo 0)" \
  "$answered case numbers answered, $in_database found"
check "every petition filed once, repeats answered from the first filing" \
  "$( [ "$petitions_in_db" = "$PETITIONS" ] && [ "$documents_in_db" = "$PETITIONS" ] && [ "$answered" = "$PETITIONS" ] && echo 1 || echo 0)" \
  "first attempt: $codes; repeated with the same key: $repeated_2xx of $first_other answered 2xx; $petitions_in_db cases in the database"
PETITION_RATE=$(awk -v n="$PETITIONS" -v s="$PETITION_SECONDS" 'BEGIN { printf "%.1f", n / s }')

TOTAL_SECONDS=$(( $(date +%s) - T_BEGIN ))
{
  echo "Two nodes on one PostgreSQL ($(sql 'show server_version')), $(nproc) cores, database $DB, $(date -u +%FT%TZ)"
  echo
  echo "| figure | value |"
  echo "|---|---|"
  echo "| both nodes started on the empty database | $START_SECONDS s |"
  echo "| families loaded (SQL) | $FAMILIES in $LOAD_SECONDS s |"
  echo "| scheduler passes (one per node) and their asynchronous steps | $rechecks rechecks and $job_successes jobs in $DRAIN_SECONDS s ($PASS_RATE rechecks/s, started and their task prepared) |"
  echo "| node $KILLED killed (SIGKILL) at | $RECHECKS_AT_KILL rechecks started, $JOBS_AT_KILL jobs waiting |"
  echo "| node $KILLED up again after | ${RESTART_SECONDS:-?} s |"
  echo "| jobs run per node | $per_node |"
  echo "| petitions filed through the API | $PETITIONS in $PETITION_SECONDS s ($PETITION_RATE/s), 4 clients |"
  echo "| connections cut (backends terminated) | ${CUTS[*]} |"
  echo "| whole run | $TOTAL_SECONDS s |"
  echo
  echo "| check | | |"
  echo "|---|---|---|"
  printf '%s\n' "${CHECKS[@]}"
} | tee "$WORK/summary.txt"
[ "$FAILED" = 0 ] && echo "PASS" || echo "FAIL"
exit "$FAILED"
