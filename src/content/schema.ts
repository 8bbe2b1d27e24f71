// zod schemas of the science data files (src/content/data/*.json). Every file is validated when
// it is loaded; a bad file throws an error that names the file, the entry and the field.
import * as z from 'zod/mini';
import { CONDITION_IDS } from '../story/structures.ts';
import { EVIDENCE_GRADES } from './types.ts';

const str = z.string().check(z.minLength(1, 'must not be empty'));
const opt = <T extends z.ZodMiniType>(t: T) => z.optional(t);
export const localized = z.strictObject({ en: str, es: str });
/** A date written YYYY-MM-DD. */
export const isoDate = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a YYYY-MM-DD date'));
const grade = z.enum(EVIDENCE_GRADES);
const pair = z.tuple([z.number(), z.number()]);

const DETAIL = [
  'authors',
  'year',
  'title',
  'journal',
  'volumePages',
  'doi',
  'pmid',
  'pmcid',
] as const;
const detail = z.enum(DETAIL);

export const sourceSchema = z.strictObject({
  id: str,
  kind: z.enum([
    'article',
    'review',
    'meta-analysis',
    'guideline',
    'label',
    'regulatory',
    'database',
    'summary',
    'meeting-abstract',
    'web',
  ]),
  authors: z.array(str),
  etAl: z.boolean(),
  year: z.nullable(z.number().check(z.int(), z.minimum(1900), z.maximum(2100))),
  title: opt(str),
  journal: opt(str),
  volume: opt(str),
  issue: opt(str),
  pages: opt(str),
  doi: opt(z.string().check(z.regex(/^10\.\d{4,9}\/\S+$/, 'must be a DOI such as 10.1000/xyz'))),
  pmid: opt(z.string().check(z.regex(/^\d{5,9}$/, 'must be digits'))),
  pmcid: opt(z.string().check(z.regex(/^PMC\d+$/, 'must look like PMC123'))),
  url: opt(z.string().check(z.regex(/^https:\/\//, 'must be an https address'))),
  notSeen: z.strictObject(
    Object.fromEntries(DETAIL.map((d) => [d, z.boolean()])) as Record<
      (typeof DETAIL)[number],
      z.ZodMiniBoolean
    >,
  ),
  added: opt(z.strictObject({ details: z.array(detail), seenAt: z.array(str) })),
  incomplete: opt(str),
  note: opt(str),
});

export const factSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z]+(\.[A-Za-z0-9]+)+$/, 'must be a dotted id like pk.mw')),
  section: z.enum([
    'pharmacokinetics',
    'mechanism',
    'depression',
    'ocd',
    'anxiety',
    'pain',
    'inflammation',
    'safety',
    'regulatory',
    'history',
  ]),
  claim: str,
  value: str,
  timing: str,
  sourceId: str,
  extraSourceIds: opt(z.array(str)),
  status: z.enum(['verified', 'verified-secondary', 'from-memory']),
  species: z.enum(['human', 'rat', 'mouse', 'in-vitro', 'n/a']),
  /** the day the figure was last read against its source */
  checked: isoDate,
  /** regulatory and safety statements: the day they describe ("as of") */
  asOf: opt(isoDate),
  note: opt(str),
  fromMemoryParts: opt(str),
});

const timepoint = z.strictObject({ label: localized, min: z.number(), endMin: opt(z.number()) });
const unit = z.enum([
  'percent',
  'hedgesG',
  'cohensD',
  'oddsRatio',
  'hazardRatio',
  'nrsPoints',
  'madrsPoints',
  'hdrsPoints',
  'cadssPoints',
  'mmHg',
  'bpm',
  'pgPerMl',
]);
const arm = z.enum([
  'ketamine',
  'esketamine',
  'placebo',
  'saline',
  'midazolam',
  'ect',
  'difference',
  'single-arm',
]);
const measure = z.strictObject({
  factId: str,
  label: localized,
  value: z.number(),
  unit,
  ci: opt(pair),
  range: opt(pair),
  spread: opt(z.strictObject({ kind: z.enum(['sd', 'se', 'plusMinus']), value: z.number() })),
  count: opt(
    z.strictObject({
      events: z.number().check(z.int(), z.minimum(0)),
      total: z.number().check(z.int(), z.positive()),
    }),
  ),
  n: opt(z.number().check(z.int(), z.positive())),
  timepoint,
  arm,
});
const caveat = z.enum([
  'small',
  'openLabel',
  'crossover',
  'highRiskOfBias',
  'veryLowCertainty',
  'secondarySource',
  'esketamine',
  'perioperative',
  'notRandomised',
  'blindingFailed',
]);
export const seriesSchema = z.strictObject({
  id: str,
  factIds: z.array(str).check(z.minLength(1)),
  title: localized,
  design: localized,
  n: opt(z.number().check(z.int(), z.positive())),
  caveats: z.array(caveat),
  measures: z.array(measure),
  milestones: opt(z.array(z.strictObject({ factId: str, label: localized, timepoint }))),
  bands: opt(
    z.array(
      z.strictObject({
        factId: str,
        label: localized,
        low: z.number(),
        high: z.number(),
        unit,
        timepoint,
        n: opt(z.number()),
      }),
    ),
  ),
  note: opt(localized),
});
const gradedUse = z.strictObject({ factId: str, use: localized, grade, note: opt(localized) });

export const outcomesSchema = z.strictObject({
  depression: z.array(seriesSchema),
  ocd: z.array(seriesSchema),
  anxiety: z.array(seriesSchema),
  pain: z.array(seriesSchema),
  painGuideline: z.array(gradedUse),
  acutePainGuideline: z.array(gradedUse),
  inflammation: z.strictObject({
    series: z.array(seriesSchema),
    depression: z.array(gradedUse),
    summary: localized,
  }),
});

export const sideEffectsSchema = z.strictObject({
  series: z.array(seriesSchema),
  windows: z.array(
    z.strictObject({
      factId: str,
      label: localized,
      startMin: z.number(),
      endMin: z.number(),
      kind: z.enum(['effect', 'monitoring']),
    }),
  ),
  safetyNotes: z.array(z.strictObject({ factId: str, text: localized })),
});

export const historySchema = z.array(
  z.strictObject({
    factId: str,
    year: z.number().check(z.int()),
    approximate: opt(z.boolean()),
    when: localized,
    label: localized,
    detail: localized,
  }),
);

/** The questions behind a grade (see grades.json "criteria"). */
const criteria = z.strictObject({
  randomised: z.boolean(),
  activePlacebo: z.boolean(),
  blindingHeld: z.boolean(),
  large: z.boolean(),
  replicated: z.boolean(),
});

export const claimsSchema = z.array(
  z.strictObject({
    id: str,
    claim: localized,
    grade,
    qualifier: opt(localized),
    criteria: opt(criteria),
    reason: localized,
    factIds: z.array(str),
    extraSourceIds: opt(z.array(str)),
  }),
);

const cell = z.strictObject({
  grade,
  basis: z.enum(['human', 'animal', 'lab', 'mixed', 'none']),
  animalGrade: opt(grade),
  criteria: opt(criteria),
  factIds: z.array(str),
  reason: localized,
});
const row = z.strictObject(
  Object.fromEntries(CONDITION_IDS.map((c) => [c, cell])) as Record<
    (typeof CONDITION_IDS)[number],
    typeof cell
  >,
);
export const matrixSchema = z.record(z.string(), row);

export const gradesSchema = z.strictObject({
  grades: z.record(
    z.enum(EVIDENCE_GRADES),
    z.strictObject({ id: grade, label: localized, meaning: localized }),
  ),
  criteria: z.array(z.strictObject({ id: str, label: localized, question: localized })),
});

export const hypothesesSchema = z.array(
  z.strictObject({
    id: str,
    name: localized,
    idea: localized,
    supports: localized,
    against: localized,
    species: localized,
    factIds: z.array(str).check(z.minLength(1)),
  }),
);

export const reviewSchema = z.strictObject({
  lastReviewed: isoDate,
  changes: z.array(z.strictObject({ date: isoDate, what: localized, why: localized })),
});

/** Parse one data file; a failure names the file, the entry and the field. */
export function parseData<T extends z.ZodMiniType>(
  schema: T,
  raw: unknown,
  file: string,
): z.infer<T> {
  const result = z.safeParse(schema, raw);
  if (result.success) return result.data;
  const lines = result.error.issues.slice(0, 10).map((issue) => {
    const where = issue.path.map(String).join('.') || '(top level)';
    return `${file}: ${where}: ${issue.message} (${issue.code})`;
  });
  throw new Error(`Bad science data file\n${lines.join('\n')}`);
}
