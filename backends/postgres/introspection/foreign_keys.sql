-- Foreign keys of the introspected tables ($1: namespaces), one row per column pair.
SELECT con.conname,
       n.nspname,
       t.relname,
       rn.nspname AS referenced_namespace,
       rt.relname AS referenced_table,
       con.confdeltype,
       con.confupdtype,
       k.ord,
       a.attname,
       ra.attname AS referenced_column
FROM pg_constraint con
JOIN pg_class t ON t.oid = con.conrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
JOIN pg_class rt ON rt.oid = con.confrelid
JOIN pg_namespace rn ON rn.oid = rt.relnamespace
CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(attnum, rattnum, ord)
JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
JOIN pg_attribute ra ON ra.attrelid = con.confrelid AND ra.attnum = k.rattnum
WHERE con.contype = 'f'
  AND n.nspname = ANY ($1::text[])
ORDER BY n.nspname, t.relname, con.conname, k.ord
