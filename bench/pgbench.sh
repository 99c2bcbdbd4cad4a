#!/usr/bin/env bash
# PostgreSQL's own commit rate on this machine: pgbench's simple-update transaction (one row updated, one
# inserted, committed), with one client and with as many clients as cores. It is the physical ceiling of a process
# step that commits once; the application's figures in the README's "Performance" are read against it.
#   bench/pgbench.sh                  # database refugee_pgbench on 127.0.0.1:5432, user refugee
#   PGBENCH_SECONDS=30 bench/pgbench.sh
set -euo pipefail
HOST=${PGHOST:-127.0.0.1}
PORT=${PGPORT:-5432}
USER_NAME=${PGUSER:-refugee}
DB=${PGBENCH_DB:-refugee_pgbench}
SECONDS_PER_RUN=${PGBENCH_SECONDS:-20}
CORES=$(nproc)

export PGPASSWORD=${PGPASSWORD:-refugee}
ADMIN=${PGBENCH_ADMIN:-postgres}  # a role that may create databases
psql -h "$HOST" -p "$PORT" -U "$ADMIN" -d postgres -qc "drop database if exists $DB" >/dev/null
psql -h "$HOST" -p "$PORT" -U "$ADMIN" -d postgres -qc "create database $DB owner $USER_NAME" >/dev/null
pgbench -h "$HOST" -p "$PORT" -U "$USER_NAME" -i -s 10 -q "$DB" >/dev/null 2>&1

run() {
  pgbench -h "$HOST" -p "$PORT" -U "$USER_NAME" -b simple-update -c "$1" -j "$1" -T "$SECONDS_PER_RUN" "$DB" 2>/dev/null \
    | awk -v c="$1" '/^tps/ {printf "%-8s %10.0f\n", c, $3} /latency average/ {lat=$4} END {}'
}
echo "PostgreSQL $(psql -h "$HOST" -p "$PORT" -U "$USER_NAME" -d "$DB" -Atc 'show server_version'), $CORES cores," \
  "synchronous_commit=$(psql -h "$HOST" -p "$PORT" -U "$USER_NAME" -d "$DB" -Atc 'show synchronous_commit')," \
  "pgbench simple-update, $SECONDS_PER_RUN s per run"
echo "clients  commits/s"
run 1
run "$CORES"
psql -h "$HOST" -p "$PORT" -U "$ADMIN" -d postgres -qc "drop database $DB" >/dev/null
