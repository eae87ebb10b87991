import { join } from 'node:path';
import { usageError } from '../errors.js';
import type { RegisterCommand } from './index.js';

export const register: RegisterCommand = (program, io) =>
  program
    .command('schema')
    .description('write JSON Schemas (draft-07) for the data files and the profile, for editors')
    .option('--out <dir>', 'folder to write them to', 'schema')
    .addHelpText(
      'after',
      '\nPoint a YAML file at one with a first line such as\n  # yaml-language-server: $schema=../schema/certifications.schema.json',
    )
    .action(async (options: { out: string }) => {
      const [{ jsonSchemaFiles }, { writeFileAtomic }] = await Promise.all([
        import('../json-schemas.js'),
        import('../fs.js'),
      ]);
      for (const file of jsonSchemaFiles()) {
        const path = join(options.out, file.name);
        try {
          await writeFileAtomic(path, file.text);
        } catch (error) {
          const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
          throw usageError(`cannot write ${path} (${reason}); check --out`);
        }
        io.stdout.write(`${path}\n`);
      }
    });
