import {
  EDUCATION_FIELDS,
  EDUCATION_LEVELS,
  LICENSE_STATUSES,
  PROGRAM_ACCREDITATIONS,
  ROLES,
  SETTINGS,
  SUPERVISOR_KINDS,
} from '../core/vocabulary.js';

/**
 * The values of a closed vocabulary as bits, so the values a condition accepts are one mask and
 * a test is one AND instead of a scan of strings. Each vocabulary has at most 31 values; the top
 * bit stands for any value outside it, which only "no condition" accepts.
 */
export class Bits {
  private readonly bits = new Map<string, number>();

  constructor(values: readonly string[]) {
    if (values.length > 31) throw new RangeError('a vocabulary of bits holds at most 31 values');
    for (const [i, value] of values.entries()) this.bits.set(value, 1 << i);
  }

  of(value: string): number {
    return this.bits.get(value) ?? OUTSIDE;
  }

  /** The values a condition lists; every bit when it lists none (no condition on this field). */
  mask(values: readonly string[] | undefined): number {
    if (values === undefined) return ANY;
    let mask = 0;
    for (const value of values) mask |= this.bits.get(value) ?? 0;
    return mask;
  }
}

const OUTSIDE = 1 << 31;
export const ANY = -1;

export const LEVEL_BITS = new Bits(EDUCATION_LEVELS);
export const FIELD_BITS = new Bits(EDUCATION_FIELDS);
export const ACCREDITATION_BITS = new Bits(PROGRAM_ACCREDITATIONS);
export const STATUS_BITS = new Bits(LICENSE_STATUSES);
export const ROLE_BITS = new Bits(ROLES);
export const SETTING_BITS = new Bits(SETTINGS);
export const SUPERVISOR_BITS = new Bits(SUPERVISOR_KINDS);
