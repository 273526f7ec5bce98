-- CreateTable
CREATE TABLE "A" (
    "_id" INTEGER NOT NULL,
    "lööps" TEXT[],

    CONSTRAINT "A_pkey" PRIMARY KEY ("_id")
);
