import type { Script } from './fakes.js';

/**
 * The four people of the 0.2 wizard review, answering as they would (as of Nov 2026): a working
 * nurse with two jobs, a new BSW graduate, a career changer, and an LPN. The e2e runs in a real
 * terminal type the same answers.
 */

export const OHIO_NURSE: Script = {
  'education.highest': 'associate:nursing',
  'education.0.finished': '2016-05',
  'education.1.next': 'done',
  'licenses.held': ['rn'],
  'licenses.state': 'OH',
  'experience.roles': ['utilization-review', 'registered-nurse'],
  'experience.utilization-review.dates': '2024-09 to now',
  // At a health plan, where no rule in the data counts utilization review: no hours or supervisor.
  'experience.utilization-review.setting': 'payer',
  'experience.registered-nurse.dates': '2016-06 to 2024-08',
  'experience.registered-nurse.hours': '36',
  'goals.goal': 'area:healthcare',
};

export const TEXAS_BSW: Script = {
  'education.highest': 'bachelor:social-work',
  'education.0.accreditation': 'cswe',
  'education.0.finished': '2026-05',
  'education.1.next': 'done',
  'licenses.held': [],
  'licenses.state': 'TX',
  'experience.roles': [],
  'goals.goal': 'area:child-welfare',
};

export const FLORIDA_CAREER_CHANGER: Script = {
  'education.highest': 'some-college',
  'education.0.credits': '30',
  'education.1.next': 'done',
  'licenses.state': 'FL',
  'experience.roles': [],
  'goals.goal': 'area:homelessness-housing',
};

export const GEORGIA_LPN: Script = {
  'education.highest': 'certificate:nursing',
  'education.0.finished': '2021-05',
  'education.1.next': 'done',
  'licenses.held': ['lpn'],
  'licenses.state': 'GA',
  'experience.roles': ['care-coordinator', 'licensed-practical-nurse'],
  'experience.care-coordinator.dates': '2024-11 to now',
  'experience.care-coordinator.setting': 'long-term-care',
  'experience.care-coordinator.hours': '40',
  'experience.care-coordinator.supervised': 'licensed',
  'experience.licensed-practical-nurse.dates': '2021-07 to 2024-10',
  'goals.goal': 'area:healthcare',
};
