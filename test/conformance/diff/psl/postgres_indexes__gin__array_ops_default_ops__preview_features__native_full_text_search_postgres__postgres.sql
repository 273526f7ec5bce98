-- DropTable
DROP TABLE "A";

-- CreateTable
CREATE TABLE "Blog" (
    "id" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "title" TEXT NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Blog_id_key" ON "Blog"("id");

-- CreateIndex
CREATE INDEX "Blog_content_title_idx" ON "Blog"("content", "title");
