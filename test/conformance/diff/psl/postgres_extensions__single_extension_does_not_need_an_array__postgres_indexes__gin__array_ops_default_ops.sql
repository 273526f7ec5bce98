-- CreateTable
CREATE TABLE "A" (
    "id" INTEGER NOT NULL,
    "a" UUID[],

    CONSTRAINT "A_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "A_a_idx" ON "A" USING GIN ("a");
