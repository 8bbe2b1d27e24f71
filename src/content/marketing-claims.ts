// Common ketamine-clinic marketing claims, each with its grade, the criteria behind it and the
// reason (data/claims.json, checked when built). Fact ids are never FROM MEMORY (a test checks).
import checked from 'virtual:checked/claims';
import type { EvidenceGrade, GradeCriteria, LocalizedText } from './types';

export interface MarketingClaim {
  id: string;
  claim: LocalizedText;
  grade: EvidenceGrade;
  /** Limits the grade, e.g. "for a rapid, short-lived effect". */
  qualifier?: LocalizedText;
  /** the questions behind the grade, answered for the evidence cited */
  criteria?: GradeCriteria;
  reason: LocalizedText;
  factIds: readonly string[];
  /** Bibliography ids cited in the reason that are not behind a fact row. */
  extraSourceIds?: readonly string[];
}

export const MARKETING_CLAIMS: readonly MarketingClaim[] = checked;
