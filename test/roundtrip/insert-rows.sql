-- insert-rows.sql - one row in every table of the database, with a value in every
-- column that has no default (so that later SET NOT NULL and casts see data). Foreign
-- keys are not checked while inserting (session_replication_role = replica); every
-- integer is 1, and every table's first SERIAL id is 1, so the references hold.
DO $$
DECLARE
  t record;
  c record;
  cols text;
  vals text;
  v text;
BEGIN
  PERFORM set_config('session_replication_role', 'replica', true);
  FOR t IN
    SELECT cl.oid, n.nspname, cl.relname
    FROM pg_class cl JOIN pg_namespace n ON n.oid = cl.relnamespace
    WHERE cl.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema')
      AND n.nspname NOT LIKE 'pg_%'
    ORDER BY n.nspname, cl.relname
  LOOP
    cols := '';
    vals := '';
    FOR c IN
      SELECT a.attname, format_type(a.atttypid, a.atttypmod) AS ft, ty.typtype, ty.typcategory,
             a.atthasdef
      FROM pg_attribute a JOIN pg_type ty ON ty.oid = a.atttypid
      WHERE a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY a.attnum
    LOOP
      IF c.atthasdef THEN
        CONTINUE;
      END IF;
      v := CASE
        WHEN c.typcategory = 'A' THEN quote_literal('{}') || '::' || c.ft
        WHEN c.typtype = 'e' THEN format('(enum_range(NULL::%s))[1]', c.ft)
        WHEN c.ft IN ('smallint', 'integer', 'bigint', 'real', 'double precision', 'money', 'oid')
             OR c.ft LIKE 'numeric%' THEN '1'
        WHEN c.ft = 'boolean' THEN 'true'
        WHEN c.ft = 'uuid' THEN 'gen_random_uuid()'
        WHEN c.ft LIKE 'timestamp%' OR c.ft = 'date' OR c.ft LIKE 'time%' THEN 'now()'
        WHEN c.ft IN ('json', 'jsonb') THEN quote_literal('{}')
        WHEN c.ft = 'bytea' THEN quote_literal('\x01') || '::bytea'
        WHEN c.typcategory = 'S' THEN quote_literal('1')
        ELSE NULL
      END;
      IF v IS NULL THEN
        CONTINUE;
      END IF;
      cols := cols || CASE WHEN cols = '' THEN '' ELSE ', ' END || quote_ident(c.attname);
      vals := vals || CASE WHEN vals = '' THEN '' ELSE ', ' END || v;
    END LOOP;
    IF cols = '' THEN
      EXECUTE format('INSERT INTO %I.%I DEFAULT VALUES', t.nspname, t.relname);
    ELSE
      EXECUTE format('INSERT INTO %I.%I (%s) VALUES (%s)', t.nspname, t.relname, cols, vals);
    END IF;
  END LOOP;
END
$$;
