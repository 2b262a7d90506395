/** Every type family, imported for its side effects, and the schema they make. */
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

export const schema = builder.toSchema();
