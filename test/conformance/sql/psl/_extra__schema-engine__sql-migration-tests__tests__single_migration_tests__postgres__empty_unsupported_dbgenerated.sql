-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "table" (
    "id" TEXT NOT NULL,
    "hereBeDragons" tsvector,

    CONSTRAINT "table_pkey" PRIMARY KEY ("id")
);
