import "reflect-metadata";
import { createAuditLogResolver, systemClock, type SubgraphDefinition } from "@prp/kit";
import { entities, Department, Region, Town, User } from "./entities";
import { migrations } from "./migrations";
import "./graph/enums";
import { DepartmentResolver } from "./graph/department.resolver";
import { RegionResolver } from "./graph/region.resolver";
import { TownResolver } from "./graph/town.resolver";
import { UserResolver } from "./graph/user.resolver";
import { AuthResolver } from "./graph/auth.resolver";
import { LiaisonResolver } from "./graph/liaison.resolver";
import { CalendarResolver } from "./graph/calendar.resolver";
import { seedDirectory } from "./seed";
import { localSessionCheck } from "./app/sessions";
import { startAuthHousekeeping } from "./app/housekeeping";

/** Departments, regions and towns, people and roles, liaison mappings, login, calendar overrides. */
export const subgraph: SubgraphDefinition = {
  name: "directory",
  resolvers: [
    DepartmentResolver,
    RegionResolver,
    TownResolver,
    UserResolver,
    AuthResolver,
    LiaisonResolver,
    CalendarResolver,
    createAuditLogResolver("directory"),
  ],
  entities,
  migrations,
  // Other subgraphs hold only ids; the gateway asks here for the rest, one IN (…) query per type.
  referenceResolvers: {
    Department: (ref, ctx) => ctx.loaders.one(Department).load(ref.id),
    Region: (ref, ctx) => ctx.loaders.one(Region).load(ref.id),
    Town: (ref, ctx) => ctx.loaders.one(Town).load(ref.id),
    User: (ref, ctx) => ctx.loaders.one(User).load(ref.id),
  },
  seed: seedDirectory,
  // the sessions are kept here: checked in the table, not over the network
  sessionCheck: (db) => localSessionCheck(db, systemClock),
  // expired sessions and forgotten login failures are deleted hourly
  background: (db, log) => startAuthHousekeeping(db, systemClock, log),
};

export * from "./entities";
