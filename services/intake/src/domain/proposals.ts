/**
 * What the system proposes for 查 when a report is registered: reports with the same templated
 * text (贴牌, with their estimated similarity) and earlier reports of the same matter. The
 * officer confirms or rejects them at 查.
 */
export interface CheckProposals {
  templatedWith: { id: string; similarity: number }[];
  repeatOf: string[];
}

/** Similarity as stored and shown: three decimals. */
export const roundedSimilarity = (similarity: number): number => Math.round(similarity * 1000) / 1000;
