#!/usr/bin/env bash
# One PostgreSQL login role per service; each service owns its own schema and nothing else.
#
# Run by the postgres image on the first start of an empty data volume (/docker-entrypoint-initdb.d).
# Idempotent: after adding a module to SERVICE_DB_ROLES (and its <ROLE>_PASSWORD) in compose.yaml,
# recreate the container (`docker compose up -d postgres`) and run it again:
#   docker compose -f docker/compose.yaml exec postgres bash /docker-entrypoint-initdb.d/10-service-roles.sh
# Re-running also resets each role's password to the one in its <ROLE>_PASSWORD variable.
#
# Environment (set on the postgres container):
#   POSTGRES_USER, POSTGRES_DB   the image's own: the superuser and the application database
#   SERVICE_DB_ROLES             space-separated role names, e.g. "booking_service feedback_service"
#   <ROLE>_PASSWORD              the password of each, e.g. BOOKING_SERVICE_PASSWORD
#
# What each role gets:
#   - LOGIN, CONNECT to the database, and CREATE on it: the service's first migration creates its own
#     schema ("booking" for booking_service), so the role owns that schema and everything in it, and no
#     other role has any right on it. CREATE on the database is required even for drizzle's
#     `CREATE SCHEMA IF NOT EXISTS`: PostgreSQL checks that privilege before it checks existence.
#   - search_path "<schema>", public (the schema is the role name without "_service").
#   - nothing on any other service's schema; PUBLIC loses CONNECT and TEMPORARY on the database.
# btree_gist (for EXCLUDE USING gist on (resource, tstzrange)) is created once, by the superuser, in
# public, so every service's `CREATE EXTENSION IF NOT EXISTS btree_gist` is a no-op.
#
# The simpler shared variant (one role for all services, as in CI and development) needs none of this:
# point every DATABASE_URL at the same user; the one-schema-per-service rule still holds by convention.
#
# The image runs an executable *.sh and sources a non-executable one; the body runs in a subshell so
# that, if sourced, its shell options and variables do not leak into the image's entrypoint.
(
  set -euo pipefail

  db="${POSTGRES_DB:-postgres}"
  superuser="${POSTGRES_USER:-postgres}"
  export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
  psql_cmd=(psql -v ON_ERROR_STOP=1 --no-psqlrc --quiet --username "$superuser" --dbname "$db")

  # Check every name and password before changing anything.
  for role in ${SERVICE_DB_ROLES:-}; do
    if [[ ! "$role" =~ ^[a-z][a-z0-9_]*$ ]]; then
      echo "10-service-roles: invalid role name '$role' (lowercase letters, digits and _ only)" >&2
      exit 1
    fi
    password_var="${role^^}_PASSWORD"
    if [[ -z "${!password_var:-}" ]]; then
      echo "10-service-roles: $password_var is not set for role $role" >&2
      exit 1
    fi
  done

  "${psql_cmd[@]}" -v db="$db" <<'SQL'
REVOKE CONNECT, TEMPORARY ON DATABASE :"db" FROM PUBLIC;
CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;
SQL

  for role in ${SERVICE_DB_ROLES:-}; do
    password_var="${role^^}_PASSWORD"
    password="${!password_var}"
    schema="${role%_service}"

    "${psql_cmd[@]}" -v db="$db" -v role="$role" -v password="$password" -v schema="$schema" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN', :'role')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'role')
\gexec
ALTER ROLE :"role" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
  CONNECTION LIMIT 100 PASSWORD :'password';
GRANT CONNECT, CREATE ON DATABASE :"db" TO :"role";
ALTER ROLE :"role" IN DATABASE :"db" SET search_path = :"schema", public;
SQL
    echo "10-service-roles: role $role ready (schema $schema is created by the service's migrations)"
  done
)
