-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "audit";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "base";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "citext";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pgcrypto" WITH SCHEMA "audit" VERSION "1.3";

-- CreateEnum
CREATE TYPE "audit"."colour" AS ENUM ('RED', 'verde');

-- CreateTable
CREATE TABLE "base"."Post" (
    "id" UUID NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "slug" TEXT NOT NULL,
    "body" TEXT,
    "quote""d" TEXT NOT NULL DEFAULT 'it''s "quoted"',
    "score" DOUBLE PRECISION NOT NULL DEFAULT 1.50,
    "price" DECIMAL(10,2) NOT NULL DEFAULT 9.99,
    "views" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(6) NOT NULL DEFAULT '2024-02-29 12:00:00.500 +01:00',
    "raw" BYTEA NOT NULL DEFAULT '\x68656c6c6f',
    "meta" JSONB NOT NULL DEFAULT '{"a": [1, 2]}',
    "colors" "audit"."colour"[] DEFAULT ARRAY['RED', 'verde']::"audit"."colour"[],
    "color" "audit"."colour" NOT NULL DEFAULT 'verde',
    "labels" TEXT[] DEFAULT ARRAY['a', 'b']::TEXT[],
    "loc" circle,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "authorId" INTEGER,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit"."authors" (
    "id" SMALLSERIAL NOT NULL,
    "email" CITEXT NOT NULL,
    "mentorId" SMALLINT,

    CONSTRAINT "authors_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "base"."Tag" (
    "name" TEXT NOT NULL,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "audit"."Ledger" (
    "a" INTEGER NOT NULL,
    "b" TEXT NOT NULL,
    "amount" MONEY NOT NULL,

    CONSTRAINT "ledger_pk" PRIMARY KEY ("a","b")
);

-- CreateTable
CREATE TABLE "base"."_PostToTag" (
    "A" UUID NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_PostToTag_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "post_slug_unique" ON "base"."Post"("slug");

-- CreateIndex
CREATE INDEX "Post_title_idx" ON "base"."Post" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Post_createdAt_title_idx" ON "base"."Post"("createdAt" DESC, "title");

-- CreateIndex
CREATE INDEX "post_meta_gin" ON "base"."Post" USING GIN ("meta" jsonb_path_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Post_title_authorId_key" ON "base"."Post"("title", "authorId");

-- CreateIndex
CREATE UNIQUE INDEX "authors_email_key" ON "audit"."authors"("email");

-- CreateIndex
CREATE INDEX "_PostToTag_B_index" ON "base"."_PostToTag"("B");

-- AddForeignKey
ALTER TABLE "base"."Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "audit"."authors"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit"."authors" ADD CONSTRAINT "authors_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "audit"."authors"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "base"."_PostToTag" ADD CONSTRAINT "_PostToTag_A_fkey" FOREIGN KEY ("A") REFERENCES "base"."Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "base"."_PostToTag" ADD CONSTRAINT "_PostToTag_B_fkey" FOREIGN KEY ("B") REFERENCES "base"."Tag"("name") ON DELETE CASCADE ON UPDATE CASCADE;
