/** Product rows. */
import type { Prisma, Product } from "../generated/prisma/client";
import { prisma } from "../db";
import type { ProductData } from "../domain/product";
import { reportingUniqueViolation } from "./prisma-errors";
import type { Db } from "./transaction";

/** What the Pothos Prisma plugin asks to load with a product (its `query` argument). */
export type ProductQuery = { include?: Prisma.ProductInclude; select?: Prisma.ProductSelect };

/** Inserts a product; a taken reference throws UniqueViolation (the unique index on `reference`). */
export function insertProduct(data: ProductData): Promise<Product> {
  return reportingUniqueViolation(() => prisma.product.create({ data }));
}

export function findProductByReference(reference: string, query: ProductQuery = {}): Promise<Product | null> {
  return prisma.product.findUnique({ ...query, where: { reference } }) as Promise<Product | null>;
}

/** Raises a product's version (and so its updatedAt). */
export function touchProduct(id: string, db: Db = prisma): Promise<Product> {
  return db.product.update({ where: { id }, data: { version: { increment: 1 } } });
}
