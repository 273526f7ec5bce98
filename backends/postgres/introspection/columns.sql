-- Columns of the introspected tables ($1: namespaces), in table then column order.
-- The type comes as format_type() prints it, plus what an enum or array needs.
SELECT a.attrelid,
       a.attname,
       format_type(a.atttypid, a.atttypmod) AS formatted,
       t.typtype,
       t.typcategory,
       tn.nspname AS typnamespace,
       t.typname,
       et.typtype AS elemtyptype,
       etn.nspname AS elemtypnamespace,
       et.typname AS elemtypname,
       format_type(et.oid, a.atttypmod) AS elemformatted,
       a.attnotnull,
       pg_get_expr(d.adbin, d.adrelid) AS default_expr,
       a.attidentity
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_type t ON t.oid = a.atttypid
JOIN pg_namespace tn ON tn.oid = t.typnamespace
LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
LEFT JOIN pg_namespace etn ON etn.oid = et.typnamespace
LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE c.relkind IN ('r', 'p')
  AND n.nspname = ANY ($1::text[])
  AND a.attnum > 0
  AND NOT a.attisdropped
ORDER BY a.attrelid, a.attnum
