// Shared zod pieces for the teaching data files: every text in both languages, and a problem
// list that names the bad field ("terms[3].definition.es: must not be empty").
import { z } from 'zod';

export const localizedText = z.strictObject({
  en: z.string().trim().min(1, 'must not be empty'),
  es: z.string().trim().min(1, 'must not be empty'),
});

export function problemsOf(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const where = issue.path
      .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`))
      .join('');
    return `${where || '(file)'}: ${issue.message}`;
  });
}
