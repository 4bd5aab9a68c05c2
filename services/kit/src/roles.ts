import { registerEnumType } from "type-graphql";
import { ROLE_LABELS, Role } from "./core/roles";

// the Role enum lives in the pure core; here it becomes the GraphQL enum every subgraph shares
registerEnumType(Role, {
  name: "Role",
  description: "用户角色 / what a person may do",
  valuesConfig: Object.fromEntries(Object.entries(ROLE_LABELS).map(([k, v]) => [k, { description: v }])),
});
