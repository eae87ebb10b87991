// One build's evaluate/explain/verdicts contenders for bench/engine.mjs, shared by the main thread
// (this checkout) and the worker that times a --before build (bench/lib/engine-worker.mjs).
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AS_OF } from './profiles.mjs';

export const THREE = ['ccm', 'acm-rn', 'acm-sw'];

export async function loadBuild(dir, label) {
  const dist = join(dir, 'dist', 'index.js');
  if (!existsSync(dist)) {
    console.error(`${label}: ${dist} is missing: run \`npm run build\` there first`);
    process.exit(2);
  }
  const api = await import(pathToFileURL(dist).href);
  const { data } = await api.loadData();
  return { api, data };
}

// A generated national license id in a state that has its own title instead (0.2: California has
// no LMSW) is a profile error; such a profile is kept without its states.
export function validated({ api, data }, profile) {
  if (typeof api.validateProfile !== 'function') return profile;
  try {
    return api.validateProfile(profile, data);
  } catch {
    const { state: _state, ...rest } = profile;
    return api.validateProfile(
      { ...rest, licenses: (rest.licenses ?? []).map(({ state: _s, ...license }) => license) },
      data,
    );
  }
}

let sink = 0;
export const sunk = () => sink;

/** Runs `body` over the profiles `repeat` times; returns profiles per second. */
export function timedSync(body, list, repeat = 1) {
  const start = performance.now();
  for (let r = 0; r < repeat; r++) for (const p of list) sink ^= body(p) ? 1 : 0;
  return (list.length * repeat) / ((performance.now() - start) / 1000);
}

/** The contenders of one build over `list()` (the profiles of the round), by name. */
export function engineContenders({ api, data }, list) {
  const out = {
    ours: () => timedSync((p) => api.evaluate(p, data, { asOf: AS_OF, certifications: THREE }), list()),
    nine: () => timedSync((p) => api.evaluate(p, data, { asOf: AS_OF }), list()),
  };
  if (typeof api.explain === 'function') {
    out.explain3 = () =>
      timedSync((p) => api.explain(p, data, { asOf: AS_OF, certifications: THREE }).certifications, list());
    out.explain9 = () => timedSync((p) => api.explain(p, data, { asOf: AS_OF }).certifications, list());
  }
  if (typeof api.verdicts === 'function') {
    out.verdicts3 = () =>
      timedSync((p) => api.verdicts(p, data, { asOf: AS_OF, certifications: THREE }).certifications, list());
    out.verdicts9 = () => timedSync((p) => api.verdicts(p, data, { asOf: AS_OF }).certifications, list());
  }
  return out;
}

/** A digest of each profile's evaluate() JSON for the three certifications, to compare builds. */
export function digests({ api, data }, profiles) {
  return profiles.map((p) =>
    createHash('sha1')
      .update(JSON.stringify(api.evaluate(p, data, { asOf: AS_OF, certifications: THREE })))
      .digest('hex'),
  );
}
