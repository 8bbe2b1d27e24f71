// Answers given on this page: kept in memory only (never stored, never sent).
import { create } from 'zustand';
import { bundledStory } from '../../state/app-store';
import { parseQuestions, questionsJson, type Question } from './quiz-data';

const parsed = parseQuestions(
  questionsJson,
  bundledStory.stages.map((s) => s.id),
);
/** The bundled questions; a unit test keeps the file valid. */
export const QUESTIONS: readonly Question[] = parsed.ok ? parsed.questions : [];

export function questionsFor(stageId: string): Question[] {
  return QUESTIONS.filter((q) => q.stage === stageId);
}

interface QuizState {
  /** question id -> index of the choice given */
  answers: Record<string, number>;
  answer(questionId: string, choice: number): void;
  reset(): void;
}

export const useQuiz = create<QuizState>()((set, get) => ({
  answers: {},
  answer: (questionId, choice) => set({ answers: { ...get().answers, [questionId]: choice } }),
  reset: () => set({ answers: {} }),
}));
