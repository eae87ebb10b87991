import type { PayFigures } from '../../../roadmap/types.js';
import type { RoadmapFormat } from '../../roadmap-messages.js';
import { periodMonth } from '../explore-values.js';

/** A BLS period ("May 2024") as "mayo de 2024"; another period as the data writes it. */
export function periodWords(period: string, f: RoadmapFormat): string {
  const month = periodMonth(period);
  return month ? f.month(month) : period;
}

/**
 * The figures in words, for the answers and the step reasons: "una mediana de $45,120 al año a
 * nivel nacional (mayo de 2024; 8 de cada 10 ganaban $33,280–$63,850) y $44,030 en TX".
 */
export function figuresWords(p: PayFigures, f: RoadmapFormat): string {
  const [state, statePeriod] = (p.state_median_period ?? '').split(', ');
  const notes = [
    p.period && periodWords(p.period, f),
    p.median_usd !== undefined && p.min_usd < p.max_usd
      ? `8 de cada 10 ganaban ${f.money(p.min_usd)}–${f.money(p.max_usd)}`
      : undefined,
    p.sources?.[0]?.official === false ? 'según una página de terceros; verifíquela en bls.gov' : undefined,
  ].filter(Boolean);
  const national =
    p.median_usd !== undefined
      ? `una mediana de ${f.money(p.median_usd)} al año a nivel nacional`
      : `${f.money(p.min_usd)}–${f.money(p.max_usd)} al año a nivel nacional`;
  const inState =
    p.state_median_usd && state
      ? ` y ${f.money(p.state_median_usd)} en ${state}${statePeriod && statePeriod !== p.period ? ` (${periodWords(statePeriod, f)})` : ''}`
      : '';
  return `${national}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}${inState}`;
}
