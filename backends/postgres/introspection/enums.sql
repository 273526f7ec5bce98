-- Enum types of the introspected namespaces ($1), values in their sort order.
SELECT n.nspname, t.typname, e.enumlabel
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
JOIN pg_enum e ON e.enumtypid = t.oid
WHERE n.nspname = ANY ($1::text[])
ORDER BY n.nspname, t.typname, e.enumsortorder
