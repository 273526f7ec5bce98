/*
  Warnings:

  - You are about to drop the `JobMatch` table. If the table is not empty, all the data it contains will be lost.

*/
-- DropForeignKey
ALTER TABLE "JobMatch" DROP CONSTRAINT "JobMatch_userId_fkey";

-- DropForeignKey
ALTER TABLE "JobMatch" DROP CONSTRAINT "JobMatch_jobId_fkey";

-- DropIndex
DROP INDEX "Resume_userId_idx";

-- DropIndex
DROP INDEX "Application_jobId_idx";

-- DropTable
DROP TABLE "JobMatch";
