// Uncertainty of a proportion from its counts (for small trials whose papers give counts only).
// Wilson score interval, 95 %: Wilson EB 1927, J Am Stat Assoc 22:209–212,
// doi:10.1080/01621459.1927.10502953. It stays inside 0..1 and behaves at 0/n and n/n.

const Z95 = 1.959963984540054;

export interface Proportion {
  /** 0..1 */
  p: number;
  low: number;
  high: number;
}

export function wilsonInterval(successes: number, n: number, z = Z95): Proportion {
  if (!(n > 0) || successes < 0 || successes > n) return { p: NaN, low: NaN, high: NaN };
  const p = successes / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return { p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
