// Every fact row (docs/science/ketamine-facts.md is generated from data/facts.json), FROM MEMORY
// rows included so tests can prove they never reach the screen. Use shownFact(id) for anything
// displayed: it throws for those. The rows were checked against ./schema.ts when the app was
// built (src/app/vite-checked-data-plugin.ts).
import factsFromBuild from 'virtual:checked/facts';
import type { Fact } from './types';

const LIST: readonly Fact[] = factsFromBuild;

/** All rows in sheet order (the map below is keyed by id). */
export const FACT_LIST: readonly Fact[] = LIST;

export const FACTS: ReadonlyMap<string, Fact> = new Map(LIST.map((f) => [f.id, f]));

/** The fact with this id, whatever its status; undefined if unknown. */
export function getFact(id: string): Fact | undefined {
  return FACTS.get(id);
}

export function isFromMemory(id: string): boolean {
  return FACTS.get(id)?.status === 'from-memory';
}

/** A fact that may be displayed. Throws for unknown ids and for FROM MEMORY rows. */
export function shownFact(id: string): Fact {
  const fact = FACTS.get(id);
  if (!fact) throw new Error(`unknown fact id "${id}"`);
  if (fact.status === 'from-memory') {
    throw new Error(`fact "${id}" is FROM MEMORY on the fact sheet and must not be shown`);
  }
  return fact;
}

/** Ids of the FROM MEMORY rows (never shown). */
export const FROM_MEMORY_IDS: readonly string[] = LIST.filter(
  (f) => f.status === 'from-memory',
).map((f) => f.id);
