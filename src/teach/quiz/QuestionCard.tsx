// One question: choices as radio buttons, "Check answer", then feedback on every choice and a
// link back to the moment in the scene that shows it.
import { useId, useState } from 'react';
import type { Question } from './quiz-data';
import { useQuiz } from './quiz-store';
import { GlossaryText } from '../glossary/GlossaryText';
import { TEACH_STRINGS as S } from '../../i18n/strings/teach';
import { useText } from '../../i18n/use-text';

interface Props {
  question: Question;
  n: number;
  total: number;
  onShowInScene(question: Question): void;
}

export function QuestionCard({ question, n, total, onShowInScene }: Props) {
  const tr = useText();
  const given = useQuiz((s) => s.answers[question.id]);
  const [picked, setPicked] = useState<number | null>(given ?? null);
  const name = useId();
  const answered = given !== undefined;
  const right = answered && question.choices[given]?.correct === true;
  return (
    <form
      className="quiz-question"
      data-question={question.id}
      onSubmit={(e) => {
        e.preventDefault();
        if (picked !== null) useQuiz.getState().answer(question.id, picked);
      }}
    >
      <fieldset disabled={answered}>
        <legend>
          <span className="quiz-count">{tr(S.questionOf, { n, total })}</span>{' '}
          <span className="quiz-prompt">
            <GlossaryText text={tr(question.prompt)} />
          </span>
        </legend>
        {question.choices.map((c, i) => (
          <label key={i} className="quiz-choice" data-choice={i}>
            <input type="radio" name={name} checked={picked === i} onChange={() => setPicked(i)} />
            <span>{tr(c.text)}</span>
          </label>
        ))}
      </fieldset>
      {!answered ? (
        <button type="submit" disabled={picked === null} data-testid="quiz-check">
          {tr(S.checkAnswer)}
        </button>
      ) : null}
      <div aria-live="polite" data-testid="quiz-feedback">
        {answered ? (
          <div className="quiz-feedback" data-right={right}>
            <p className="quiz-verdict">
              <strong>{tr(right ? S.correct : S.notQuite)}</strong>
            </p>
            <h3>{tr(S.whyEach)}</h3>
            <ul>
              {question.choices.map((c, i) => (
                <li key={i} data-correct={c.correct} data-given={i === given}>
                  <strong>
                    {tr(c.correct ? S.rightChoice : S.wrongChoice)}: {tr(c.text)}.
                  </strong>{' '}
                  <GlossaryText text={tr(c.feedback)} />
                </li>
              ))}
            </ul>
            <button type="button" onClick={() => onShowInScene(question)} data-testid="quiz-scene">
              {tr(S.showInScene)}
            </button>
          </div>
        ) : null}
      </div>
    </form>
  );
}
