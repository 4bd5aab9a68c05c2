import { AppError, WorkingCalendar, endOfBeijingDay, type ErrorCode } from "@prp/kit/core";
import {
  checkResponseAllowed,
  closedNotAccepted,
  ContactChannel,
  ContactKind,
  contactRecord,
  feedbackCountdown,
  FeedbackState,
  isAcceptedResponse,
  ReporterResponse,
  resultFeedbackDue,
  type LoopFacts,
} from "../../src/domain/reporter-loop";

/** An instant at a Beijing wall-clock time. */
const bj = (local: string) => new Date(`${local}+08:00`);
const calendar = new WorkingCalendar();

function expectCode(fn: () => unknown, code: ErrorCode, message?: RegExp): void {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(AppError);
  expect((caught as AppError).code).toBe(code);
  if (message) expect((caught as AppError).message).toMatch(message);
}

const handled: LoopFacts = {
  realName: true,
  openedAt: bj("2026-09-01T09:00:00"),
  concludedAt: null,
  feedbackGivenAt: null,
};
const concluded: LoopFacts = { ...handled, concludedAt: bj("2026-09-30T10:00:00") };
const progress = {
  kind: ContactKind.PROGRESS,
  channel: ContactChannel.PHONE,
  at: bj("2026-09-10T10:00:00"),
  who: "张承办",
  said: "告知正在核实",
};

describe("result feedback deadline (15 working days from conclusion)", () => {
  it("a case concluded on 2026-09-30 owes feedback by 2026-10-27 (National Day and the make-up Saturday counted)", () => {
    // 10-08(1) 09(2) 10 Sa make-up(3) 12(4) … 26(14) 27(15)
    expect(resultFeedbackDue(calendar, concluded)).toEqual({
      dueDate: "2026-10-27",
      dueAt: endOfBeijingDay("2026-10-27"),
    });
  });

  it("owes nothing while the case is handled or to an anonymous reporter", () => {
    expect(resultFeedbackDue(calendar, handled)).toBeNull();
    expect(resultFeedbackDue(calendar, { ...concluded, realName: false })).toBeNull();
  });

  it("follows a configured number of days and the administrators' calendar overrides", () => {
    expect(resultFeedbackDue(calendar, concluded, 5)?.dueDate).toBe("2026-10-13");
    const corrected = new WorkingCalendar([{ date: "2026-10-12", working: false }]);
    expect(resultFeedbackDue(corrected, concluded)?.dueDate).toBe("2026-10-28");
  });
});

describe("feedback countdown", () => {
  it("counts down in working days and turns overdue the day after the due date", () => {
    expect(feedbackCountdown(calendar, concluded, bj("2026-10-26T09:00:00"))).toEqual({
      state: FeedbackState.PENDING,
      dueDate: "2026-10-27",
      daysLeft: 1,
    });
    expect(feedbackCountdown(calendar, concluded, bj("2026-10-27T23:59:00"))).toMatchObject({
      state: FeedbackState.PENDING,
      daysLeft: 0,
    });
    expect(feedbackCountdown(calendar, concluded, bj("2026-10-28T08:00:00"))).toMatchObject({
      state: FeedbackState.OVERDUE,
      daysLeft: -1,
    });
    expect(feedbackCountdown(calendar, concluded, bj("2026-10-30T08:00:00"))).toMatchObject({
      state: FeedbackState.OVERDUE,
      daysLeft: -3,
    });
  });

  it("is over once feedback is given, on time or late", () => {
    expect(
      feedbackCountdown(
        calendar,
        { ...concluded, feedbackGivenAt: bj("2026-10-20T10:00:00") },
        bj("2026-11-30T10:00:00"),
      ),
    ).toEqual({
      state: FeedbackState.GIVEN,
      dueDate: "2026-10-27",
      daysLeft: null,
    });
    expect(
      feedbackCountdown(
        calendar,
        { ...concluded, feedbackGivenAt: bj("2026-10-28T10:00:00") },
        bj("2026-11-30T10:00:00"),
      ).state,
    ).toBe(FeedbackState.GIVEN_LATE);
  });

  it("shows nothing owed for a case still handled", () => {
    expect(feedbackCountdown(calendar, handled, bj("2026-12-01T10:00:00")).state).toBe(FeedbackState.NOT_DUE);
  });
});

describe("contacts with the reporter", () => {
  const now = bj("2026-10-10T12:00:00");

  it("keeps a progress contact with its time, channel, who and what was said, trimmed", () => {
    const r = contactRecord(handled, { ...progress, who: " 张承办 ", said: " 告知正在核实 " }, now);
    expect(r).toEqual({
      kind: ContactKind.PROGRESS,
      channel: ContactChannel.PHONE,
      at: progress.at,
      who: "张承办",
      said: "告知正在核实",
      response: null,
    });
  });

  it("refuses every missing or invalid field at once", () => {
    let caught: AppError | undefined;
    try {
      contactRecord(handled, { ...progress, channel: "FAX" as ContactChannel, who: " ", said: "" }, now);
    } catch (e) {
      caught = e as AppError;
    }
    expect(caught?.code).toBe("BAD_USER_INPUT");
    expect(caught?.extensions.problems).toEqual(["沟通方式无效", "请填写沟通人", "请填写沟通内容"]);
  });

  it("refuses a time in the future, before the case was opened, and over-long texts", () => {
    expectCode(
      () => contactRecord(handled, { ...progress, at: bj("2026-10-11T12:00:00") }, now),
      "BAD_USER_INPUT",
      /晚于现在/,
    );
    expectCode(
      () => contactRecord(handled, { ...progress, at: bj("2026-08-01T12:00:00") }, now),
      "BAD_USER_INPUT",
      /早于立办/,
    );
    expectCode(() => contactRecord(handled, { ...progress, said: "长".repeat(2001) }, now), "BAD_USER_INPUT", /2000/);
  });

  it("cannot contact an anonymous reporter", () => {
    expectCode(() => contactRecord({ ...handled, realName: false }, progress, now), "CONFLICT", /匿名/);
  });

  it("feeds back the result only after conclusion, once, not dated before the conclusion", () => {
    const feedback = {
      ...progress,
      kind: ContactKind.RESULT_FEEDBACK,
      at: bj("2026-10-09T10:00:00"),
      response: ReporterResponse.DISSATISFIED,
    };
    expectCode(() => contactRecord(handled, feedback, now), "CONFLICT", /尚未办结/);
    expect(contactRecord(concluded, feedback, now).response).toBe(ReporterResponse.DISSATISFIED);
    expectCode(
      () => contactRecord({ ...concluded, feedbackGivenAt: bj("2026-10-08T10:00:00") }, feedback, now),
      "CONFLICT",
      /重复反馈/,
    );
    expectCode(
      () => contactRecord(concluded, { ...feedback, at: bj("2026-09-29T10:00:00") }, now),
      "BAD_USER_INPUT",
      /早于办结/,
    );
  });

  it("takes a later answer as its own contact, only after the result was fed back", () => {
    const answer = {
      ...progress,
      kind: ContactKind.RESPONSE,
      at: bj("2026-10-10T10:00:00"),
      response: ReporterResponse.BASICALLY_SATISFIED,
    };
    const fedBack = { ...concluded, feedbackGivenAt: bj("2026-10-09T10:00:00") };
    expect(contactRecord(fedBack, answer, now).response).toBe(ReporterResponse.BASICALLY_SATISFIED);
    expectCode(() => contactRecord(concluded, answer, now), "CONFLICT", /请先向举报人反馈/);
    expectCode(() => contactRecord(fedBack, { ...answer, response: null }, now), "BAD_USER_INPUT", /请选择举报人评价/);
    expectCode(
      () => contactRecord(fedBack, { ...answer, at: bj("2026-10-08T10:00:00") }, now),
      "BAD_USER_INPUT",
      /早于结果反馈/,
    );
  });

  it("takes a response only with the result feedback", () => {
    expectCode(
      () => contactRecord(handled, { ...progress, response: ReporterResponse.SATISFIED }, now),
      "BAD_USER_INPUT",
      /只有反馈办理结果/,
    );
  });
});

describe("the reporter's response and 结而不服", () => {
  const fedBack = { ...concluded, feedbackGivenAt: bj("2026-10-09T10:00:00") };

  it("is recorded on its own only after the result was fed back", () => {
    expectCode(() => checkResponseAllowed(handled, ReporterResponse.SATISFIED), "CONFLICT", /尚未办结/);
    expectCode(() => checkResponseAllowed(concluded, ReporterResponse.SATISFIED), "CONFLICT", /请先向举报人反馈/);
    expectCode(() => checkResponseAllowed(fedBack, "HAPPY" as ReporterResponse), "BAD_USER_INPUT");
    expect(() => checkResponseAllowed(fedBack, ReporterResponse.DISSATISFIED)).not.toThrow();
  });

  it("DISSATISFIED after conclusion is 结而不服; an accepted later answer lifts it", () => {
    expect(closedNotAccepted(fedBack, ReporterResponse.DISSATISFIED)).toBe(true);
    expect(closedNotAccepted(fedBack, ReporterResponse.BASICALLY_SATISFIED)).toBe(false);
    expect(closedNotAccepted(fedBack, null)).toBe(false);
    expect(closedNotAccepted(handled, ReporterResponse.DISSATISFIED)).toBe(false);
  });

  it("counts SATISFIED and BASICALLY_SATISFIED as accepted (结服)", () => {
    expect(
      [ReporterResponse.SATISFIED, ReporterResponse.BASICALLY_SATISFIED, ReporterResponse.DISSATISFIED, null].map(
        isAcceptedResponse,
      ),
    ).toEqual([true, true, false, false]);
  });
});
