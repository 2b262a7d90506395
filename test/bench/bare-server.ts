/**
 * The baseline of `npm run bench:service`: a bare graphql-yoga + Pothos server with one field, on the
 * same Node and the same libraries as the service, listening on 127.0.0.1:$PORT. What the service's
 * `{ __typename }` costs beyond this is the service's own overhead (auth, limits, plugins, context).
 */
import { createServer } from "node:http";
import SchemaBuilder from "@pothos/core";
import { createYoga } from "graphql-yoga";

// The service's plugins augment the options type globally; the bare server uses none of them.
const builder = new SchemaBuilder({} as never);
builder.queryType({ fields: (t) => ({ hello: t.string({ resolve: () => "world" }) }) });

const yoga = createYoga({ schema: builder.toSchema(), logging: false, graphiql: false, landingPage: false });
const server = createServer(yoga);
server.listen(Number(process.env.PORT), "127.0.0.1", () => process.stdout.write("listening\n"));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
