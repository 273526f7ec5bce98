-- Primary keys, unique constraints and indexes ($1: namespaces), one row per indexed
-- column. Partial and expression indexes are left out (Prisma cannot express them).
SELECT i.indrelid,
       ic.relname AS index_name,
       i.indisprimary,
       i.indisunique,
       am.amname,
       k.ord,
       a.attname,
       (k.option & 1) = 1 AS descending,
       opc.opcname,
       opc.opcdefault
FROM pg_index i
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_class t ON t.oid = i.indrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
JOIN pg_am am ON am.oid = ic.relam
CROSS JOIN LATERAL unnest(i.indkey::int2[], i.indclass::oid[], i.indoption::int2[])
     WITH ORDINALITY AS k(attnum, opclass, option, ord)
LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
LEFT JOIN pg_opclass opc ON opc.oid = k.opclass
WHERE n.nspname = ANY ($1::text[])
  AND t.relkind IN ('r', 'p')
  AND i.indpred IS NULL
  AND i.indexprs IS NULL
ORDER BY n.nspname, t.relname, ic.relname, k.ord
