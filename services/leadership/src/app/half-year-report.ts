import { halfYearSpan, previousSpan, spanLabel, type DateSpan } from "@prp/kit";
import {
  halfYearReport,
  type CaseFigures,
  type HalfYearReport,
  type IntakeFigures,
  type TrainingFigures,
} from "../domain/half-year-report";
import type { LeadershipDeps } from "./leadership-deps";
import { periodFigures } from "./period-figures";

/**
 * The other subgraphs' Period figures, for a half and the half before it in one call each
 * (adapter: infra/period-figures-client.ts). Null when the subgraph did not answer: the report
 * still comes, that part saying it could not be had.
 */
export interface PeriodFiguresPort {
  intake(spans: readonly [DateSpan, DateSpan]): Promise<[IntakeFigures, IntakeFigures] | null>;
  cases(spans: readonly [DateSpan, DateSpan]): Promise<[CaseFigures, CaseFigures] | null>;
  training(spans: readonly [DateSpan, DateSpan]): Promise<[TrainingFigures, TrainingFigures] | null>;
}

/** A file the report writer produced. */
export interface ReportFile {
  fileName: string;
  mimeType: string;
  bytes: Buffer;
}

/** Lays the report out as a document (adapter: infra/half-year-docx.ts). */
export type ReportWriter = (report: HalfYearReport, commissionName: string) => Promise<ReportFile>;

export interface HalfYearReportDeps extends Pick<LeadershipDeps, "db"> {
  figures: PeriodFiguresPort;
  write: ReportWriter;
  commissionName: string;
}

const compared = <T>(pair: [T, T] | null) => (pair ? { current: pair[0], previous: pair[1] } : null);

/**
 * 半年分析: every subgraph's figures for the half and the previous half (asked at once; leadership's
 * own counted here), made into the report's content and written as a document. Reads only.
 */
export async function halfYearReportFile(deps: HalfYearReportDeps, year: number, half: number): Promise<ReportFile> {
  const span = halfYearSpan(year, half);
  const before = previousSpan(span);
  const spans = [span, before] as const;
  const [intake, cases, training, current, previous] = await Promise.all([
    deps.figures.intake(spans),
    deps.figures.cases(spans),
    deps.figures.training(spans),
    periodFigures(deps, span.from, span.to),
    periodFigures(deps, before.from, before.to),
  ]);
  const report = halfYearReport({
    label: spanLabel(span),
    previousLabel: spanLabel(before),
    intake: compared(intake),
    cases: compared(cases),
    training: compared(training),
    leadership: { current, previous },
  });
  return deps.write(report, deps.commissionName);
}
