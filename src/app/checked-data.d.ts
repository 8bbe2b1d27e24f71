// The data files as src/app/vite-checked-data-plugin.ts serves them: parsed by their schemas
// when the app was built, so typed as the schemas' output.
type CheckedContentData<K extends keyof typeof import('../content/schema')> =
  import('zod/mini').infer<(typeof import('../content/schema'))[K]>;

declare module 'virtual:checked/facts' {
  const facts: readonly import('../content/types').Fact[];
  export default facts;
}
declare module 'virtual:checked/sources' {
  const sources: readonly import('../content/types').Source[];
  export default sources;
}
declare module 'virtual:checked/grades' {
  const data: CheckedContentData<'gradesSchema'>;
  export default data;
}
declare module 'virtual:checked/matrix' {
  const data: CheckedContentData<'matrixSchema'>;
  export default data;
}
declare module 'virtual:checked/history' {
  const data: CheckedContentData<'historySchema'>;
  export default data;
}
declare module 'virtual:checked/hypotheses' {
  const data: CheckedContentData<'hypothesesSchema'>;
  export default data;
}
declare module 'virtual:checked/claims' {
  const data: CheckedContentData<'claimsSchema'>;
  export default data;
}
declare module 'virtual:checked/outcomes' {
  const data: CheckedContentData<'outcomesSchema'>;
  export default data;
}
declare module 'virtual:checked/review' {
  const data: CheckedContentData<'reviewSchema'>;
  export default data;
}
declare module 'virtual:checked/side-effects' {
  const data: CheckedContentData<'sideEffectsSchema'>;
  export default data;
}
declare module 'virtual:checked/glossary' {
  const glossary: import('../teach/glossary/glossary-schema').Glossary;
  export default glossary;
}
declare module 'virtual:checked/questions' {
  const questions: readonly import('../teach/quiz/quiz-data').Question[];
  export default questions;
}
