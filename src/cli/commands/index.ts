import type { Command } from 'commander';
import type { GlobalOptions, Io } from '../context.js';
import { registerInit } from './init.js';
import { registerWizard } from './wizard.js';

/** A command module adds one subcommand to the program and returns it. */
export type RegisterCommand = (program: Command, io: Io, globals: () => GlobalOptions) => Command;

/**
 * Every subcommand, in the order `--help` lists them. `wizard` is the program's own action (no
 * subcommand); it stays last because it lets extra words through to name an unknown command.
 */
export const COMMANDS: RegisterCommand[] = [registerInit, registerWizard];
