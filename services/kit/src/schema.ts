import "reflect-metadata";
import { parse, type GraphQLSchema } from "graphql";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { buildSchema, createResolversMap } from "type-graphql";
import { authChecker, requireRole } from "./auth";
import type { SubgraphDefinition } from "./definition";
import type { SubgraphContext } from "./context";
import "./roles"; // registers the Role enum before any schema is built
import { GraphQLDateTime } from "graphql-scalars";
import { refuseMalformedText } from "./well-formed-text";

/** The federation spec version and the directives our subgraphs may use. */
const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@override"])';

async function buildTypeGraphqlSchema(def: SubgraphDefinition): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: def.resolvers,
    orphanedTypes: def.orphanedTypes,
    authChecker,
    skipCheck: true,
    validate: { forbidUnknownValues: false },
    globalMiddlewares: [refuseMalformedText],
    scalarsMap: [{ type: Date, scalar: GraphQLDateTime }],
  });
}

/** The subgraph's SDL as it is checked in under schema/ and composed into the supergraph. */
export async function printSubgraphSdl(def: SubgraphDefinition): Promise<string> {
  const schema = await buildTypeGraphqlSchema(def);
  return `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(schema)}\n`;
}

/**
 * type-graphql classes → federation-2 subgraph schema. Reference resolvers require a
 * signed-in caller like every other field.
 */
export async function buildFederatedSchema(def: SubgraphDefinition): Promise<{ schema: GraphQLSchema; sdl: string }> {
  const typeGraphqlSchema = await buildTypeGraphqlSchema(def);
  const sdl = `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(typeGraphqlSchema)}\n`;
  const resolvers: Record<string, any> = createResolversMap(typeGraphqlSchema);
  for (const [typeName, resolve] of Object.entries(def.referenceResolvers ?? {})) {
    resolvers[typeName] = {
      ...(resolvers[typeName] ?? {}),
      __resolveReference: (ref: any, ctx: SubgraphContext) => {
        if (ctx.authError) throw ctx.authError;
        requireRole(ctx.user);
        return resolve(ref, ctx);
      },
    };
  }
  const schema = buildSubgraphSchema([{ typeDefs: parse(sdl), resolvers }]);
  return { schema, sdl };
}
