// Every source the science content cites; the data is src/content/data/sources.json (checked
// against ./schema.ts when the app is built: src/app/vite-checked-data-plugin.ts). `notSeen` keeps
// the fact sheet's dagger per detail; `added` marks details looked up later (with where they
// were read).
import sourcesFromBuild from 'virtual:checked/sources';
import type { Source } from './types';
import { JOURNAL_KINDS } from './types';

const LIST: readonly Source[] = sourcesFromBuild;

/** All sources in sheet order (the map below is keyed by id). */
export const SOURCE_LIST: readonly Source[] = LIST;

export const BIBLIOGRAPHY: ReadonlyMap<string, Source> = new Map(LIST.map((s) => [s.id, s]));

export function getSource(id: string): Source | undefined {
  return BIBLIOGRAPHY.get(id);
}

/** True when a journal-type citation has authors, year, journal and a DOI, PMID or PMCID. */
export function hasFullCitation(source: Source): boolean {
  return (
    source.authors.length > 0 &&
    source.year !== null &&
    Boolean(source.journal) &&
    Boolean(source.doi || source.pmid || source.pmcid)
  );
}

/** Labels, guidelines, regulatory pages, databases, summaries: held to a lower standard. */
export function isJournalKind(source: Source): boolean {
  return JOURNAL_KINDS.includes(source.kind);
}

/** One-line citation, e.g. "Kishimoto T, Chawla JM, et al. 2016. Psychol Med 46(7):1459–1472. doi:…" */
export function formatCitation(source: Source): string {
  const names = source.authors.length > 3 ? source.authors.slice(0, 3) : source.authors;
  const who =
    names.join(', ') + (source.etAl || source.authors.length > names.length ? ', et al.' : '');
  const parts: string[] = [];
  if (who) parts.push(source.year !== null ? `${who} ${source.year}` : who);
  else if (source.year !== null) parts.push(String(source.year));
  if (source.title) parts.push(source.title);
  if (source.journal) {
    let where = source.journal;
    if (source.volume) where += ` ${source.volume}`;
    if (source.issue) where += `(${source.issue})`;
    if (source.pages) where += `${source.volume || source.issue ? ':' : ' '}${source.pages}`;
    parts.push(where);
  }
  if (source.doi) parts.push(`doi:${source.doi}`);
  if (source.pmid) parts.push(`PMID ${source.pmid}`);
  if (source.pmcid) parts.push(source.pmcid);
  if (!source.doi && !source.pmid && !source.pmcid && source.url) parts.push(source.url);
  return parts.join('. ') + '.';
}
