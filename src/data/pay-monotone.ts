import type { Diagnostic } from '../core/diagnostic.js';
import { formatNumber } from '../core/number.js';
import { type BandFacts, chooseBand } from './band-choice.js';
import type { ParsedLayer } from './parse-data.js';
import { recordDiagnostic } from './positioned.js';

type Band = BandFacts & { id: string; soc?: string };

/** Credential sets are tried in every combination up to this many credentials named in bands. */
const MAX_COMBINED_CREDENTIALS = 6;

/**
 * Pay should never go down as a person climbs the ladder within one track (a specialization and
 * the credentials they hold). For each track this walks the rungs in rank order, choosing each
 * rung's band the way the planner does (all-settings bands included as the fallback), and warns
 * where a band's floor or its middle is below the rung before. A lower ceiling alone is not
 * flagged: bands come from sources of different widths, and a narrower range whose floor and
 * middle rise is still a raise. Nor is a drop between two bands that are each one BLS occupation
 * (`soc`) and not the same one: the roadmap shows such a move as no raise.
 */
export function payNotMonotone(layer: ParsedLayer): Diagnostic[] {
  const bands = (layer.lists.get('bands') ?? []) as unknown as Band[];
  const levels = [...((layer.lists.get('levels') ?? []) as { id: string; rank: number }[])].sort(
    (a, b) => a.rank - b.rank,
  );
  if (bands.length === 0 || levels.length === 0) return [];

  const out: Diagnostic[] = [];
  const reported = new Set<string>();
  for (const track of tracks(bands)) {
    let previous: Band | null = null;
    for (const level of levels) {
      const band = chooseBand(bands, level.id, track.specialization, track.credentials);
      if (!band) continue;
      // Two bands of different BLS occupations may pay less up the ladder (a nurse who leads a
      // team is counted as a social and community service manager): that is a fact of the
      // figures, which the roadmap shows as no raise, not a slip in the data.
      const otherOccupation =
        previous?.soc !== undefined && band.soc !== undefined && previous.soc !== band.soc;
      const drop = previous && !otherOccupation ? dropOf(previous, band) : null;
      if (previous && drop && !reported.has(`${previous.id}>${band.id}`)) {
        reported.add(`${previous.id}>${band.id}`);
        const diagnostic = recordDiagnostic(
          layer,
          band as unknown as Record<string, unknown>,
          [drop === 'floor' ? 'min_usd' : 'max_usd'],
          {
            severity: 'warning',
            code: 'pay-not-monotone',
            message: `pay goes down along the ladder (${trackName(track)}): "${band.id}" at ${band.level} (${range(band)}) has a lower ${drop} than "${previous.id}" at ${previous.level} (${range(previous)})`,
          },
        );
        if (diagnostic) out.push(diagnostic);
      }
      previous = band;
    }
  }
  return out;
}

/** Which part of `next` is below `previous`, if any: the floor first, then the middle. */
export function dropOf(previous: BandFacts, next: BandFacts): 'floor' | 'middle' | null {
  if (next.min_usd < previous.min_usd) return 'floor';
  if (next.min_usd + next.max_usd < previous.min_usd + previous.max_usd) return 'middle';
  return null;
}

interface Track {
  specialization: string | null;
  credentials: ReadonlySet<string>;
}

/**
 * Every specialization named in a band (plus all settings), with every combination of the
 * credentials bands name (none, each alone, and together): a specialization or credential no band
 * names behaves like one of these.
 */
function tracks(bands: readonly Band[]): Track[] {
  const specializations = [null, ...unique(bands.map((b) => b.specialization))];
  const credentials = unique(bands.map((b) => b.credential ?? null));
  const sets: string[][] =
    credentials.length <= MAX_COMBINED_CREDENTIALS
      ? subsets(credentials)
      : [[], ...credentials.map((c) => [c])];
  return specializations.flatMap((specialization) =>
    sets.map((set) => ({ specialization, credentials: new Set(set) })),
  );
}

function unique(values: readonly (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== null))];
}

/** All subsets, smallest first: [], [a], [b], [a, b], … */
function subsets(items: readonly string[]): string[][] {
  const all: string[][] = [[]];
  for (const item of items) {
    for (const subset of [...all]) all.push([...subset, item]);
  }
  return all.sort((a, b) => a.length - b.length);
}

function trackName(track: Track): string {
  const where = track.specialization ?? 'all settings';
  const holding =
    track.credentials.size > 0 ? `holding ${[...track.credentials].join(' + ')}` : 'no credential';
  return `${where}, ${holding}`;
}

function range(band: BandFacts): string {
  const usd = (n: number) => `$${formatNumber(n)}`;
  return band.min_usd === band.max_usd ? usd(band.min_usd) : `${usd(band.min_usd)}–${usd(band.max_usd)}`;
}
