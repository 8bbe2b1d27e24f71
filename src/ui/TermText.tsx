// Running text whose glossary terms can be explained (the caption, chart summaries, the
// storyboard's explanation). The page shell provides the renderer (teach/glossary, loaded
// lazily, and none where the mode policy has no glossary); without one, the text as it is.
import { createContext, useContext, type ReactNode } from 'react';

export type RenderTerms = (text: string) => ReactNode;

const RenderTermsContext = createContext<RenderTerms | null>(null);

export const TermTextProvider = RenderTermsContext.Provider;

export function TermText({ text }: { text: string }) {
  const render = useContext(RenderTermsContext);
  return <>{render ? render(text) : text}</>;
}
