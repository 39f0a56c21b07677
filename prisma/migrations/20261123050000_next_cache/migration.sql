-- The page cache shared by every app instance (lib/cache/pg-cache-handler.mjs).

CREATE TABLE "NextCacheEntry" (
    "key" TEXT NOT NULL,
    "value" BYTEA NOT NULL,
    "tags" TEXT[],
    "lastModified" BIGINT NOT NULL,

    CONSTRAINT "NextCacheEntry_pkey" PRIMARY KEY ("key")
);

CREATE TABLE "NextCacheTag" (
    "tag" TEXT NOT NULL,
    "expiredAt" BIGINT NOT NULL,

    CONSTRAINT "NextCacheTag_pkey" PRIMARY KEY ("tag")
);
