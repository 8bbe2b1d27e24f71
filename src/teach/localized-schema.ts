// Shared zod pieces for the teaching data files: every text in both languages, and a problem
// list that names the bad field ("terms[3].definition.es: must not be empty").
import * as z from 'zod/mini';

/** A string with some non-space text. */
export const nonEmpty = () => z.string().check(z.trim(), z.minLength(1, 'must not be empty'));

export const localizedText = z.strictObject({ en: nonEmpty(), es: nonEmpty() });

export function problemsOf(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}): string[] {
  return error.issues.map((issue) => {
    const where = issue.path
      .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`))
      .join('');
    return `${where || '(file)'}: ${issue.message}`;
  });
}
