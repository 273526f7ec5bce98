-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "base";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "transactional";

-- CreateEnum
CREATE TYPE "base"."attribute" AS ENUM ('RED', 'GREEN', 'BLUE');

-- CreateEnum
CREATE TYPE "transactional"."attribute" AS ENUM ('SMALL', 'MEDIUM', 'LARGE', 'VENTI');
