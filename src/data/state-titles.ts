import type { Diagnostic, PathSegment } from '../core/diagnostic.js';
import type { ParsedLayer } from './parse-data.js';
import { recordDiagnostic } from './positioned.js';

type Rec = Record<string, unknown>;

function isRec(value: unknown): value is Rec {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Every title a state record holds, with where it sits and the discipline it belongs to. */
function titlesOf(state: Rec): { at: PathSegment[]; title: Rec; discipline: string; associate: boolean }[] {
  const out: { at: PathSegment[]; title: Rec; discipline: string; associate: boolean }[] = [];
  const add = (at: PathSegment[], value: unknown, discipline: string) => {
    if (!isRec(value) || value.available === false) return;
    out.push({ at, title: value, discipline, associate: false });
    if (isRec(value.associate) && !('level' in value.associate)) {
      out.push({ at: [...at, 'associate'], title: value.associate, discipline, associate: true });
    }
  };
  const socialWork = isRec(state.social_work) ? state.social_work : {};
  for (const level of ['bachelor', 'master', 'clinical']) {
    add(['social_work', level], socialWork[level], 'social-work');
  }
  add(['counseling'], state.counseling, 'counseling');
  return out;
}

/**
 * A state title and the licenses.yaml record it names must agree: the same kind (a registration
 * is never a national license id), the same independent practice, the same state for a state's
 * own title; an associate credential is an associate-tier record of the same discipline; an
 * associate given as `level:` names a level the state has.
 */
export function stateTitleFacts(layer: ParsedLayer): Diagnostic[] {
  const licenses = new Map((layer.lists.get('licenses') ?? []).map((l) => [String(l.id), l]));
  const out: Diagnostic[] = [];
  const report = (state: Rec, at: PathSegment[], message: string) => {
    const diagnostic = recordDiagnostic(layer, state, at, {
      severity: 'error',
      code: 'state-title-mismatch',
      message,
    });
    if (diagnostic) out.push(diagnostic);
  };
  for (const state of layer.lists.get('states') ?? []) {
    const code = String(state.code);
    for (const { at, title, discipline, associate } of titlesOf(state)) {
      const id = title.license;
      const license = typeof id === 'string' ? licenses.get(id) : undefined;
      if (license) {
        const kind = license.kind ?? 'license';
        if (title.kind !== undefined && title.kind !== kind) {
          report(
            state,
            [...at, 'license'],
            `"${id}" is a ${String(kind)} in licenses.yaml but this title is a ${String(title.kind)}${
              kind === 'license' && title.kind !== 'license'
                ? `: give the ${code} title an id of its own`
                : ''
            }`,
          );
        }
        if (
          title.independent_practice !== undefined &&
          title.independent_practice !== license.independent_practice
        ) {
          report(
            state,
            [...at, 'independent_practice'],
            `"${id}" has independent_practice: ${String(license.independent_practice)} in licenses.yaml`,
          );
        }
        if (license.state !== undefined && license.state !== code) {
          report(
            state,
            [...at, 'license'],
            `"${id}" is a ${String(license.state)} title, not one of ${code}`,
          );
        }
        if (associate && (license.tier !== 'associate' || license.discipline !== discipline)) {
          report(
            state,
            [...at, 'license'],
            `"${id}" is ${String(license.discipline)} at the ${String(license.tier)} tier; an associate credential here is ${discipline} at the associate tier`,
          );
        }
      }
    }
    // "exam: unknown" makes the plan say whom to ask: that needs a board with an address.
    for (const { at, title, discipline } of titlesOf(state)) {
      if (title.exam !== 'unknown') continue;
      const board =
        discipline === 'counseling' ? (state.counseling as Rec).board : (state.social_work as Rec).board;
      if (isRec(board) && typeof board.url === 'string') continue;
      const diagnostic = recordDiagnostic(layer, state, [...at, 'exam'], {
        severity: 'warning',
        code: 'unknown-exam-no-board',
        message: `the exam is unknown and the ${code} ${discipline === 'counseling' ? 'counselor' : 'social work'} board has no address in the data: the plan cannot say whom to ask`,
      });
      if (diagnostic) out.push(diagnostic);
    }
    const socialWork = isRec(state.social_work) ? state.social_work : {};
    const places: [PathSegment[], unknown][] = [
      [['social_work', 'clinical'], socialWork.clinical],
      [['social_work', 'master'], socialWork.master],
      [['counseling'], state.counseling],
    ];
    for (const [at, value] of places) {
      if (!isRec(value) || !isRec(value.associate) || !('level' in value.associate)) continue;
      const level = String(value.associate.level);
      const target = socialWork[level];
      if (!isRec(target) || target.available !== true) {
        report(
          state,
          [...at, 'associate', 'level'],
          `${code} has no ${level}-level title to earn the hours under`,
        );
      }
    }
  }
  return out;
}
