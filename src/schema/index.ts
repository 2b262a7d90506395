/** Every type family, imported for its side effects, and the schema they make. */
import { isInterfaceType, isObjectType, type GraphQLSchema } from "graphql";
import { builder } from "../builder";
import "./common";
import "./job-schedule";
import "./campaign-template";
import "./product";
import "./schedule";
import "./preview";
import "./calendar-feed";

builder.queryType({
  description: "Reading needs any valid bearer token.",
  authScopes: { authenticated: true },
});
builder.mutationType({
  description: "Writing needs a bearer token with the authority each mutation names.",
  authScopes: { authenticated: true },
});

/**
 * Descriptions of what the Relay plugin makes on its own (Node, PageInfo, node's id, the connection
 * arguments and fields), which its options in builder.ts would otherwise have to carry: every type,
 * field and argument of the schema is described (test/api/descriptions.test.ts).
 */
const RELAY_DESCRIPTIONS: Record<string, string> = {
  Node: "Anything with a global id: fetch it again with the node query.",
  "Node.id": "Global id (Relay): opaque, stable, unique across every type.",
  PageInfo: "Where a page of a connection lies in the whole list (Relay).",
  "PageInfo.hasNextPage": "Whether more items follow: pass endCursor as `after` to get them.",
  "PageInfo.hasPreviousPage": "Whether items precede this page.",
  "PageInfo.startCursor": "The cursor of the page's first item; null on an empty page.",
  "PageInfo.endCursor": "The cursor of the page's last item; null on an empty page.",
  "Query.node(id:)": "The object's global id.",
  "ScheduleConnection.pageInfo": "Where this page lies, and the cursor to ask for the next one.",
  "ScheduleEdge.cursor": "Pass it as `after` to get the schedules after this one.",
  "Query.schedules(first:)": "How many schedules per page, 1 to 100 (default 20).",
  "Query.schedules(after:)": "The endCursor of the previous page; absent for the first page.",
  "Query.schedules(last:)": "Not supported: schedules pages forward only (a ValidationError).",
  "Query.schedules(before:)": "Not supported: schedules pages forward only (a ValidationError).",
};

function describeRelayDefaults(built: GraphQLSchema): GraphQLSchema {
  for (const [coordinate, description] of Object.entries(RELAY_DESCRIPTIONS)) {
    const [, typeName, fieldName, argName] = /^(\w+)(?:\.(\w+)(?:\((\w+):\))?)?$/.exec(coordinate) ?? [];
    const type = built.getType(typeName);
    if (!type) throw new Error(`No type ${typeName} to describe`);
    if (!fieldName) {
      type.description ??= description;
      continue;
    }
    const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[fieldName] : undefined;
    const target = argName ? field?.args.find((arg) => arg.name === argName) : field;
    if (!target) throw new Error(`No ${coordinate} to describe`);
    target.description ??= description;
  }
  return built;
}

export const schema = describeRelayDefaults(builder.toSchema());
