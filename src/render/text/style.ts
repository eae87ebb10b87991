import { Chalk } from 'chalk';
import type { StepStatus } from '../../core/vocabulary.js';
import type { VerdictStatus } from '../../engine/types.js';
import { enRoadmapView } from '../../messages/en/roadmap-view.js';
import type { RoadmapViewMessages } from '../../messages/roadmap-view-messages.js';
import { stripControl } from '../sanitize.js';

/** Its own instance at a fixed level: used only when color is asked for, so no global level is set. */
const chalk = new Chalk({ level: 1 });

/**
 * The text renderer's look: colors (only when asked, and only through the shared chalk instance
 * whose level the CLI sets from --no-color, NO_COLOR and the terminal) and glyphs (Unicode, or
 * ASCII for terminals that are not UTF-8).
 */
export interface TextOptions {
  /** Columns to fit; default 80. Below 60 the timeline chart gives way to a plain list. */
  width?: number;
  /** ANSI color; default false. The CLI passes what wantsColor() decided. */
  color?: boolean;
  /** Unicode glyphs (█ ▶ ✔); default true. False gives ASCII (# > [x]). */
  unicode?: boolean;
  /** The profile argument to repeat in hints ("casemgr-path eligibility --profile maria.yaml"). */
  profilePath?: string;
  /** The roadmap view's own words; default English. */
  view?: RoadmapViewMessages;
}

export type Paint = (text: string) => string;

export interface Style {
  heading: Paint;
  strong: Paint;
  dim: Paint;
  good: Paint;
  warn: Paint;
  bad: Paint;
  accent: Paint;
  bar: Paint;
  barLight: Paint;
}

export interface Glyphs {
  ok: string;
  no: string;
  partial: string;
  status: Record<StepStatus, string>;
  full: string;
  light: string;
  dot: string;
  arrow: string;
  to: string;
  dash: string;
  sep: string;
  bullet: string;
  ellipsis: string;
}

export interface Look {
  width: number;
  /** Cleans text from the model: control characters out, and ASCII punctuation when asked. */
  clean: (text: string) => string;
  style: Style;
  glyphs: Glyphs;
  profilePath: string;
  /** The view's own words. */
  say: RoadmapViewMessages;
}

const plain: Paint = (text) => text;

const PLAIN_STYLE: Style = {
  heading: plain,
  strong: plain,
  dim: plain,
  good: plain,
  warn: plain,
  bad: plain,
  accent: plain,
  bar: plain,
  barLight: plain,
};

function colorStyle(): Style {
  return {
    heading: (t) => chalk.bold(t),
    strong: (t) => chalk.bold(t),
    dim: (t) => chalk.dim(t),
    good: (t) => chalk.green(t),
    warn: (t) => chalk.yellow(t),
    bad: (t) => chalk.red(t),
    accent: (t) => chalk.cyan(t),
    bar: (t) => chalk.cyan(t),
    barLight: (t) => chalk.dim(t),
  };
}

export const UNICODE_GLYPHS: Glyphs = {
  ok: '✔',
  no: '✘',
  partial: '~',
  status: { done: '✔', 'in-progress': '▶', next: '▶', pending: '·', 'n-a': '–' },
  full: '█',
  light: '░',
  dot: '·',
  arrow: '▶',
  to: '→',
  dash: '–',
  sep: '·',
  bullet: '•',
  ellipsis: '…',
};

export const ASCII_GLYPHS: Glyphs = {
  ok: '[x]',
  no: '[ ]',
  partial: '[~]',
  status: { done: '[x]', 'in-progress': '[>]', next: '[>]', pending: '[ ]', 'n-a': '[-]' },
  full: '#',
  light: '-',
  dot: '.',
  arrow: '>',
  to: '->',
  dash: '-',
  sep: '|',
  bullet: '*',
  ellipsis: '...',
};

/** The smallest width we lay out for; narrower requests are drawn at this width. */
export const MIN_WIDTH = 24;

export function lookOf(options: TextOptions = {}): Look {
  const width = Math.max(MIN_WIDTH, Math.floor(options.width ?? 80));
  const ascii = options.unicode === false;
  return {
    width,
    clean: ascii ? (text) => asciiPunctuation(stripControl(text)) : stripControl,
    style: options.color ? colorStyle() : PLAIN_STYLE,
    glyphs: ascii ? ASCII_GLYPHS : UNICODE_GLYPHS,
    profilePath: options.profilePath ?? 'FILE',
    say: options.view ?? enRoadmapView,
  };
}

/** How a verdict status looks: the words people read, and the color that goes with them. */
export function statusPaint(style: Style, status: VerdictStatus): Paint {
  switch (status) {
    case 'eligible':
      return style.good;
    case 'not-yet':
      return style.warn;
    case 'not-eligible':
      return style.bad;
    default:
      return style.dim;
  }
}

export function stepStatusPaint(style: Style, status: StepStatus): Paint {
  switch (status) {
    case 'done':
      return style.good;
    case 'in-progress':
    case 'next':
      return style.accent;
    default:
      return style.dim;
  }
}

/**
 * For terminals that are not UTF-8: the typographic punctuation that data text may carry, as
 * ASCII. Letters (é, ñ) are left alone: a name is spelled as its owner spells it.
 */
export function asciiPunctuation(text: string): string {
  return text
    .replace(/[\u2014\u2015]/g, '--')
    .replace(/[\u2010-\u2013\u2212]/g, '-')
    .replace(/[\u2018\u2019\u201a\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/\u2026/g, '...')
    .replace(/\u2192/g, '->')
    .replace(/\u00f7/g, '/')
    .replace(/[\u00b7\u2022]/g, '*')
    .replace(/[\u00a0\u2002-\u200a\u202f]/g, ' ');
}
