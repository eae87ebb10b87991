import type { Roadmap } from '../roadmap/types.js';
export function renderHtml(roadmap: Roadmap): string {
  return JSON.stringify(roadmap);
}
