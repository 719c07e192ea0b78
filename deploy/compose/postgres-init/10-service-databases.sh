#!/bin/bash
# One database and one login role per service, each owning only its own database (database-per-
# service: no service can connect to another's data). Run once by the postgres image's entrypoint,
# on the first start with an empty data volume (docker-compose.yml mounts this folder at
# /docker-entrypoint-initdb.d). Changing a password later needs `ALTER ROLE ... PASSWORD` (see
# docs/operations.md): this script does not run again on an existing volume.
#
# The passwords come from the container's environment; docker-compose.yml passes the same
# variables (with the same defaults) to the services' QUARKUS_DATASOURCE_PASSWORD.
set -eo pipefail

create_service_database() {
    local name="$1" password="$2"
    if [ -z "$password" ]; then
        echo "10-service-databases.sh: no password given for database '$name'" >&2
        exit 1
    fi
    # psql variables (:"name" identifier, :'pw' literal) quote both safely. The explicit check also
    # stops the script where `set -e` does not apply (the entrypoint sources a non-executable file).
    if ! psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
        --set=name="$name" --set=pw="$password" <<'EOSQL'
CREATE ROLE :"name" LOGIN PASSWORD :'pw';
CREATE DATABASE :"name" OWNER :"name" ENCODING 'UTF8';
REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
EOSQL
    then
        echo "10-service-databases.sh: creating database and role '$name' failed" >&2
        exit 1
    fi
    echo "10-service-databases.sh: database and role '$name' created"
}

# service database   password variable (set on the postgres container in docker-compose.yml)
create_service_database intake    "${KAP_INTAKE_DB_PASSWORD}"
create_service_database treatment "${KAP_TREATMENT_DB_PASSWORD}"
create_service_database infusion  "${KAP_INFUSION_DB_PASSWORD}"
create_service_database outcomes  "${KAP_OUTCOMES_DB_PASSWORD}"
