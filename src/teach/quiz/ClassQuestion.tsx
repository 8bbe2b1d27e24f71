// Present mode's "Ask the class": the question in large type with lettered choices for the
// projector; the lecturer reveals the answer and why.
import type { Question } from './quiz-data';
import { TEACH_STRINGS as S } from '../../i18n/strings/teach';
import { useText } from '../../i18n/use-text';

const LETTERS = ['A', 'B', 'C', 'D'];

export function ClassQuestion({
  question,
  n,
  total,
  revealed,
  onReveal,
}: {
  question: Question;
  n: number;
  total: number;
  revealed: boolean;
  onReveal(): void;
}) {
  const tr = useText();
  return (
    <div className="class-question" data-question={question.id}>
      <p className="quiz-count">{tr(S.questionOf, { n, total })}</p>
      <p className="class-prompt">{tr(question.prompt)}</p>
      <ol className="class-choices">
        {question.choices.map((c, i) => (
          <li key={i} data-correct={revealed ? c.correct : undefined}>
            <span className="class-letter" aria-hidden="true">
              {LETTERS[i]}
            </span>
            <span>
              {tr(c.text)}
              {revealed ? (
                <span className="class-feedback">
                  {' '}
                  <strong>{tr(c.correct ? S.rightChoice : S.wrongChoice)}.</strong> {tr(c.feedback)}
                </span>
              ) : null}
            </span>
          </li>
        ))}
      </ol>
      {!revealed ? (
        <button type="button" onClick={onReveal} data-testid="class-reveal">
          {tr(S.revealAnswer)}
        </button>
      ) : null}
    </div>
  );
}
