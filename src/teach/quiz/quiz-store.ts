// Answers given on this page: kept in memory only (never stored, never sent).
import { create } from 'zustand';
import questionsFromBuild from 'virtual:checked/questions';
import type { Question } from './quiz-data';

/** The bundled questions, checked against ./quiz-data.ts (and the story's stages) when built. */
export const QUESTIONS: readonly Question[] = questionsFromBuild;

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
