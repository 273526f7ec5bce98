-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Org" (
    "id" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "orgId" INTEGER NOT NULL,
    "search" tsvector,

    CONSTRAINT "Org_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Version" (
    "modelVersionId" INTEGER NOT NULL,

    CONSTRAINT "Version_pkey" PRIMARY KEY ("modelVersionId")
);

-- CreateTable
CREATE TABLE "Task" (
    "id" INTEGER NOT NULL,
    "workerId" INTEGER NOT NULL,

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Parent" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Parent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Kid" (
    "id" INTEGER NOT NULL,
    "parentId" INTEGER NOT NULL,

    CONSTRAINT "Kid_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Org_orgId_idx" ON "Org"("orgId");

-- CreateIndex
CREATE INDEX "Org_search_idx" ON "Org" USING GIN ("search");

-- CreateIndex
CREATE UNIQUE INDEX "Org_slug_key" ON "Org"("slug");

-- CreateIndex
CREATE INDEX "Task_workerId_id_idx" ON "Task"("workerId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Task_workerId_key" ON "Task"("workerId" DESC);

-- AddForeignKey
ALTER TABLE "Kid" ADD CONSTRAINT "Kid_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Parent"("id") ON DELETE SET NULL ON UPDATE CASCADE;
