import { AppError, ErrorCode, MAX_PAGE_SIZE, callSubgraph } from "@prp/kit";
import type { PeopleDirectory, StaffMember } from "../app/people";

/** The directory's largest page; longer lists are read page by page. */
const PAGE = MAX_PAGE_SIZE;

interface UsersAnswer {
  users: {
    total: number;
    items: Array<{ id: string; displayName: string; department: { id: string; name: string } | null }>;
  };
}

/**
 * The directory's people and departments over the graph (service token), cached briefly: a
 * coverage report or a list of sessions asks once, not once per row; a new colleague shows up
 * within a minute.
 */
export class DirectoryPeople implements PeopleDirectory {
  private staff?: { at: number; value: Promise<StaffMember[]> };
  private depts?: { at: number; value: Promise<Array<{ id: string; name: string }>> };

  constructor(
    private readonly ask: <T>(query: string, variables?: Record<string, unknown>) => Promise<T> = (q, v) =>
      callSubgraph("training", "directory", q, v),
    private readonly ttlMs = 60_000,
  ) {}

  activeStaff(): Promise<StaffMember[]> {
    if (!this.staff || Date.now() - this.staff.at > this.ttlMs) {
      const value = this.loadStaff();
      this.staff = { at: Date.now(), value };
      value.catch(() => (this.staff = undefined));
    }
    return this.staff.value;
  }

  departments(): Promise<Array<{ id: string; name: string }>> {
    if (!this.depts || Date.now() - this.depts.at > this.ttlMs) {
      const value = this.guard(async () => {
        const out: Array<{ id: string; name: string }> = [];
        for (let offset = 0; ; offset += PAGE) {
          const r = await this.ask<{ departments: { total: number; items: Array<{ id: string; name: string }> } }>(
            `query($o: Int!) { departments(active: true, offset: $o, limit: ${PAGE}) { total items { id name } } }`,
            { o: offset },
          );
          out.push(...r.departments.items);
          if (offset + PAGE >= r.departments.total) return out;
        }
      });
      this.depts = { at: Date.now(), value };
      value.catch(() => (this.depts = undefined));
    }
    return this.depts.value;
  }

  private loadStaff(): Promise<StaffMember[]> {
    return this.guard(async () => {
      const out: StaffMember[] = [];
      for (let offset = 0; ; offset += PAGE) {
        const r = await this.ask<UsersAnswer>(
          `query($o: Int!) { users(active: true, offset: $o, limit: ${PAGE}) { total items { id displayName department { id name } } } }`,
          { o: offset },
        );
        for (const u of r.users.items)
          out.push({
            id: u.id,
            displayName: u.displayName,
            departmentId: u.department?.id ?? null,
            departmentName: u.department?.name ?? null,
          });
        if (offset + PAGE >= r.users.total) return out;
      }
    });
  }

  private async guard<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch {
      throw new AppError(ErrorCode.CONFLICT, "暂时无法从组织机构服务查询人员和部门，请稍后重试（本次操作未保存）");
    }
  }
}

/** The one instance the API uses. */
export const directoryPeople = new DirectoryPeople();
