// Types of the science content: sources, facts, evidence grades. Pure data, no React.
import type { LocalizedText } from '../i18n/localize';

export type { LocalizedText };

/** What kind of document a source is. Only journal-type kinds must carry DOI or PMID. */
export type SourceKind =
  | 'article'
  | 'review'
  | 'meta-analysis'
  | 'guideline'
  | 'label'
  | 'regulatory'
  | 'database'
  | 'summary'
  | 'meeting-abstract'
  | 'web';

/** Journal-type kinds: held to "authors, year, journal, DOI or PMID". */
export const JOURNAL_KINDS: readonly SourceKind[] = ['article', 'review', 'meta-analysis'];

/** Bibliographic details the fact sheet can mark as "not seen" (its dagger). */
export type CitationDetail =
  'authors' | 'year' | 'title' | 'journal' | 'volumePages' | 'doi' | 'pmid' | 'pmcid';

export interface Source {
  id: string;
  kind: SourceKind;
  /** "Surname AB" each; empty when unknown; for labels, the company or agency */
  authors: readonly string[];
  /** the author list is cut short ("et al.") */
  etAl: boolean;
  year: number | null;
  title?: string;
  journal?: string;
  volume?: string;
  issue?: string;
  pages?: string;
  doi?: string;
  pmid?: string;
  pmcid?: string;
  url?: string;
  /** The sheet's dagger: true = that detail was NOT seen in a stored source. */
  notSeen: Readonly<Record<CitationDetail, boolean>>;
  /** Details not on the fact sheet, added in the content pass, with where they were read. */
  added?: { details: readonly CitationDetail[]; seenAt: readonly string[] };
  /** Why this citation falls short of the standard; set whenever it does. */
  incomplete?: string;
  note?: string;
}

export type FactStatus = 'verified' | 'verified-secondary' | 'from-memory';
export type Species = 'human' | 'rat' | 'mouse' | 'in-vitro' | 'n/a';
export type FactSection =
  | 'pharmacokinetics'
  | 'mechanism'
  | 'depression'
  | 'ocd'
  | 'anxiety'
  | 'pain'
  | 'inflammation'
  | 'safety'
  | 'regulatory'
  | 'history';

/** One row of docs/science/ketamine-facts.md (generated from data/facts.json). English reference text. */
export interface Fact {
  id: string;
  section: FactSection;
  claim: string;
  value: string;
  timing: string;
  sourceId: string;
  extraSourceIds?: readonly string[];
  status: FactStatus;
  species: Species;
  /** the day the figure was last read against its source (YYYY-MM-DD) */
  checked: string;
  /** regulatory and safety statements: the day they describe (YYYY-MM-DD) */
  asOf?: string;
  note?: string;
  /** The sheet says "parts FROM MEMORY": these parts must not be shown. */
  fromMemoryParts?: string;
}

export const EVIDENCE_GRADES = [
  'strong',
  'moderate',
  'preliminary',
  'weak',
  'unsupported',
  'overstated',
  'misleading',
  'contradicted',
] as const;
export type EvidenceGrade = (typeof EVIDENCE_GRADES)[number];

/** The questions behind a grade: each answered for the best evidence cited. */
export interface GradeCriteria {
  randomised: boolean;
  activePlacebo: boolean;
  blindingHeld: boolean;
  large: boolean;
  replicated: boolean;
}
