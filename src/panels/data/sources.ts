// Citations for the figures, from the bibliography in src/content. Pure.
import { formatCitation, getSource } from '../../content/bibliography';
import { shownFact } from '../../content/facts';
import type { Source } from '../../content/types';

/** The sources with these ids, in order, without repeats. Throws on an unknown id. */
export function sourcesFor(ids: readonly string[]): Source[] {
  const out: Source[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    const source = getSource(id);
    if (!source) throw new Error(`panels: unknown source id "${id}"`);
    out.push(source);
  }
  return out;
}

/**
 * Sources behind a figure's facts (each fact's source and extra sources), then `extra`.
 * shownFact throws for a FROM MEMORY fact, so such a figure fails instead of showing it.
 */
export function sourcesForFacts(
  factIds: readonly string[],
  extra: readonly string[] = [],
): Source[] {
  const ids: string[] = [];
  for (const id of factIds) {
    const fact = shownFact(id);
    ids.push(fact.sourceId, ...(fact.extraSourceIds ?? []));
  }
  return sourcesFor([...ids, ...extra]);
}

/** "Kishimoto T, et al. 2016. Psychol Med. doi:10.1017/S0033291716000064" */
export function shortCitation(source: Source): string {
  const first = source.authors[0];
  const who = first ? (source.authors.length > 1 || source.etAl ? `${first}, et al.` : first) : '';
  const parts: string[] = [];
  if (who && source.year !== null) parts.push(`${who} ${source.year}`);
  else if (who) parts.push(who);
  else if (source.year !== null) parts.push(String(source.year));
  if (source.journal) parts.push(source.journal);
  else if (source.title && !source.journal) parts.push(source.title);
  if (source.doi) parts.push(`doi:${source.doi}`);
  else if (source.pmid) parts.push(`PMID ${source.pmid}`);
  else if (source.pmcid) parts.push(source.pmcid);
  else if (source.url) parts.push(source.url);
  return joinSentences(parts);
}

/** Joins parts with ". ", without doubling a full stop ("et al." + ". "). */
export function joinSentences(parts: readonly string[]): string {
  let out = '';
  for (const part of parts) {
    if (!out) out = part;
    else out += out.endsWith('.') ? ` ${part}` : `. ${part}`;
  }
  return out;
}

/** The full one-line reference (bibliography format). */
export function fullCitation(source: Source): string {
  return formatCitation(source);
}
