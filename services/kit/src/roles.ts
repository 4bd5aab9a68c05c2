import { ROLE_LABELS, Role } from "./core/roles";
import { registerLabelledEnum } from "./graphql-enums";

// the Role enum lives in the pure core; here it becomes the GraphQL enum every subgraph shares
registerLabelledEnum(Role, "Role", "用户角色 / what a person may do", ROLE_LABELS);
