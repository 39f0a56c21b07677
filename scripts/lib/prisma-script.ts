// A PrismaClient for command-line scripts and tests (the app uses lib/db.ts).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";

export function createPrisma(databaseUrl: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
}

export async function withPrisma<T>(databaseUrl: string, run: (prisma: PrismaClient) => Promise<T>): Promise<T> {
  const prisma = createPrisma(databaseUrl);
  try {
    return await run(prisma);
  } finally {
    await prisma.$disconnect();
  }
}
