// Renders docs/science/ketamine-facts.md from the data the app reads (data/facts.json and
// data/sources.json), so the human-readable fact sheet and the app cannot drift apart.
// Regenerate with `npm run science:docs`; a unit test fails when the file is stale.
import { formatCitation } from './bibliography';
import type { Fact, FactSection, Source } from './types';

const SECTION_TITLES: Readonly<Record<FactSection, string>> = {
  pharmacokinetics: 'Pharmacokinetics',
  regulatory: 'Regulatory status',
  mechanism: 'Pharmacodynamics and mechanism',
  depression: 'Depression',
  ocd: 'OCD',
  anxiety: 'Anxiety',
  pain: 'Pain',
  inflammation: 'Inflammation',
  safety: 'Side effects and safety',
  history: 'History',
};

const STATUS: Readonly<Record<Fact['status'], string>> = {
  verified: 'verified',
  'verified-secondary': 'verified (secondary source)',
  'from-memory': 'NOT VERIFIED (never shown)',
};

/** Table cells may not contain a bare pipe or a line break. */
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

export function renderFactSheet(
  facts: readonly Fact[],
  getSource: (id: string) => Source | undefined,
  lastReviewed: string,
): string {
  const out: string[] = [
    '# Ketamine: the fact sheet behind the app',
    '',
    '<!-- Generated from src/content/data/facts.json and sources.json by `npm run science:docs`. Do not edit by hand. -->',
    '',
    `Science last reviewed: ${lastReviewed}. Every figure the app shows has a row here. A row`,
    'marked NOT VERIFIED (none today) would be kept only to prove it never reaches the screen.',
    '',
    'Columns: **id** (internal, never shown), **value and units**, **species**, **source** (DOI,',
    'PMID or PMCID where one was seen), **status**, **checked** (the day the figure was last read',
    'against its source) and, for regulatory and label statements, **as of**.',
    '',
    'Unit conversion: ketamine free base 237.73 g/mol, so 1 µM ≈ 237.7 ng/mL; the hydrochloride',
    'salt is 274.19 g/mol.',
  ];
  for (const section of Object.keys(SECTION_TITLES) as FactSection[]) {
    const rows = facts.filter((f) => f.section === section);
    if (rows.length === 0) continue;
    out.push(
      '',
      `## ${SECTION_TITLES[section]}`,
      '',
      '| id | claim | value and units | timing | species | source | status | checked | as of |',
      '|---|---|---|---|---|---|---|---|---|',
    );
    for (const f of rows) {
      const sources = [f.sourceId, ...(f.extraSourceIds ?? [])]
        .map((id) => {
          const s = getSource(id);
          return s ? formatCitation(s) : `(missing source ${id})`;
        })
        .join(' + ');
      const note = f.note ? ` Note: ${f.note}` : '';
      out.push(
        `| ${[
          f.id,
          f.claim,
          f.value + note,
          f.timing,
          f.species,
          sources,
          STATUS[f.status],
          f.checked,
          f.asOf ?? '',
        ]
          .map(cell)
          .join(' | ')} |`,
      );
    }
  }
  return out.join('\n') + '\n';
}
