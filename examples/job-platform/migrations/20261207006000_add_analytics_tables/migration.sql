-- CreateTable
CREATE TABLE "DailyJobStats" (
    "day" DATE NOT NULL,
    "source" TEXT NOT NULL,
    "jobsPosted" INTEGER NOT NULL DEFAULT 0,
    "applications" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DailyJobStats_pkey" PRIMARY KEY ("day","source")
);

-- CreateTable
CREATE TABLE "UserActivityDaily" (
    "userId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "searches" INTEGER NOT NULL DEFAULT 0,
    "applications" INTEGER NOT NULL DEFAULT 0,
    "sessions" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "UserActivityDaily_pkey" PRIMARY KEY ("userId","day")
);

-- CreateIndex
CREATE INDEX "UserActivityDaily_day_idx" ON "UserActivityDaily"("day");
