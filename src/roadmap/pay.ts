import type { Month } from '../core/month.js';
import { chooseBand } from '../data/band-choice.js';
import type { Data } from '../data/model.js';
import type { SalaryBand } from '../data/schema/families.js';
import type { PlanContext } from './context.js';
import { currentLevel } from './ladder.js';
import type { PayAfter, PayPoint } from './types.js';

/**
 * The pay band (salaries.yaml) for a ladder level: see `chooseBand` for the order of preference
 * (a credential the person holds, then their specialization, then the higher band).
 */
export function findBand(
  data: Data,
  level: string | undefined,
  specialization: string | null,
  credentials: ReadonlySet<string>,
): SalaryBand | null {
  return level ? chooseBand(data.bands, level, specialization, credentials) : null;
}

/** The person's pay state: the rung they stand on and the credentials they hold (active licenses, certifications). */
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
