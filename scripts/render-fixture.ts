/**
 * Prints a fixture through a renderer, to look at output in a real terminal:
 *   npx unrun scripts/render-fixture.ts maria-lopez [--width 80] [--ascii] [--color] [--eligibility] [--html]
 */

import { renderHtml } from '../src/render/html.js';
import { renderEligibilityText, renderText } from '../src/render/text/index.js';
import { loadEligibility, loadRoadmap } from '../tests/fixtures/load.js';

const args = process.argv.slice(2);
const name = args.find((arg) => !arg.startsWith('--')) ?? 'maria-lopez';
const widthAt = args.indexOf('--width');
const width = widthAt >= 0 ? Number(args[widthAt + 1]) : (process.stdout.columns ?? 80);
const color = args.includes('--color');
const options = { width, color, unicode: !args.includes('--ascii'), profilePath: `${name}.yaml` };
if (args.includes('--html')) process.stdout.write(renderHtml(loadRoadmap(name)));
else if (args.includes('--eligibility'))
  process.stdout.write(renderEligibilityText(loadEligibility(name), options));
else process.stdout.write(renderText(loadRoadmap(name), options));
