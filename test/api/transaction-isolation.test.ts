/**
 * A transaction's writes are its own until it commits, for the process's other statements too: on
 * SQLite the process has one connection, and a statement sent outside a transaction while one was open
 * used to run inside it (it read what was not committed, and its own write was undone by that
 * transaction's rollback). Here a transaction writes a product, holds on, and rolls back; meanwhile a
 * read and a write are sent outside it: the read never sees the uncommitted product, the write stays.
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "../../src/db";

const insertProduct = (reference: string) =>
  prisma.$executeRaw`INSERT INTO "Product" ("id", "reference", "name", "type", "updatedAt") VALUES (${randomUUID()}, ${reference}, ${"isolation"}, 'DIGITAL', ${new Date()})`;
const count = async (reference: string) => (await prisma.product.count({ where: { reference } })) as number;

describe("a transaction in progress", () => {
  it("keeps its writes from the process's other statements until it commits, and its rollback undoes only its own", async () => {
    const mine = `tx-${randomUUID()}`;
    const theirs = `outside-${randomUUID()}`;
    let wrote!: () => void;
    const written = new Promise<void>((resolve) => {
      wrote = resolve;
    });
    const rolledBack = prisma
      .$transaction(async (tx) => {
        await tx.$executeRaw`INSERT INTO "Product" ("id", "reference", "name", "type", "updatedAt") VALUES (${randomUUID()}, ${mine}, ${"isolation"}, 'DIGITAL', ${new Date()})`;
        wrote();
        await new Promise((resolve) => setTimeout(resolve, 300));
        throw new Error("rolled back on purpose");
      })
      .catch((error: Error) => error.message);
    await written;
    // sent while the transaction is open
    const [seen, inserted] = await Promise.all([count(mine), insertProduct(theirs)]);
    expect(await rolledBack).toBe("rolled back on purpose");
    expect(seen).toBe(0);
    expect(inserted).toBe(1);
    expect([await count(mine), await count(theirs)]).toEqual([0, 1]);
  });
});
