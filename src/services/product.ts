/** Products: creating one, and finding one by its reference (as stored: domain/text.ts). */
import type { Product } from "../generated/prisma/client";
import { ConflictError } from "../errors";
import { PRODUCT_MESSAGES, productReferenceKey, validateCreateProductInput, type CreateProductRequest } from "../domain/product";
import * as store from "../store/product";
import { UniqueViolation } from "../store/prisma-errors";

/** 400 (every problem of the input), then 409 (the reference is taken: its unique index decides). */
export async function createProduct(input: CreateProductRequest): Promise<Product> {
  const data = validateCreateProductInput(input);
  try {
    return await store.insertProduct(data);
  } catch (error) {
    throw error instanceof UniqueViolation ? new ConflictError(PRODUCT_MESSAGES.referenceTaken) : error;
  }
}

/** The product a reference names (compared as stored: NFKC, trimmed), or null. */
export function findProduct(reference: string, query: store.ProductQuery = {}): Promise<Product | null> {
  return store.findProductByReference(productReferenceKey(reference), query);
}
