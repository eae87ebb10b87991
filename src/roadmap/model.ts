import type { Phrase } from './phrases/index.js';
import type {
  Alternative,
  Answer,
  PayPoint,
  Roadmap,
  RoadmapGoal,
  RoadmapStep,
  StandingItem,
} from './types.js';

/**
 * What the planner returns: the `Roadmap` contract with phrases where the contract has prose.
 * `wordRoadmap` (src/messages/roadmap.ts) says it in a language. A `why` is a list of sentences,
 * said one after another.
 */
export interface RoadmapModel
  extends Omit<Roadmap, 'goal' | 'steps' | 'alternatives' | 'caveats' | 'standing' | 'pay' | 'answers'> {
  goal: Omit<RoadmapGoal, 'why'> & { why: Phrase[] };
  steps: StepModel[];
  alternatives: AlternativeModel[];
  caveats: Phrase[];
  standing: StandingModel[];
  pay: PayPointModel[];
  answers: AnswerModel[];
}

/** What a step says about pay where it shows no figure (the answers name such steps). */
export type PayNote = 'unknown' | 'no-raise';

export interface StepModel extends Omit<RoadmapStep, 'title' | 'why'> {
  title: Phrase;
  why: Phrase[];
  /** Set when the step's reason says why it shows no pay figure. */
  payNote?: PayNote;
}

export interface AlternativeModel extends Omit<Alternative, 'title' | 'steps'> {
  title: Phrase;
  steps: Phrase[];
  /** The license a shortcut goes through (an RN for the CCM), for the answers; not in the JSON. */
  license?: string;
}

export interface StandingModel extends Omit<StandingItem, 'text'> {
  text: Phrase;
}

export interface PayPointModel extends Omit<PayPoint, 'label'> {
  label: Phrase;
  /** The credential the label names (the band assumes it once the plan earns it), for the answers. */
  labelCredential: string | null;
  /** The job the step gets, where it is one (a social and human service assistant), for the answers. */
  labelJob: string | null;
}

export interface AnswerModel extends Omit<Answer, 'question' | 'answer'> {
  question: Phrase;
  /** Sentences, said one after another. */
  answer: Phrase[];
}
