/**
 * A codegen plugin writing the schema's possible-types map (each union and interface with the object
 * types it can be), the shape Apollo Client's `possibleTypes` and urql's graphcache take. The same as
 * `@graphql-codegen/fragment-matcher`'s output, without one more dependency.
 */
import { isAbstractType, type GraphQLSchema } from "graphql";

/** `{ Node: ["CampaignTemplate", ...], Schedule: [...] }`, supertypes and members sorted. */
function possibleTypesOf(schema: GraphQLSchema): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  const types = Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith("__") && isAbstractType(type));
  for (const type of types.sort((a, b) => a.name.localeCompare(b.name))) {
    if (!isAbstractType(type)) continue;
    map[type.name] = schema
      .getPossibleTypes(type)
      .map((member) => member.name)
      .sort();
  }
  return map;
}

export const plugin = (schema: GraphQLSchema): string =>
  [
    "/** Every union and interface of the schema with the object types it can be (Apollo's possibleTypes). */",
    `export const possibleTypes = ${JSON.stringify(possibleTypesOf(schema), null, 2)} as const;`,
    "",
    "export type PossibleTypes = typeof possibleTypes;",
    "",
  ].join("\n");

export default { plugin };
