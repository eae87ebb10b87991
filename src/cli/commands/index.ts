import type { Command } from 'commander';
import type { GlobalOptions, Io } from '../context.js';
import { registerEligibility as eligibility } from './eligibility.js';
import { register as explore } from './explore.js';
import { registerReport as report } from './report.js';
import { register as schema } from './schema.js';
import { register as validate } from './validate.js';

/** A command module adds one subcommand to the program and returns it. */
export type RegisterCommand = (program: Command, io: Io, globals: () => GlobalOptions) => Command;

/** Every subcommand, in the order `--help` lists them. */
export const COMMANDS: RegisterCommand[] = [eligibility, report, explore, validate, schema];
