import type { Command } from 'commander';
import type { GlobalOptions, Io } from '../context.js';
import { registerReport } from './report.js';

/** A command module adds one subcommand to the program and returns it. */
export type RegisterCommand = (program: Command, io: Io, globals: () => GlobalOptions) => Command;

/** Every subcommand, in the order `--help` lists them. */
export const COMMANDS: RegisterCommand[] = [registerReport];
