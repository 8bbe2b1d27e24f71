// Shrinks the type of a handout page that would not fit on one printed page. Pages are laid
// out at their printed width on screen too, so measuring here predicts the paper.

/** Printable height of an A4 page with 12 mm margins, less 6 mm of slack, in CSS px. */
export const PAGE_HEIGHT_PX = ((297 - 24 - 6) * 96) / 25.4;
const MIN_FIT = 0.6;
const STEP = 0.05;

/** Height of a page's content (its box less padding; the screen adds padding, paper not). */
function contentHeight(page: HTMLElement): number {
  const style = getComputedStyle(page);
  return page.offsetHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
}

/** Sets --fit on each page (1 = full size) so its content fits one sheet. */
export function fitPages(pages: Iterable<HTMLElement>): void {
  for (const page of pages) {
    let fit = 1;
    page.style.setProperty('--fit', '1');
    while (contentHeight(page) > PAGE_HEIGHT_PX && fit > MIN_FIT) {
      fit = Math.round((fit - STEP) * 100) / 100;
      page.style.setProperty('--fit', String(fit));
    }
    page.dataset.fit = String(fit);
  }
}
