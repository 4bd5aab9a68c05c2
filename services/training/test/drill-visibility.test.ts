import { Role, type AuthUser } from "@prp/kit";
import { visibleScores } from "../src/app/drills";
import { RoundStatus } from "../src/domain/enums";
import type { DrillCompetition, DrillRound, DrillScore } from "../src/entities";

describe("who sees a drill round's scores", () => {
  const person = (id: string, roles: Role[]): AuthUser => ({
    id,
    username: id,
    displayName: id,
    roles,
    departmentId: null,
    townIds: [],
  });
  const competition = { judgeIds: ["judgeLeader", "judgeOfficer"] } as DrillCompetition;
  const scores = [{ judgeId: "judgeLeader" }, { judgeId: "judgeOfficer" }, { judgeId: "judgeLeader" }] as DrillScore[];
  const open = { status: RoundStatus.OPEN } as DrillRound;
  const closed = { status: RoundStatus.CLOSED } as DrillRound;

  it("shows a judge only their own scores while the round is open, even a judge who is a leader", () => {
    expect(visibleScores(person("judgeLeader", [Role.LEADER]), competition, open, scores)).toHaveLength(2);
    expect(visibleScores(person("judgeOfficer", [Role.PETITION_OFFICER]), competition, open, scores)).toHaveLength(1);
  });

  it("shows organisers and leaders who do not judge everything, others nothing, everyone everything once closed", () => {
    expect(visibleScores(person("organiser", [Role.PETITION_OFFICER]), competition, open, scores)).toHaveLength(3);
    expect(visibleScores(person("trainee", [Role.TRAINEE]), competition, open, scores)).toHaveLength(0);
    expect(visibleScores(person("trainee", [Role.TRAINEE]), competition, closed, scores)).toHaveLength(3);
  });
});
