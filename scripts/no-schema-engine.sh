#!/bin/sh
# Stand-in for the Prisma schema engine, which cannot be downloaded here; `prisma generate` does not need it.
echo "schema engine not available: migrations are applied by scripts/db-migrate.ts" >&2
exit 1
