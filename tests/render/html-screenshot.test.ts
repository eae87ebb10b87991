/**
 * Renders each roadmap fixture to HTML and has headless Chromium (Debian's package; install it
 * with scripts/ensure-chromium.sh) screenshot it and print it to PDF: the page must load offline
 * and come out as a real picture and a real PDF. Set KEEP_SCREENSHOTS=DIR to keep the files.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html.js';
import { loadRoadmap, ROADMAP_FIXTURES } from '../fixtures/load.js';

const run = promisify(execFile);
const CHROMIUM = process.env.CHROMIUM_BIN ?? 'chromium';
const WIDTH = 1000;
const HEIGHT = 1400;
const work = mkdtempSync(join(tmpdir(), 'casemgr-render-'));
const keep = process.env.KEEP_SCREENSHOTS;

afterAll(() => rmSync(work, { recursive: true, force: true }));

async function chromium(args: string[]): Promise<void> {
  const profile = mkdtempSync(join(work, 'profile-'));
  try {
    await run(
      CHROMIUM,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--user-data-dir=${profile}`,
        ...args,
      ],
      { timeout: 60_000 },
    );
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new Error(`${CHROMIUM} not found: run scripts/ensure-chromium.sh (as root) first`);
    throw error;
  }
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(
    true,
  );
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function writePage(name: string): string {
  const file = join(work, `${name}.html`);
  writeFileSync(file, renderHtml(loadRoadmap(name)));
  return file;
}

describe('HTML in headless Chromium', () => {
  for (const name of ROADMAP_FIXTURES) {
    it(`screenshots ${name}`, { timeout: 90_000 }, async () => {
      const page = writePage(name);
      const png = join(work, `${name}.png`);
      await chromium([`--screenshot=${png}`, `--window-size=${WIDTH},${HEIGHT}`, pathToFileURL(page).href]);
      expect(pngSize(png)).toEqual({ width: WIDTH, height: HEIGHT });
      // A blank or broken page compresses to a few kilobytes; a laid-out report is far larger.
      expect(statSync(png).size).toBeGreaterThan(40_000);
      if (keep) {
        mkdirSync(keep, { recursive: true });
        copyFileSync(png, join(keep, `${name}.png`));
      }
    });
  }

  it('prints maria-lopez to PDF', { timeout: 90_000 }, async () => {
    const page = writePage('maria-lopez');
    const pdf = join(work, 'maria-lopez.pdf');
    await chromium([`--print-to-pdf=${pdf}`, '--no-pdf-header-footer', pathToFileURL(page).href]);
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = bytes.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
    // The plan starts a new page, so a report is never a single page; and it is not a runaway.
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(8);
    if (keep) copyFileSync(pdf, join(keep, 'maria-lopez.pdf'));
  });
});
