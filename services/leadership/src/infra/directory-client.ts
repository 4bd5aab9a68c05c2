import { ClientError } from "graphql-request";
import { AppError, DirectoryCalendar, ErrorCode, callSubgraph, notFound } from "@prp/kit";
import type { DirectoryPerson, DirectoryPort } from "../app/ports";

/** The working-day calendar with the directory's overrides (cached). */
const calendar = new DirectoryCalendar("leadership");

/** The directory subgraph over the graph (service token), as leadership's use cases see it. */
export const directoryClient: DirectoryPort = {
  calendar: () => calendar.get(),

  async person(id) {
    let r: { user: DirectoryPerson | null };
    try {
      r = await callSubgraph<{ user: DirectoryPerson | null }>(
        "leadership",
        "directory",
        `query($id: ID!) { user(id: $id) { id displayName roles active } }`,
        { id },
      );
    } catch (err) {
      if (err instanceof ClientError && err.response.errors?.[0]?.extensions?.code === "NOT_FOUND")
        throw notFound("人员", id);
      throw new AppError(ErrorCode.CONFLICT, "暂时无法从组织机构服务查询人员，请稍后重试（本次操作未保存）");
    }
    if (!r.user) throw notFound("人员", id);
    return r.user;
  },
};
