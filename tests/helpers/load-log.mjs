// Preloaded with `node --import` by tests/lang/lazy.test.ts: records every module URL the
// process loads into the file named by CASEMGR_LOAD_LOG (the hooks run off the main thread).
import { register } from 'node:module';

const hooks = `
import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (process.env.CASEMGR_LOAD_LOG) appendFileSync(process.env.CASEMGR_LOAD_LOG, url + '\\n');
  return next(url, context);
}
`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
