-- DropForeignKey
ALTER TABLE "profile" DROP CONSTRAINT "profile_userId_fkey";

-- DropForeignKey
ALTER TABLE "post" DROP CONSTRAINT "post_authorId_fkey";

-- DropForeignKey
ALTER TABLE "post_to_category" DROP CONSTRAINT "post_to_category_postTitle_postCreatedAt_fkey";

-- DropForeignKey
ALTER TABLE "post_to_category" DROP CONSTRAINT "post_to_category_categoryId_fkey";

-- DropForeignKey
ALTER TABLE "A" DROP CONSTRAINT "A_bId_fkey";

-- DropTable
DROP TABLE "user";

-- DropTable
DROP TABLE "profile";

-- DropTable
DROP TABLE "post";

-- DropTable
DROP TABLE "category";

-- DropTable
DROP TABLE "post_to_category";

-- DropTable
DROP TABLE "A";

-- DropTable
DROP TABLE "B";

-- DropTable
DROP TABLE "NamedCompounds";

-- DropTable
DROP TABLE "MappedSingles";

-- DropEnum
DROP TYPE "CategoryEnum";

-- CreateTable
CREATE TABLE "Example" (
    "id" INTEGER NOT NULL,
    "value" JSONB NOT NULL,

    CONSTRAINT "Example_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Example_value_idx" ON "Example" USING GIN ("value" jsonb_path_ops);
