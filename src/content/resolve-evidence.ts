// Resolves a story evidence id to its fact and source, or says why it cannot be shown.
import { getSource } from './bibliography';
import { getFact } from './facts';
import type { Fact, Source } from './types';

export type EvidenceResolution =
  | { ok: true; fact: Fact; source: Source; extraSources: Source[] }
  | { ok: false; id: string; reason: 'unknown' | 'from-memory' | 'missing-source' };

/** Where facts and sources are looked up (the fact sheet and bibliography, or a test's own). */
export interface EvidenceLookup {
  getFact(id: string): Fact | undefined;
  getSource(id: string): Source | undefined;
}

export function resolveEvidence(
  id: string,
  lookup: EvidenceLookup = { getFact, getSource },
): EvidenceResolution {
  const fact = lookup.getFact(id);
  if (!fact) return { ok: false, id, reason: 'unknown' };
  if (fact.status === 'from-memory') return { ok: false, id, reason: 'from-memory' };
  const source = lookup.getSource(fact.sourceId);
  if (!source) return { ok: false, id, reason: 'missing-source' };
  const extraSources = (fact.extraSourceIds ?? [])
    .map((sid) => lookup.getSource(sid))
    .filter((s): s is Source => s !== undefined);
  return { ok: true, fact, source, extraSources };
}
