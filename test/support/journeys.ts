import type { TestPlatform } from "./platform";

/** A request to the gateway as a demo user (null: anonymous). */
export type Ask = <T = any>(user: string | null, query: string, variables?: Record<string, unknown>) => Promise<T>;

export const rnd = () => Math.random().toString(36).slice(2, 8);
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Requests as demo users, each signed in once (the platform is started in `beforeAll`, hence the
 * getter). `passwords` holds the users whose password a test changed.
 */
export function signedIn(platform: () => TestPlatform, passwords = new Map<string, string>()): Ask {
  const tokens = new Map<string, Promise<string>>();
  const token = (user: string) => {
    if (!tokens.has(user)) tokens.set(user, platform().login(user, passwords.get(user)));
    return tokens.get(user)!;
  };
  return async (user, query, variables) =>
    platform()
      .client(user ? await token(user) : undefined)
      .request(query, variables);
}

/**
 * Polls until `fn` returns something truthy: events travel between subgraphs by polling. The
 * limit is a wait, not an assertion on speed (a loaded machine is slower, not wrong).
 */
export async function eventually<T>(
  fn: () => Promise<T | null | undefined | false>,
  what: string,
  ms = 120_000,
): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(150);
  }
}

export interface RouteOptions {
  /** Out of scope, with this competent department. */
  outOfScope?: string;
  realName?: boolean;
  /** More (or other) registration fields: an item from above, another summary and content. */
  register?: Record<string, unknown>;
  /** Sign for an item from above, with these fields (上级交办期限). */
  sign?: Record<string, unknown>;
}

/** Registers a letter report and takes it through 辨、查 to the leader's decision; returns its id. */
export async function routeReport(
  as: Ask,
  decision: Record<string, unknown>,
  opts: RouteOptions = {},
): Promise<string> {
  const reporter = opts.realName ? { realName: true, name: "张三", phone: "13900001111" } : { realName: false };
  const { registerReport } = await as<{ registerReport: { id: string } }>(
    "officer",
    `mutation($i: RegisterReportInput!) { registerReport(input: $i) { id } }`,
    {
      i: {
        channel: "LETTER",
        postmarkDate: new Date(Date.now() - 2 * 86400_000).toISOString().slice(0, 10),
        reporter,
        category: "INTEGRITY_DISCIPLINE",
        summary: `反映村干部问题${rnd()}`,
        content: `反映某村党支部书记在低保评定中优亲厚友，群众意见较大。${rnd()}${rnd()}`,
        ...opts.register,
      },
    },
  );
  const id = registerReport.id;
  if (opts.sign)
    await as("officer", `mutation($id: ID!, $i: SignForInput) { signReport(id: $id, input: $i) { id } }`, {
      id,
      i: opts.sign,
    });
  const scope = opts.outOfScope
    ? { scope: "OUT_OF_SCOPE", competentDepartmentId: opts.outOfScope }
    : { scope: "IN_SCOPE" };
  await as(
    "officer",
    `mutation($id: ID!, $i: DistinguishInput!) { distinguishReport(id: $id, input: $i) { status } }`,
    {
      id,
      i: scope,
    },
  );
  await as("officer", `mutation($id: ID!) { checkReport(id: $id, input: { flags: [] }) { status } }`, { id });
  await as("leader", `mutation($id: ID!, $i: DecideInput!) { decideReport(id: $id, input: $i) { status } }`, {
    id,
    i: decision,
  });
  return id;
}
