/*
  Warnings:

  - You are about to drop the `JobMatch` table. If the table is not empty, all the data it contains will be lost.

*/
-- DropForeignKey
ALTER TABLE "JobMatch" DROP CONSTRAINT "JobMatch_userId_fkey";

-- DropForeignKey
ALTER TABLE "JobMatch" DROP CONSTRAINT "JobMatch_jobId_fkey";

-- DropTable
DROP TABLE "JobMatch";
