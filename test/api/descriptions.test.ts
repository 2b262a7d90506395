/**
 * Every type, field, argument, enum value and input field of the schema has a description, so GraphiQL's
 * Docs panel and generated client code explain everything. Fails listing each one that lacks one.
 */
import { describe, expect, it } from "vitest";
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isSpecifiedScalarType, type GraphQLSchema } from "graphql";
import { schema } from "../../src/schema";

/** Every schema coordinate (Type, Type.field, Type.field(arg:), Enum.VALUE, Input.field) without a description. */
function undescribed(s: GraphQLSchema): string[] {
  const missing: string[] = [];
  const blank = (text: string | null | undefined) => text == null || text.trim() === "";
  for (const type of Object.values(s.getTypeMap())) {
    if (type.name.startsWith("__") || isSpecifiedScalarType(type)) continue;
    if (blank(type.description)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (blank(field.description)) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args) {
          if (blank(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name}:)`);
        }
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (blank(field.description)) missing.push(`${type.name}.${field.name}`);
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) {
        if (blank(value.description)) missing.push(`${type.name}.${value.name}`);
      }
    }
  }
  return missing.sort();
}

describe("schema descriptions", () => {
  it("describes every type, field, argument, enum value and input field", () => {
    expect(undescribed(schema)).toEqual([]);
  });

  it("the check itself finds a missing description", async () => {
    const { buildSchema } = await import("graphql");
    const sdl = `"Q" type Query { "a" a(x: Int): E  b: Int } enum E { "one" ONE TWO } input I { v: Int }`;
    expect(undescribed(buildSchema(sdl))).toEqual(["E", "E.TWO", "I", "I.v", "Query.a(x:)", "Query.b"]);
  });
});
