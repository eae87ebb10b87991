import type { Month } from '../core/month.js';
import type { Data } from '../data/model.js';
import type { SalaryBand } from '../data/schema/families.js';
import type { PlanContext } from './context.js';
import { currentLevel } from './ladder.js';
import type { PayAfter, PayPoint } from './types.js';

/**
 * Pay bands (salaries.yaml) by ladder level, specialization and credential. A band written for the
 * person's specialization beats a general one; one that assumes a credential they hold beats one
 * that assumes none; among equals, the higher band (the credential that pays most).
 */
export function findBand(
  data: Data,
  level: string | undefined,
  specialization: string | null,
  credentials: ReadonlySet<string>,
): SalaryBand | null {
  if (!level) return null;
  let best: SalaryBand | null = null;
  let bestKey: number[] = [];
  for (const band of data.bands) {
    if (band.level !== level) continue;
    if (band.specialization !== null && band.specialization !== specialization) continue;
    const credential = band.credential ?? null;
    if (credential !== null && !credentials.has(credential)) continue;
    const key = [
      band.specialization !== null ? 1 : 0,
      credential !== null ? 1 : 0,
      band.min_usd,
      band.max_usd,
    ];
    if (!best || greater(key, bestKey)) {
      best = band;
      bestKey = key;
    }
  }
  return best;
}

function greater(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] ?? 0) > (b[i] ?? 0);
  return false;
}

/** The person's pay state: the rung they stand on and the credentials they hold (active licences, certifications). */
export interface PayState {
  level: string | undefined;
  credentials: Set<string>;
}

export function initialPayState(ctx: PlanContext): PayState {
  return {
    level: currentLevel(ctx)?.id,
    credentials: new Set([
      ...ctx.profile.licenses.filter((l) => l.status === 'active').map((l) => l.type),
      ...ctx.profile.certifications,
    ]),
  };
}

export function payAfter(band: SalaryBand | null): PayAfter | null {
  return band ? { level: band.level, min_usd: band.min_usd, max_usd: band.max_usd } : null;
}

export function payPoint(band: SalaryBand, month: Month, label: string): PayPoint {
  return {
    month,
    label,
    level: band.level,
    min_usd: band.min_usd,
    max_usd: band.max_usd,
    open_ended: band.open_ended ?? false,
  };
}
