-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Example" (
    "id" INTEGER NOT NULL,
    "value" JSONB NOT NULL,

    CONSTRAINT "Example_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Example_value_idx" ON "Example" USING GIN ("value" jsonb_path_ops);
