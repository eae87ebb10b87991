// The English helpers moved to the message layer; the areas of the planner still importing them
// from here are the ones that have not moved their sentences into phrases yet.
export * from '../messages/en/roadmap/words.js';
