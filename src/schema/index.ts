/** Every type family, imported for its side effects, and the schema they make. */
import { builder } from "../builder";
import "./common";
import "./job-schedule";
import "./campaign-template";
import "./product";
import "./schedule";
import "./preview";
import "./calendar-feed";
import "./run";
import "./delivery";

builder.queryType({
  description: "Reading needs any valid bearer token.",
  authScopes: { authenticated: true },
});
// Mutation fields are nullable, as GitHub's are: a fault inside one mutation's result nulls that field
// only, so the results of the operation's other mutations (writes already made) stay visible.
builder.mutationType({
  description:
    "Writing needs a bearer token with the authority each mutation names; every field of an operation is authorized, and its arguments checked, before any of them runs. " +
    "Each mutation field is nullable: null, with an error whose path runs through its `data`, means the write was made but its result could not be read.",
  authScopes: { authenticated: true },
});

export const schema = builder.toSchema();
