import { callSubgraph } from "@prp/kit";

/** A person as the demo seed needs them: who trains, judges, attends. */
export interface SeedPerson {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  departmentId: string | null;
}

export type SeedPeopleSource = (log: (line: string) => void) => Promise<SeedPerson[] | null>;

const WAIT_MS = 50_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The directory's active people, retried until the directory answers with its demo accounts
 * (it seeds them before it listens) or 50 s have passed: the launcher gives each subgraph 60 s.
 */
export async function fetchSeedPeople(log: (line: string) => void, waitMs = WAIT_MS): Promise<SeedPerson[] | null> {
  const deadline = Date.now() + waitMs;
  let announced = false;
  for (;;) {
    try {
      const r = await callSubgraph<{
        users: { items: Array<Omit<SeedPerson, "departmentId"> & { department: { id: string } | null }> };
      }>(
        "training",
        "directory",
        `{ users(active: true, limit: 100) { items { id username displayName roles department { id } } } }`,
      );
      const people = r.users.items.map((u) => ({
        id: u.id,
        username: u.username,
        displayName: u.displayName,
        roles: u.roles,
        departmentId: u.department?.id ?? null,
      }));
      if (people.some((p) => p.username === "trainee")) return people;
    } catch {
      // not up yet
    }
    if (Date.now() + 1000 > deadline) break;
    if (!announced) {
      log("演示数据：等待组织机构服务（directory）就绪……");
      announced = true;
    }
    await sleep(1000);
  }
  log("演示数据：组织机构服务未就绪或没有演示账号，本次不生成培训演示数据，下次启动时再生成");
  return null;
}
