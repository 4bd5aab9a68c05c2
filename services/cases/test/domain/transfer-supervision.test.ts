import { AppError, WorkingCalendar, type ErrorCode } from "@prp/kit/core";
import {
  checkMayRecordFeedback,
  checkMaySupervise,
  feedbackOverdue,
  overdueByDepartment,
  checkResponseWorkingDays,
  supervisionRecord,
  supervisionStatus,
  SupervisionMode,
  transferFeedbackRecord,
  type TransferTiming,
} from "../../src/domain/transfer-supervision";

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

// transferred on 2026-09-30: feedback due 2026-10-27 (15 working days across National Day, the transfer's dueDate)
const transfer: TransferTiming = {
  transferredAt: bj("2026-09-30T10:00:00"),
  feedbackDueDate: "2026-10-27",
  feedbackAt: null,
  actions: [],
};

describe("feedback due date", () => {
  it("is overdue the day after, unless fed back", () => {
    expect(feedbackOverdue(transfer, bj("2026-10-27T23:00:00"))).toBe(false);
    expect(feedbackOverdue(transfer, bj("2026-10-28T08:00:00"))).toBe(true);
    expect(feedbackOverdue({ ...transfer, feedbackAt: bj("2026-10-20T08:00:00") }, bj("2026-11-28T08:00:00"))).toBe(
      false,
    );
  });

  it("the response days after an action are configurable whole working days", () => {
    expect(checkResponseWorkingDays(3)).toBe(3);
    expectCode(() => checkResponseWorkingDays(1.5), "BAD_USER_INPUT", /答复期限/);
    const reminded = { ...transfer, actions: [{ mode: SupervisionMode.REMINDER, at: bj("2026-10-28T10:00:00") }] };
    // 10-29(1) 30(2) 11-02(3)
    expect(supervisionStatus(calendar, reminded, bj("2026-11-03T09:00:00"), 3)).toMatchObject({
      answerDueDate: "2026-11-02",
      suggestedMode: SupervisionMode.LETTER,
    });
  });
});

describe("supervision status and the next mode", () => {
  it("suggests nothing before the due date, a reminder once it has passed", () => {
    expect(supervisionStatus(calendar, transfer, bj("2026-10-26T10:00:00"))).toEqual({
      feedbackDueDate: "2026-10-27",
      overdue: false,
      daysLeft: 1,
      answerDueDate: "2026-10-27",
      suggestedMode: null,
      lastMode: null,
    });
    expect(supervisionStatus(calendar, transfer, bj("2026-10-28T10:00:00"))).toMatchObject({
      overdue: true,
      daysLeft: -1,
      suggestedMode: SupervisionMode.REMINDER,
    });
  });

  it("after a reminder the department has 5 working days; then a letter, then on site, then on site again", () => {
    const reminded = { ...transfer, actions: [{ mode: SupervisionMode.REMINDER, at: bj("2026-10-28T10:00:00") }] };
    // 10-29(1) 30(2) 11-02(3) 03(4) 04(5)
    expect(supervisionStatus(calendar, reminded, bj("2026-11-04T18:00:00"))).toMatchObject({
      overdue: true,
      answerDueDate: "2026-11-04",
      suggestedMode: null,
      lastMode: SupervisionMode.REMINDER,
    });
    expect(supervisionStatus(calendar, reminded, bj("2026-11-05T09:00:00")).suggestedMode).toBe(SupervisionMode.LETTER);

    const lettered = {
      ...reminded,
      actions: [...reminded.actions, { mode: SupervisionMode.LETTER, at: bj("2026-11-05T10:00:00") }],
    };
    expect(supervisionStatus(calendar, lettered, bj("2026-11-13T09:00:00")).suggestedMode).toBe(
      SupervisionMode.ON_SITE,
    );
    const visited = {
      ...lettered,
      actions: [{ mode: SupervisionMode.ON_SITE, at: bj("2026-11-13T10:00:00") }, ...lettered.actions],
    };
    expect(supervisionStatus(calendar, visited, bj("2026-11-16T09:00:00")).suggestedMode).toBeNull();
    expect(supervisionStatus(calendar, visited, bj("2026-11-30T09:00:00"))).toMatchObject({
      suggestedMode: SupervisionMode.ON_SITE,
      lastMode: SupervisionMode.ON_SITE,
    });
  });

  it("stops once the department has fed back", () => {
    const done = {
      ...transfer,
      feedbackAt: bj("2026-11-02T10:00:00"),
      actions: [{ mode: SupervisionMode.REMINDER, at: bj("2026-10-28T10:00:00") }],
    };
    expect(supervisionStatus(calendar, done, bj("2026-12-30T10:00:00"))).toMatchObject({
      overdue: false,
      daysLeft: null,
      suggestedMode: null,
      lastMode: SupervisionMode.REMINDER,
    });
  });
});

describe("records", () => {
  const now = bj("2026-10-29T10:00:00");

  it("a supervision action keeps its mode, who, when and note, and is refused after feedback", () => {
    expect(
      supervisionRecord(transfer, { mode: SupervisionMode.LETTER, note: " 已发函 ", at: now, by: "u1" }, now),
    ).toEqual({ mode: SupervisionMode.LETTER, at: now, by: "u1", note: "已发函" });
    expectCode(
      () =>
        supervisionRecord(
          transfer,
          { mode: "PHONE" as SupervisionMode, note: "", at: bj("2026-09-01T10:00:00"), by: "u1" },
          now,
        ),
      "BAD_USER_INPUT",
      /督办方式无效；请填写督办情况；督办时间不能早于移交时间/,
    );
    expectCode(
      () =>
        supervisionRecord(
          { ...transfer, feedbackAt: now },
          { mode: SupervisionMode.REMINDER, note: "催", at: now, by: "u1" },
          now,
        ),
      "CONFLICT",
    );
  });

  it("feedback keeps content, attachments' metadata and time, once", () => {
    const r = transferFeedbackRecord(
      transfer,
      {
        content: " 已整改 ",
        attachments: [{ fileName: " 报告.pdf ", sizeBytes: 1024, mimeType: "application/pdf" }],
        at: now,
        by: "l1",
      },
      now,
    );
    expect(r).toEqual({
      content: "已整改",
      attachments: [{ fileName: "报告.pdf", sizeBytes: 1024, mimeType: "application/pdf" }],
      at: now,
      by: "l1",
    });
    expectCode(
      () =>
        transferFeedbackRecord(
          transfer,
          {
            content: "x",
            attachments: [{ fileName: "", sizeBytes: -1, mimeType: null }],
            at: bj("2026-10-30T10:00:00"),
            by: "l1",
          },
          now,
        ),
      "BAD_USER_INPUT",
      /第 1 个附件的文件名.*第 1 个附件的大小无效.*晚于现在/,
    );
    expectCode(
      () => transferFeedbackRecord({ ...transfer, feedbackAt: now }, { content: "x", at: now, by: "l1" }, now),
      "CONFLICT",
      /重复反馈/,
    );
  });
});

describe("who may do what", () => {
  const t = { departmentId: "edu-bureau", copyToDepartmentId: "office-2" };

  it("only the competent department's liaison records feedback; another department's liaison is FORBIDDEN", () => {
    expect(() => checkMayRecordFeedback({ roles: ["LIAISON"], departmentId: "edu-bureau" }, t)).not.toThrow();
    expectCode(
      () => checkMayRecordFeedback({ roles: ["LIAISON"], departmentId: "housing-bureau" }, t),
      "FORBIDDEN",
      /本部门/,
    );
    expectCode(
      () => checkMayRecordFeedback({ roles: ["LEADER"], departmentId: "edu-bureau" }, t),
      "FORBIDDEN",
      /联络员/,
    );
  });

  it("the office holding the copy, the petition office and leaders supervise", () => {
    expect(() => checkMaySupervise({ roles: ["CASE_HANDLER"], departmentId: "office-2" }, t)).not.toThrow();
    expect(() => checkMaySupervise({ roles: ["LEADER"], departmentId: null }, t)).not.toThrow();
    expectCode(() => checkMaySupervise({ roles: ["CASE_HANDLER"], departmentId: "office-3" }, t), "FORBIDDEN");
    expectCode(() => checkMaySupervise({ roles: ["LIAISON"], departmentId: "edu-bureau" }, t), "FORBIDDEN");
  });
});

describe("overdue transfers by department", () => {
  it("groups only overdue ones, the department with most first, the longest overdue first", () => {
    const now = bj("2026-11-10T10:00:00");
    const rows = [
      {
        id: "t1",
        departmentId: "edu",
        transferredAt: bj("2026-09-30T10:00:00"),
        feedbackDueDate: "2026-10-27",
        feedbackAt: null,
        actions: [],
      },
      {
        id: "t2",
        departmentId: "edu",
        transferredAt: bj("2026-10-09T10:00:00"),
        feedbackDueDate: "2026-10-30",
        feedbackAt: null,
        actions: [],
      },
      {
        id: "t3",
        departmentId: "housing",
        transferredAt: bj("2026-09-30T10:00:00"),
        feedbackDueDate: "2026-10-27",
        feedbackAt: null,
        actions: [],
      },
      {
        id: "t4",
        departmentId: "housing",
        transferredAt: bj("2026-09-30T10:00:00"),
        feedbackDueDate: "2026-10-27",
        feedbackAt: bj("2026-10-20T10:00:00"),
        actions: [],
      },
      // reminded, so its answer is not due yet, but the feedback itself still is overdue
      {
        id: "t6",
        departmentId: "water",
        transferredAt: bj("2026-09-30T10:00:00"),
        feedbackDueDate: "2026-10-27",
        feedbackAt: null,
        actions: [{ mode: SupervisionMode.REMINDER, at: bj("2026-11-09T10:00:00") }],
      },
      {
        id: "t5",
        departmentId: "water",
        transferredAt: bj("2026-11-02T10:00:00"),
        feedbackDueDate: "2026-11-23",
        feedbackAt: null,
        actions: [],
      },
    ];
    const groups = overdueByDepartment(calendar, rows, now);
    expect(groups.map((g) => [g.departmentId, g.transfers.map((t) => t.id)])).toEqual([
      ["edu", ["t1", "t2"]],
      ["housing", ["t3"]],
      ["water", ["t6"]],
    ]);
    expect(groups[2].transfers[0].status.suggestedMode).toBeNull();
    expect(groups[0].transfers[0].status.daysLeft).toBeLessThan(groups[0].transfers[1].status.daysLeft!);
  });
});
