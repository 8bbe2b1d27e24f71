// An evidence grade as a chip: the word carries the grade, the colour repeats it.
import { GRADES, type EvidenceGrade } from '../../content/evidence-grades';
import { useText } from '../../i18n/use-text';

export function GradeChip({ grade }: { grade: EvidenceGrade }) {
  const tr = useText();
  const info = GRADES[grade];
  return (
    <span className={`grade grade-${grade}`} data-grade={grade} title={tr(info.meaning)}>
      {tr(info.label)}
    </span>
  );
}
