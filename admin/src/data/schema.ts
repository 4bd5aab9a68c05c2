import { buildSchema, introspectionFromSchema } from "graphql";
// The checked-in client schema, bundled at build time: the portal never asks the server for
// introspection (it is off in production).
import apiSdl from "../../../schema/api.graphql?raw";

export const apiSchema = buildSchema(apiSdl);
export const apiIntrospection = introspectionFromSchema(apiSchema).__schema;
