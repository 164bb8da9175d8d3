// Lanczos approximation, g = 7, n = 9 (relative error about 1e-15 for x > 0).
const G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
] as const;
const HALF_LOG_2PI = 0.9189385332046728;

/**
 * The natural logarithm of the gamma function, ln Γ(x), for x > 0 (Lanczos approximation).
 *
 * @param x - a positive number
 * @throws {RangeError} if x is not positive
 * @example
 * logGamma(5) // ln(24) = 3.1780538303479458
 * logGamma(0.5) // ln(√π) = 0.5723649429247001
 */
export function logGamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`logGamma: x must be positive, got ${x}`);
  if (x < 0.5) {
    // Reflection: Γ(x)Γ(1 − x) = π / sin(πx).
    return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  }
  const xm1 = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) sum += (LANCZOS[i] ?? 0) / (xm1 + i);
  const t = xm1 + G + 0.5;
  return HALF_LOG_2PI + (xm1 + 0.5) * Math.log(t) - t + Math.log(sum);
}
