import { Option } from 'commander';
import { chooseLang, localeLang } from '../../core/lang.js';
import type { RoadmapViewMessages } from '../../messages/roadmap-view-messages.js';
import type { Roadmap } from '../../roadmap/types.js';
import { resolveAsOf } from '../as-of.js';
import { type GlobalOptions, type Io, wantsColor, wantsUnicode } from '../context.js';
import { CliError, EXIT } from '../errors.js';
import type { RegisterCommand } from './index.js';

type Format = 'text' | 'md' | 'json' | 'html';

interface RoadmapOptions {
  profile: string;
  format: Format;
  out?: string;
  asOf?: string;
}

/** `casemgr-path roadmap`: the dated plan from a profile, in one of four views of the same model. */
export const register: RegisterCommand = (program, io, globals) =>
  program
    .command('roadmap')
    .description('your dated, step-by-step plan toward a case-management certification')
    .requiredOption('--profile <file>', 'your profile (YAML or JSON), or - to read it from standard input')
    .addOption(
      new Option('--format <format>', 'output format (default: from the --out file name, else text)').choices(
        ['text', 'md', 'json', 'html'],
      ),
    )
    .option('--out <file>', 'write the roadmap to this file instead of standard output')
    .option('--as-of <month>', 'plan from this month, YYYY-MM (default: this month)')
    .action(async (options: RoadmapOptions) => {
      options.format ??= formatFromFileName(options.out) ?? 'text';
      const asOf = resolveAsOf(options.asOf);
      const { loadCliData, readProfile, planInLanguage, roadmapWords } = await import('../plan-work.js');
      const data = await loadCliData(globals(), io);
      const profile = await readProfile(options.profile, io, data, globals().lang ?? localeLang(io.env));
      // The person's language: the data's text, the eligibility words, the plan and the view.
      const lang = chooseLang(globals().lang, profile.lang, io.env);
      const [words, spoken] = await Promise.all([
        roadmapWords(lang),
        lang === 'en' ? data : loadCliData(globals(), io, lang),
      ]);
      const roadmap = planInLanguage(profile, spoken, asOf, words);
      const toFile = options.out !== undefined;
      const output = await render(roadmap, options, io, globals(), toFile, words.view);
      if (options.out === undefined) {
        io.stdout.write(output);
        return;
      }
      const { writeFileAtomic, describeFsError, outputTarget } = await import('../fs.js');
      // Never a device, FIFO or folder, never the profile itself; through a link, its target.
      const target = await outputTarget(options.out, options.profile === '-' ? [] : [options.profile]);
      try {
        await writeFileAtomic(target, output);
      } catch (error) {
        throw new CliError(
          describeFsError(error, options.out, 'output file').replace(/^cannot read/, 'cannot write'),
          EXIT.usage,
        );
      }
    });

async function render(
  roadmap: Roadmap,
  options: RoadmapOptions,
  io: Io,
  globals: GlobalOptions,
  toFile: boolean,
  view: RoadmapViewMessages,
): Promise<string> {
  switch (options.format) {
    case 'json':
      return (await import('../../render/json.js')).renderJson(roadmap);
    case 'md':
      return (await import('../../render/markdown.js')).renderMarkdown(roadmap, { view });
    case 'html':
      return (await import('../../render/html.js')).renderHtml(roadmap, { view });
    default: {
      const { renderText } = await import('../plan-work.js');
      return renderText(roadmap, {
        view,
        width: toFile ? 80 : Math.max(40, Math.min(io.stdout.columns ?? 80, 100)),
        color: !toFile && wantsColor(io.stdout, io.env, globals.color),
        unicode: wantsUnicode(io.env),
        profilePath: options.profile,
      });
    }
  }
}

/** `--out plan.html` without `--format` means HTML: a file should hold what its name says. */
export function formatFromFileName(file: string | undefined): Format | undefined {
  const extension = file?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  switch (extension) {
    case 'md':
    case 'markdown':
      return 'md';
    case 'json':
      return 'json';
    case 'html':
    case 'htm':
      return 'html';
    case 'txt':
      return 'text';
    default:
      return undefined;
  }
}
