-- AlterTable
ALTER TABLE "table" ALTER COLUMN "hereBeDragons" DROP NOT NULL,
ALTER COLUMN "hereBeDragons" SET DATA TYPE tsvector;
