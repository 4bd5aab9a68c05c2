import { pageArgs, pickFilters, type ListParams, type OperationTable } from "../../data/operation";

/** The cases subgraph's resources (办理): cases, joint tasks, transfers, colour labels, the monthly dispatch. */

const UNIT = `id name`;
const DUE = `state dueDate workingDaysLeft`;
export const CASE_ROW = `id serial status grade mode listed realName openedAt acceptedAt supervisionDueDate assignedDueDate
  concludedAt closingReportAt updatedAt report { id summary categoryLabel } handlingUnit { ${UNIT} } town { ${UNIT} }
  responsibility { unit { ${UNIT} } person { id displayName } }
  resultFeedback { ${DUE} } label { colour categories }
  coordination { region { ${UNIT} } coordinatingUnit { ${UNIT} } participatingUnits { ${UNIT} } }
  joint { leadUnit { ${UNIT} } memberUnits { ${UNIT} } }`;
const CASE_FULL = `${CASE_ROW} disposition origin decidedAt finding feedbackGivenAt closedAt reporterResponse
  report { id summary categoryLabel content }
  conclusion { finding outcome at by { id displayName } }
  assignment { authority dueDate closingReport closingReportAt late }
  supervision { level dueDate reason listedAt leader { id displayName } }
  units { role unit { ${UNIT} } }
  progress { id authorName date at note }
  tasks { id title dueDate status result overdue unit { ${UNIT} } assignee { id displayName } }
  history { id action actorName at summary }
  reporterContacts { id kind channel at who said response recordedAt }
  label { colour categories screenedAt findings { category colour value } }`;
const TASK = `id title dueDate status result overdue createdAt doneAt unit { ${UNIT} } assignee { id displayName }`;
/** Joint cases on one board: the gateway's query cost limit allows about 40 with all their tasks. */
const JOINT_CASES_LIMIT = 40;
const JOINT_CASE = `id serial status report { id summary } joint { leadUnit { ${UNIT} } memberUnits { ${UNIT} } }`;
const TRANSFER = `id serial realName openedAt dueDate status updatedAt report { id summary categoryLabel }
  competentDepartment { ${UNIT} } copyTo { id name kind }
  feedback { content at byName recordedAt attachments { fileName sizeBytes mimeType } }
  supervisionActions { id mode at byName note }
  supervision { feedbackDueDate overdue workingDaysLeft answerDueDate suggestedMode lastMode }`;
const DISPATCH = `from to cases newCases concluded overdue feedbackGiven feedbackOverdue satisfied basicallySatisfied dissatisfied
  satisfactionRate byStatus { status count } byGrade { grade count } labelledByColour { colour count }
  byUnit { unit { ${UNIT} } cases newCases concluded overdue feedbackGiven accepted }`;

const CATEGORY_THRESHOLDS = `category name enabled green yellow orange red`;
const THRESHOLDS = `isDefault repeatWindowMonths defaultRepeatWindowMonths updatedAt updatedBy { id displayName }
  rules { ${CATEGORY_THRESHOLDS} } defaults { ${CATEGORY_THRESHOLDS} }`;

const CASE_FILTERS = ["status", "grade", "mode", "unitId", "regionId", "listed"] as const;

/** A case mutation: the field, its arguments' types, and what it does. */
const caseMutation = (field: string, args: Record<string, string>, what: string) => {
  const names = Object.keys(args);
  return {
    what,
    document: `mutation(${names.map((n) => `$${n}: ${args[n]}`).join(", ")}) {
      ${field}(${names.map((n) => `${n}: $${n}`).join(", ")}) { ${field === "recordReporterContact" ? "id" : CASE_FULL} } }`,
    variables: (p: any) => Object.fromEntries(names.map((n) => [n, p[n] ?? null])),
    parse: (d: any) => d[field],
  };
};

export const casesOperations: OperationTable = {
  cases: {
    getList: {
      what: "查看案件",
      document: `query($status: CaseStatus, $grade: CaseGrade, $mode: HandlingMode, $unitId: ID, $regionId: ID, $listed: Boolean, $limit: Int!, $offset: Int!) {
        cases(status: $status, grade: $grade, mode: $mode, unitId: $unitId, regionId: $regionId, listed: $listed, limit: $limit, offset: $offset) {
          total items { ${CASE_ROW} } } }`,
      variables: (p: ListParams) => ({ ...pickFilters(p.filter, CASE_FILTERS), ...pageArgs(p) }),
      parse: (d) => ({ data: d.cases.items, total: d.cases.total }),
    },
    getOne: {
      what: "查看案件",
      document: `query($id: ID!) { case(id: $id) { ${CASE_FULL} } }`,
      variables: (p) => ({ id: p.id }),
      parse: (d) => ({ data: d.case }),
    },
    actions: {
      accept: caseMutation("acceptCase", { id: "ID!" }, "受理案件"),
      progress: caseMutation("recordProgress", { id: "ID!", input: "ProgressInput!" }, "记录办理进展"),
      conclude: caseMutation("concludeCase", { id: "ID!", input: "ConcludeCaseInput!" }, "办结案件"),
      closingReport: caseMutation("submitClosingReport", { id: "ID!", text: "String!" }, "报送办结报告"),
      close: caseMutation("closeCase", { id: "ID!" }, "结案"),
      contact: caseMutation(
        "recordReporterContact",
        { caseId: "ID!", input: "ReporterContactInput!" },
        "记录与举报人的沟通",
      ),
      noticeDocument: {
        what: "生成告知文书",
        document: `query($caseId: ID!, $kind: NoticeDocumentKind!, $addressee: String) {
          reporterNoticeDocument(caseId: $caseId, kind: $kind, addressee: $addressee) { fileName mimeType base64 } }`,
        variables: (p) => ({ caseId: p.caseId, kind: p.kind, addressee: p.addressee ?? null }),
        parse: (d) => d.reporterNoticeDocument,
      },
    },
  },

  /** 色标案件: the same rows as cases, from labelledCases (red first). */
  labelledCases: {
    getList: {
      what: "查看色标案件",
      document: `query($colour: LabelColour, $category: LabelCategory, $limit: Int!, $offset: Int!) {
        labelledCases(colour: $colour, category: $category, limit: $limit, offset: $offset) {
          total items { ${CASE_ROW} label { colour categories screenedAt findings { category colour value } } } } }`,
      variables: (p: ListParams) => ({ ...pickFilters(p.filter, ["colour", "category"]), ...pageArgs(p) }),
      parse: (d) => ({ data: d.labelledCases.items, total: d.labelledCases.total }),
    },
  },

  /**
   * 室组地 board: the joint cases the user may see (a handler: those of the unit, lead or member)
   * with all their tasks, one row per task. The graph's jointTasks shows a handler only the tasks
   * of the own unit, which would leave the lead unit's board empty.
   */
  jointTasks: {
    getList: {
      what: "查看联合办理任务",
      document: `query($unitId: ID, $limit: Int!) {
        cases(mode: JOINT, unitId: $unitId, limit: $limit) { total items { ${JOINT_CASE} tasks { ${TASK} } } } }`,
      variables: (p: ListParams) => ({ ...pickFilters(p.filter, ["unitId"]), limit: JOINT_CASES_LIMIT }),
      parse: (d, p: ListParams) => {
        const tasks = d.cases.items.flatMap((c: any) => c.tasks.map((t: any) => ({ ...t, case: c })));
        const { status, overdue } = p.filter ?? {};
        const shown = tasks.filter((t: any) => (!status || t.status === status) && (!overdue || t.overdue));
        return { data: shown, total: shown.length };
      },
    },
    actions: {
      update: {
        what: "更新任务状态",
        document: `mutation($id: ID!, $status: TaskStatus!, $result: String) {
          updateJointTask(id: $id, status: $status, result: $result) { ${TASK} case { ${JOINT_CASE} } } }`,
        variables: (p) => ({ id: p.id, status: p.status, result: p.result ?? null }),
        parse: (d) => d.updateJointTask,
      },
    },
  },

  transfers: {
    getList: {
      what: "查看移交事项",
      document: `query($competentDepartmentId: ID, $copyToDepartmentId: ID, $limit: Int!, $offset: Int!) {
        transfers(competentDepartmentId: $competentDepartmentId, copyToDepartmentId: $copyToDepartmentId, limit: $limit, offset: $offset) {
          total items { ${TRANSFER} } } }`,
      variables: (p: ListParams) => ({
        ...pickFilters(p.filter, ["competentDepartmentId", "copyToDepartmentId"]),
        ...pageArgs(p),
      }),
      parse: (d) => ({ data: d.transfers.items, total: d.transfers.total }),
    },
    getOne: {
      what: "查看移交事项",
      document: `query($id: ID!) { transfer(id: $id) { ${TRANSFER} } }`,
      variables: (p) => ({ id: p.id }),
      parse: (d) => ({ data: d.transfer }),
    },
    actions: {
      feedback: {
        what: "反馈移交事项办理情况",
        document: `mutation($transferId: ID!, $input: TransferFeedbackInput!) {
          recordTransferFeedback(transferId: $transferId, input: $input) { content at byName } }`,
        variables: (p) => ({ transferId: p.transferId, input: p.input }),
        parse: (d) => d.recordTransferFeedback,
      },
      supervise: {
        what: "督办移交事项",
        document: `mutation($transferId: ID!, $input: SuperviseTransferInput!) {
          superviseTransfer(transferId: $transferId, input: $input) { id mode at byName note } }`,
        variables: (p) => ({ transferId: p.transferId, input: p.input }),
        parse: (d) => d.superviseTransfer,
      },
    },
  },

  monthlyDispatch: {
    actions: {
      figures: {
        what: "查看每月调度",
        document: `query($month: String!) { monthlyDispatch(month: $month) { ${DISPATCH} } }`,
        variables: (p) => ({ month: p.month }),
        parse: (d) => d.monthlyDispatch,
      },
      workbook: {
        what: "下载每月调度表",
        document: `query($month: String!, $kind: DispatchWorkbookKind!) {
          dispatchWorkbook(month: $month, kind: $kind) { fileName mimeType base64 } }`,
        variables: (p) => ({ month: p.month, kind: p.kind }),
        parse: (d) => d.dispatchWorkbook,
      },
    },
  },
  /** 色标阈值: the administrator's rules for the colour labels (each colour's least value, per category). */
  colourLabelThresholds: {
    actions: {
      current: {
        what: "查看色标阈值",
        document: `query { colourLabelThresholds { ${THRESHOLDS} } }`,
        variables: () => ({}),
        parse: (d) => d.colourLabelThresholds,
      },
      set: {
        what: "设置色标阈值",
        document: `mutation($input: ColourLabelThresholdsInput!) { setColourLabelThresholds(input: $input) { ${THRESHOLDS} } }`,
        variables: (p) => ({ input: p.input }),
        parse: (d) => d.setColourLabelThresholds,
      },
    },
  },
};
