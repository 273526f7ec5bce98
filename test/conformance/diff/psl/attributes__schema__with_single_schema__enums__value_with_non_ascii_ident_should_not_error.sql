-- CreateEnum
CREATE TYPE "CatVariant" AS ENUM ('lööps');

-- DropTable
DROP TABLE "Test";

-- DropEnum
DROP TYPE "Language";
