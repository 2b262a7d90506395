/** The SQLite settings that keep schedules durable under concurrent writers. */
import { describe, expect, it } from "vitest";
import { BUSY_TIMEOUT_MS, prepareDatabase, prisma } from "../../src/db";

async function pragma(name: string): Promise<unknown> {
  const rows = await prisma.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${name}`);
  return Object.values(rows[0])[0];
}

describe("database settings", () => {
  it("runs with a rollback journal (no memory-mapped -shm, no mmap), foreign keys, full fsync and a busy timeout", async () => {
    await prepareDatabase();
    expect(await pragma("journal_mode")).toBe("truncate");
    expect(Number(await pragma("mmap_size"))).toBe(0);
    expect(Number(await pragma("foreign_keys"))).toBe(1);
    expect(Number(await pragma("synchronous"))).toBe(2); // FULL
    expect(Number(await pragma("busy_timeout"))).toBe(BUSY_TIMEOUT_MS);
    expect(await pragma("integrity_check")).toBe("ok");
  });

  it("enforces foreign keys: a schedule cannot point at a missing product", async () => {
    await expect(
      prisma.$executeRawUnsafe(
        `INSERT INTO "IssuingSchedule" ("id","scheduleReference","productId","friendlyName","scheduleType","rule","nonIssuingDates","timeZone","updatedAt") VALUES ('x','x','missing','f','NONE','{}','[]','UTC',CURRENT_TIMESTAMP)`,
      ),
    ).rejects.toThrow(/FOREIGN KEY/);
  });
});
