-- DropTable
DROP TABLE "A";

-- DropTable
DROP TABLE "test"."B";
