/*
  Warnings:

  - You are about to drop the `DailyJobStats` table. If the table is not empty, all the data it contains will be lost.
  - You are about to drop the `UserActivityDaily` table. If the table is not empty, all the data it contains will be lost.

*/
-- DropTable
DROP TABLE "DailyJobStats";

-- DropTable
DROP TABLE "UserActivityDaily";
