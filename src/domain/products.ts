/** Products (the owners of issuing schedules): input rules of createProduct. */
import { ProblemList } from "../errors";

export const PRODUCT_TYPES = ["PHYSICAL", "DIGITAL", "SERVICE"] as const;
export type ProductType = (typeof PRODUCT_TYPES)[number];

export const PRODUCT_LIMITS = { referenceMax: 256, nameMax: 256 };

/** Ours: the seeds create products elsewhere and give no texts for these rules. */
export const PRODUCT_MESSAGES = {
  referenceRequired: "A product reference is required",
  referenceTooLong: `A product reference cannot exceed ${PRODUCT_LIMITS.referenceMax} characters`,
  nameRequired: "A product name is required",
  nameTooLong: `A product name cannot exceed ${PRODUCT_LIMITS.nameMax} characters`,
  referenceTaken: "A product exists with the provided reference. A product reference must be unique",
} as const;

export interface CreateProductRequest {
  reference: string;
  name: string;
  type: ProductType;
}

export interface ProductData {
  reference: string;
  name: string;
  type: ProductType;
}

/** Checks every rule and reports every problem under `prefix` (e.g. ["input"]). */
export function validateCreateProductInput(input: CreateProductRequest, prefix: string[] = ["input"]): ProductData {
  const problems = new ProblemList();
  const at = (...path: string[]) => [...prefix, ...path];
  if (input.reference.trim().length === 0) problems.add(at("reference"), PRODUCT_MESSAGES.referenceRequired);
  else if (input.reference.length > PRODUCT_LIMITS.referenceMax) problems.add(at("reference"), PRODUCT_MESSAGES.referenceTooLong);
  if (input.name.trim().length === 0) problems.add(at("name"), PRODUCT_MESSAGES.nameRequired);
  else if (input.name.length > PRODUCT_LIMITS.nameMax) problems.add(at("name"), PRODUCT_MESSAGES.nameTooLong);
  problems.throwIfAny();
  return { reference: input.reference, name: input.name, type: input.type };
}
