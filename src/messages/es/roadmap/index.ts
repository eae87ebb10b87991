import type { RoadmapLanguage, RoadmapMessages } from '../../roadmap-messages.js';
import { esFormat } from '../format.js';
import { alternatives } from './alternatives.js';
import { answers } from './answers.js';
import { askDuties } from './ask-duties.js';
import { credential } from './credential.js';
import { derive } from './derive.js';
import { done } from './done.js';
import { earlyExam } from './early-state-exam.js';
import { education } from './education.js';
import { experience } from './experience.js';
import { given } from './given.js';
import { goal } from './goal.js';
import { jobEarly } from './job-before-degree.js';
import { jobs } from './jobs.js';
import { keepLicense } from './keep-license.js';
import { ladder } from './ladder.js';
import { license } from './license.js';
import { network } from './network.js';
import { pay } from './pay.js';
import { plan } from './plan.js';
import { reactivate } from './reactivate.js';
import { requirement } from './requirement.js';
import { standing } from './standing.js';
import { stateLicense } from './state-license.js';
import { stepsOut } from './steps-out.js';

/**
 * The roadmap in neutral Latin-American Spanish: every phrase code of the planner, area by area.
 * Typed as the English is, so a missing or extra code is a type error.
 */
export const esRoadmap: RoadmapMessages = {
  ...given,
  ...answers,
  ...license,
  ...network,
  ...earlyExam,
  ...reactivate,
  ...done,
  ...stateLicense,
  ...credential,
  ...requirement,
  ...derive,
  ...education,
  ...experience,
  ...jobEarly,
  ...jobs,
  ...goal,
  ...alternatives,
  ...standing,
  ...ladder,
  ...pay,
  ...stepsOut,
  ...keepLicense,
  ...askDuties,
  ...plan,
};

/** Spanish messages with Spanish formats: pass as `planRoadmap`'s `language` for a Spanish roadmap. */
export const esRoadmapLanguage: RoadmapLanguage = { messages: esRoadmap, format: esFormat };
