import type { Month } from '../../core/month.js';

/** The months applications for an exam window are taken. */
export interface ApplyMonths {
  from: Month;
  to: Month;
}

/** What a dated step adds to its reason (steps-out.ts): its exam window, study start, renewal month. */
export interface StepsOutPhrases {
  'steps.window': { exam: Month; apply: ApplyMonths | null };
  /** Dates not yet published: the usual window `name` is assumed. */
  'steps.window-assumed': { exam: Month; name: string; apply: ApplyMonths | null };
  'steps.study-now': Record<string, never>;
  'steps.study-from': { month: Month };
  'steps.renew-by': { month: Month };
}
