/** Products (the owners of issuing schedules): input rules of createProduct. */
import { ProblemList } from "../errors";
import { normalizeText, readText } from "./text";

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

/** A product reference as stored and looked up (domain/text.ts: NFKC, trimmed), so `ＲEF ` finds `REF`. */
export function productReferenceKey(reference: string): string {
  return normalizeText(reference, "reference");
}

/**
 * Checks every rule and reports every problem under `prefix` (e.g. ["input"]). Answers the reference
 * and name normalized (domain/text.ts), as stored and as uniqueness compares them.
 */
export function validateCreateProductInput(input: CreateProductRequest, prefix: string[] = ["input"]): ProductData {
  const problems = new ProblemList();
  const at = (...path: string[]) => [...prefix, ...path];
  const reference = readText(problems, at("reference"), "A product reference", input.reference, "reference");
  if (reference === "") problems.add(at("reference"), PRODUCT_MESSAGES.referenceRequired);
  else if (reference !== null && reference.length > PRODUCT_LIMITS.referenceMax)
    problems.add(at("reference"), PRODUCT_MESSAGES.referenceTooLong);
  const name = readText(problems, at("name"), "A product name", input.name, "name");
  if (name === "") problems.add(at("name"), PRODUCT_MESSAGES.nameRequired);
  else if (name !== null && name.length > PRODUCT_LIMITS.nameMax) problems.add(at("name"), PRODUCT_MESSAGES.nameTooLong);
  problems.throwIfAny();
  return { reference: reference!, name: name!, type: input.type };
}
