// Competing hypotheses of how ketamine acts against depression, each with the evidence for and
// against it (data/hypotheses.json, checked when built). None is presented as settled.
import checked from 'virtual:checked/hypotheses';
import type { LocalizedText } from './types';

export interface Hypothesis {
  id: string;
  name: LocalizedText;
  idea: LocalizedText;
  supports: LocalizedText;
  against: LocalizedText;
  /** where the evidence comes from, e.g. "rats; one human study" */
  species: LocalizedText;
  factIds: readonly string[];
}

export const HYPOTHESES: readonly Hypothesis[] = checked;
