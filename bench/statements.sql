-- Lets the lifecycle benchmark count the statements of each side (target/bench-lifecycle-statements.txt).
-- The server must preload the library: alter system set shared_preload_libraries = 'pg_stat_statements'; then restart.
-- Run as a superuser in the benchmark's database:  psql -d refugee_bench -v user=refugee -f bench/statements.sql
create schema if not exists bench_stats;
create extension if not exists pg_stat_statements schema bench_stats;
grant usage on schema bench_stats to :"user";
grant execute on function bench_stats.pg_stat_statements_reset(oid, oid, bigint) to :"user";
grant pg_read_all_stats to :"user";
