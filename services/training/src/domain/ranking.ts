/**
 * Competition ranking ("1224"): equal scores share a rank and the next rank skips, so scores
 * 95, 95, 90 rank 1, 1, 3. Scores are compared at two decimals, as they are shown.
 */
export function rankWithTies<T>(
  items: T[],
  score: (item: T) => number,
): Array<{ item: T; rank: number; score: number }> {
  const rounded = items.map((item) => ({ item, score: Math.round(score(item) * 100) / 100 }));
  rounded.sort((a, b) => b.score - a.score);
  let rank = 0;
  return rounded.map((r, i) => {
    if (i === 0 || r.score !== rounded[i - 1].score) rank = i + 1;
    return { item: r.item, rank, score: r.score };
  });
}
