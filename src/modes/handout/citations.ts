// The sources behind a stage's evidence ids, as one-line citations for the handout.
import { formatCitation, getFact, getSource } from '../../content';

export interface Citation {
  /** source id in src/content/bibliography.ts, or the evidence id when it has no source */
  id: string;
  text: string;
  /** evidence ids that led to this source */
  evidence: string[];
  /** false when the id named no known fact or source (content tests should catch that) */
  known: boolean;
}

/**
 * One citation per source, in the order the evidence ids name them. An evidence id may be a
 * fact id (its source and extra sources are cited) or a source id. FROM MEMORY facts are
 * never shown, so they cite nothing.
 */
export function citationsFor(evidenceIds: readonly string[]): Citation[] {
  const out: Citation[] = [];
  const add = (sourceId: string, evidenceId: string) => {
    const existing = out.find((c) => c.id === sourceId);
    if (existing) {
      if (!existing.evidence.includes(evidenceId)) existing.evidence.push(evidenceId);
      return;
    }
    const source = getSource(sourceId);
    out.push({
      id: sourceId,
      text: source ? formatCitation(source) : sourceId,
      evidence: [evidenceId],
      known: Boolean(source),
    });
  };
  for (const id of evidenceIds) {
    const fact = getFact(id);
    if (fact) {
      if (fact.status === 'from-memory') continue;
      for (const sourceId of [fact.sourceId, ...(fact.extraSourceIds ?? [])]) add(sourceId, id);
    } else if (getSource(id)) add(id, id);
    else out.push({ id, text: id, evidence: [id], known: false });
  }
  return out;
}
