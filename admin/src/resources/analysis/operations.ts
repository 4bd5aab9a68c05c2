import type { OperationTable } from "../../data/operation";

/**
 * 分析研判: the figures leaders and analysts read across the subgraphs — the half-year report on
 * `Period` (every subgraph's part, with the previous half), hotspots with the risk score and the
 * town scorecards (leadership), and the risk formula administrators keep.
 */

/** One period's figures from every subgraph (the gateway joins them on `Period`). */
const PERIOD_FIGURES = `from to label
  intake { total realNameShare forwardedCount
    byChannel { key label count } byCategory { key label count } byScope { key label count } }
  dispatch { newCases concluded overdue feedbackGiven satisfied basicallySatisfied dissatisfied satisfactionRate
    labelledByColour { colour count } }
  leadership { ownershipsClaimed ownershipsConcluded ownershipsReleased ownershipsActiveAtEnd analysisSessions
    townMeetingsAttended receptionsHeld visitorsReceived reportsRegisteredAtReceptions caseVisits casesTakenDown
    campaignsStarted campaignsClosed rulesProduced }
  training { sessions attendance trainedPeople hours coverage quizAttempts averageQuizScore averageDrillScore }`;

const FORMULA = `volumeWeight growthWeight repeatShareWeight realNameShareWeight keyCasesWeight growthCap isDefault
  updatedAt updatedBy { id displayName }`;

const SCORE_FIGURES = `reports repeatShare dissatisfiedShare overdueItems keyCases`;

export const analysisOperations: OperationTable = {
  halfYearReport: {
    actions: {
      figures: {
        what: "查看半年分析",
        document: `query($year: Int!, $half: Int!) {
          halfYear(year: $year, half: $half) { ${PERIOD_FIGURES} previous { ${PERIOD_FIGURES} } } }`,
        variables: (p) => ({ year: p.year, half: p.half }),
        parse: (d) => d.halfYear,
      },
      document: {
        what: "下载半年分析报告",
        document: `query($year: Int!, $half: Int!) {
          halfYearReportDocument(year: $year, half: $half) { fileName mimeType base64 } }`,
        variables: (p) => ({ year: p.year, half: p.half }),
        parse: (d) => d.halfYearReportDocument,
      },
    },
  },

  hotspots: {
    actions: {
      analyse: {
        what: "查看热点分析",
        document: `query($from: String!, $to: String!, $dimension: HotspotDimension!, $limit: Int!) {
          hotspots(from: $from, to: $to, dimension: $dimension, limit: $limit) {
            from to previousFrom previousTo dimension
            items { key label count previousCount growth repeatShare realNameShare keyCases riskScore }
            trend { key label points { month count } } } }`,
        variables: (p) => ({ from: p.from, to: p.to, dimension: p.dimension, limit: p.limit ?? 10 }),
        parse: (d) => d.hotspots,
      },
    },
  },

  riskFormula: {
    actions: {
      get: {
        what: "查看风险指数公式",
        document: `query { riskFormula { ${FORMULA} } }`,
        variables: () => ({}),
        parse: (d) => d.riskFormula,
      },
      set: {
        what: "设置风险指数公式",
        document: `mutation($input: RiskFormulaInput!) { setRiskFormula(input: $input) { ${FORMULA} } }`,
        variables: (p) => ({ input: p.input }),
        parse: (d) => d.setRiskFormula,
      },
    },
  },

  townScorecards: {
    actions: {
      figures: {
        what: "查看镇（街道）述责述廉数字",
        document: `query($from: String!, $to: String!) {
          townScorecards(from: $from, to: $to) {
            from to overdueAsOf cityAverage { ${SCORE_FIGURES} }
            towns { town { id name } reports repeatReports repeatShare concludedCases dissatisfiedCases
              dissatisfiedShare overdueItems keyCases aboveAverage vsAverage { ${SCORE_FIGURES} } } } }`,
        variables: (p) => ({ from: p.from, to: p.to }),
        parse: (d) => d.townScorecards,
      },
    },
  },
};
