import { ClientError } from "graphql-request";
import { callSubgraph, notFound, serviceUnavailable } from "@prp/kit";
import type { LeaderProfile, LeaderProfilesPort } from "../app/field-work-ports";

/** The directory over the graph (service token): a person with their post, for the published schedule. */
export const leaderDirectoryClient: LeaderProfilesPort = {
  async profile(id) {
    let r: { user: LeaderProfile | null };
    try {
      r = await callSubgraph<{ user: LeaderProfile | null }>(
        "leadership",
        "directory",
        `query($id: ID!) { user(id: $id) { id displayName post roles active } }`,
        { id },
      );
    } catch (err) {
      if (err instanceof ClientError && err.response.errors?.[0]?.extensions?.code === "NOT_FOUND")
        throw notFound("人员", id);
      throw serviceUnavailable("组织机构");
    }
    if (!r.user) throw notFound("人员", id);
    return r.user;
  },
};
