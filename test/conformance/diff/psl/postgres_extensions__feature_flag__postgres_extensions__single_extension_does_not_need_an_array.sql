-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "postgis";
