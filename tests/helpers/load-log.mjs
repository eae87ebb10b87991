// Preloaded with `node --import` by the start-up and language tests: records what the process
// loads into the file named by CASEMGR_LOAD_LOG, one line each: the URL of every ES module (from a
// loader hook, which runs off the main thread), then at exit the URL of every CommonJS file in
// load order (the CLI's bundle is CommonJS) and `builtin:NAME` for every Node built-in it loaded.
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { pathToFileURL } from 'node:url';

const hooks = `
import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (process.env.CASEMGR_LOAD_LOG) appendFileSync(process.env.CASEMGR_LOAD_LOG, url + '\\n');
  return next(url, context);
}
`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);

const commonJs = createRequire(import.meta.url).cache;
process.on('exit', () => {
  const log = process.env.CASEMGR_LOAD_LOG;
  if (!log) return;
  const files = Object.keys(commonJs).map((file) => pathToFileURL(file).href);
  const builtins = process.moduleLoadList
    .filter((entry) => entry.startsWith('NativeModule '))
    .map((entry) => `builtin:${entry.slice('NativeModule '.length)}`);
  appendFileSync(log, [...files, ...builtins].map((line) => `${line}\n`).join(''));
});
