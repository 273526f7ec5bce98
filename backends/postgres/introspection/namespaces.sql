-- Which of the requested namespaces ($1) exist.
SELECT nspname FROM pg_namespace WHERE nspname = ANY ($1::text[]) ORDER BY nspname
