-- Yntymak: what a database administrator runs once, before the first migration.
--
-- Local (docker compose): the postgres image runs this file by itself on its first start (empty
-- volume), as the superuser "postgres", in the database "yntymak".
--
-- Managed PostgreSQL: run it as the provider's admin user, connected to the application's
-- database, and set the application role's password in the same run:
--
--   psql "postgres://ADMIN@HOST:5432/yntymak?sslmode=verify-full" \
--        -v app_password='...' -f infra/postgres/init/01-extensions-and-role.sql
--
-- (`\password yntymak_app` in an interactive psql session is an alternative that does not send
-- the password in clear text and keeps it out of a server log that records statements.)
--
-- Idempotent: a second run changes nothing, except the password when app_password is given.
--
-- The two roles:
--   * The OWNER is the user in DATABASE_URL. It runs the migrations (`npm run migrate`, and every
--     gateway and worker at start-up, under an advisory lock), so it owns every table, function
--     and policy. It also runs the outbox relay and `npm run bootstrap`. It should own the
--     database; on PostgreSQL 15 the owner of the database may create objects in schema public.
--     If it does not exist yet, as the admin:
--         CREATE ROLE yntymak_owner LOGIN PASSWORD '...';
--         CREATE DATABASE yntymak OWNER yntymak_owner;
--     then connect to the database yntymak and run this file.
--   * yntymak_app is the user in APP_DATABASE_URL (by default: DATABASE_URL with this user name
--     and no password, which only works with trust authentication, i.e. locally). The gateway
--     and the worker query with it. It owns nothing and is neither superuser nor BYPASSRLS, so
--     row-level security binds it. Never make it a member of the owner role.
--
-- What the first migration (libs/database/src/migrations/1764064800000-foundation.ts) already
-- does itself: CREATE EXTENSION IF NOT EXISTS for the four extensions below; CREATE ROLE
-- yntymak_app when no such role exists; GRANT CONNECT on the database and USAGE on schema
-- public; every table, sequence and function grant. That is enough when the owner is a superuser
-- (as locally). A managed service's owner role usually may not create roles, so this file
-- creates the role first; the migration then finds it and skips the CREATE ROLE. The extensions
-- are "trusted" ones, which the owner could create with the CREATE privilege on the database;
-- creating them here means it needs none.

\set ON_ERROR_STOP on

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS ltree;
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- Roles are cluster-wide: one yntymak_app serves every database of this server (tests clone
-- databases and share it). Same attributes as the migration's CREATE ROLE.
DO $$
DECLARE
  existing pg_roles%ROWTYPE;
  parent text;
BEGIN
  SELECT * INTO existing FROM pg_roles WHERE rolname = 'yntymak_app';
  IF NOT FOUND THEN
    CREATE ROLE yntymak_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
    RAISE NOTICE 'created the role yntymak_app';
  ELSIF existing.rolsuper OR existing.rolbypassrls THEN
    -- Changing these attributes needs a superuser, which a managed admin is not: say so and stop.
    RAISE EXCEPTION 'the role yntymak_app exists with SUPERUSER or BYPASSRLS, so row-level security would not bind it'
      USING HINT = 'As a superuser: ALTER ROLE yntymak_app NOSUPERUSER NOBYPASSRLS; then run this file again.';
  ELSIF NOT existing.rolcanlogin THEN
    ALTER ROLE yntymak_app LOGIN;
    RAISE NOTICE 'allowed the role yntymak_app to log in';
  END IF;

  FOR parent IN
    SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid
     WHERE m.member = (SELECT oid FROM pg_roles WHERE rolname = 'yntymak_app')
  LOOP
    RAISE WARNING 'yntymak_app is a member of the role %, and may use its privileges; if % owns the tables, row-level security no longer binds the application (REVOKE % FROM yntymak_app)', parent, parent, parent;
  END LOOP;
END
$$;

\if :{?app_password}
ALTER ROLE yntymak_app PASSWORD :'app_password';
\echo 'set the password of yntymak_app; put it in APP_DATABASE_URL'
\else
\echo 'yntymak_app has no password (fine with trust authentication on a laptop; in production run again with -v app_password=...)'
\endif
