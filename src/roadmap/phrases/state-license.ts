import type { Month } from '../../core/month.js';
import type { TitleKind } from '../../data/schema/states.js';
import type { StateLicensure } from '../../data/state-licensure.js';

/** A license's exams by name: the national ones (all or any of them) and the state's own. */
export interface ExamList {
  names: readonly string[];
  mode: 'all' | 'any';
  stateExams: readonly string[];
}

/** License steps as the person's state grants them (state-license.ts). `state`: the state's name. */
export interface StateLicensePhrases {
  /** A credential held, named as its state issues it: "LSW license", "ASW registration". */
  'state.held-credential': { title: string; kind: TitleKind };
  /** "Get your LCSW license in Texas", "Register as an ASW in California". */
  'state.title': { title: string; where: string | null; kind: TitleKind };
  'state.calls-it': { state: string; title: string; name: string; national: string };
  'state.registration': Record<string, never>;
  'state.voluntary': { state: string };
  'state.exam-unknown': { state: string; board: string | null };
  'state.no-exam': { state: string };
  'state.exam': { exams: ExamList };
  'state.board': { name: string; url: string | null };
  /** What the sources do not give for the state's title, and whom to ask (its `gap` and note). */
  'state.gap': { licensure: StateLicensure };
  /** What the state asks for the supervised practice (its record's figures, as they come). */
  'state.supervision-asks': { state: string; licensure: StateLicensure };
  /** `nationalMinimum`: the state's own figure is not in the sources, the national one is planned. */
  /** `fromHours`: the supervised hours whose full-time months these are, when no longer minimum sets them. */
  'state.supervision-allows': { months: number; nationalMinimum: boolean; fromHours: number | null };
  'state.supervision-left': {
    credited: number;
    left: number;
    months: number;
    nationalMinimum: boolean;
    fromHours: number | null;
  };
  'state.supervision-national': { abbreviation: string; hours: number | null; months: number };
  /** `inactive`: the license held elsewhere is inactive, so the board is asked how, not told endorsement. */
  'state.endorse-title': { title: string; state: string; compact: boolean; inactive: boolean };
  'state.endorse-compact': { held: string; target: string };
  /** An RN license from another state: outside the compact (`outside`: the states not in it), or not known. */
  'state.nurse-reach': {
    reach: 'endorsement-needed' | 'unknown';
    held: string;
    target: string;
    outside: string[];
    asOf: Month | null;
  };
  'state.endorse-needed': { abbreviation: string; held: string; target: string };
  'state.endorse-still-counts': { held: string };
  /** Exams the target state names for its title that the profile does not show passed. */
  /** `required`: the state's rule for endorsement asks for the exams (else the sources do not say). */
  'state.endorse-exams': { title: string; state: string; exams: string[]; required: boolean; months: number };
  /** The license held in another state is inactive: it carries nowhere, and which board acts first is asked. */
  'state.endorse-inactive': { abbreviation: string; held: string; target: string };
  'state.endorse-board': { months: number };
  /** A state not in the data: the license steps use national defaults. */
  'state.fallback': { code: string };
}
