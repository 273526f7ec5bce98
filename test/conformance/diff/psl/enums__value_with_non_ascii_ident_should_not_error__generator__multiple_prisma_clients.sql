-- DropEnum
DROP TYPE "CatVariant";
