/** Product rows. */
import type { Prisma, Product } from "../generated/prisma/client";
import { prisma } from "../db";
import { ConflictError } from "../errors";
import { PRODUCT_MESSAGES, type ProductData } from "../domain/product";
import { uniqueViolation } from "./prisma-errors";

/** What the Pothos Prisma plugin asks to load with a product (its `query` argument). */
export type ProductQuery = { include?: Prisma.ProductInclude; select?: Prisma.ProductSelect };

/** Creates a product; the unique index on `reference` answers a taken reference with a ConflictError. */
export async function createProduct(data: ProductData): Promise<Product> {
  try {
    return await prisma.product.create({ data });
  } catch (error) {
    if (uniqueViolation(error) !== null) throw new ConflictError(PRODUCT_MESSAGES.referenceTaken);
    throw error;
  }
}

export function findProductByReference(reference: string, query: ProductQuery = {}): Promise<Product | null> {
  return prisma.product.findUnique({ ...query, where: { reference } }) as Promise<Product | null>;
}

export function findProductById(id: string, query: ProductQuery = {}): Promise<Product | null> {
  return prisma.product.findUnique({ ...query, where: { id } }) as Promise<Product | null>;
}
