// Times a --before build for bench/engine.mjs in a thread of its own, so the two builds never
// share a heap: one build's garbage (or caches) cannot slow the other's garbage collection.
// The main thread asks for one round at a time, between its own contenders.
import { parentPort, workerData } from 'node:worker_threads';
import { digests, engineContenders, loadBuild, sunk, validated } from './engine-build.mjs';
import { generateProfiles } from './profiles.mjs';

const build = await loadBuild(workerData.dir, '--before');
const generated = generateProfiles(workerData.count);
let profiles = generated.map((profile) => validated(build, profile));
const contenders = engineContenders(build, () => profiles);

parentPort.on('message', (message) => {
  if (message.type === 'digests') parentPort.postMessage({ digests: digests(build, profiles) });
  if (message.type === 'round') {
    if (message.fresh) profiles = generated.map((profile) => validated(build, profile));
    const rates = {};
    for (const [name, run] of Object.entries(contenders)) rates[name] = run();
    parentPort.postMessage({ rates, sink: sunk() });
  }
});
parentPort.postMessage({ names: Object.keys(contenders) });
