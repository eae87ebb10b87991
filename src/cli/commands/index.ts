import type { Command } from 'commander';
import type { GlobalOptions, Io, RunState } from '../context.js';
import { registerEligibility as eligibility } from './eligibility.js';
import { register as explore } from './explore.js';
import { registerInit as init } from './init.js';
import { registerReport as report } from './report.js';
import { register as roadmap } from './roadmap.js';
import { register as schema } from './schema.js';
import { register as validate } from './validate.js';
import { registerWizard as wizard } from './wizard.js';

/** A command module adds one subcommand to the program and returns it; `run` takes its exit code. */
export type RegisterCommand = (
  program: Command,
  io: Io,
  globals: () => GlobalOptions,
  run: RunState,
) => Command;

/**
 * Every subcommand, in the order `--help` lists them. `wizard` is the program's own action (no
 * subcommand); it stays last because it lets extra words through to name an unknown command.
 */
export const COMMANDS: RegisterCommand[] = [
  roadmap,
  eligibility,
  report,
  explore,
  validate,
  schema,
  init,
  wizard,
];
