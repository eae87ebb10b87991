/** The fields of a salaries.yaml band that decide whom it applies to. */
export interface BandFacts {
  level: string;
  specialization: string | null;
  credential?: string | null;
  min_usd: number;
  max_usd: number;
}

/**
 * The pay band for one ladder rung, given the person's specialization and credentials. A band that
 * assumes a credential they hold comes first, and among those the best paid: people are paid for
 * the credential that pays most, whatever the setting (an RN case manager is paid as an RN).
 * Without one, a band written for their specialization beats the all-settings band; then the
 * higher band. The planner and `validate` both choose through here, so the check sees what people
 * see.
 */
export function chooseBand<B extends BandFacts>(
  bands: readonly B[],
  level: string,
  specialization: string | null,
  credentials: ReadonlySet<string>,
): B | null {
  let best: B | null = null;
  let bestKey: number[] = [];
  for (const band of bands) {
    if (band.level !== level) continue;
    if (band.specialization !== null && band.specialization !== specialization) continue;
    const credential = band.credential ?? null;
    if (credential !== null && !credentials.has(credential)) continue;
    const forSpecialization = band.specialization !== null ? 1 : 0;
    const key =
      credential !== null
        ? [1, 0, band.min_usd, band.max_usd, forSpecialization]
        : [0, forSpecialization, band.min_usd, band.max_usd, 0];
    if (!best || greater(key, bestKey)) {
      best = band;
      bestKey = key;
    }
  }
  return best;
}

function greater(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] ?? 0) > (b[i] ?? 0);
  return false;
}
