/**
 * Brings an element into view once it has a size, and again whenever it or what its scroller holds changes size
 * afterwards (web fonts arriving, the panel's scroll bar appearing and the text above wrapping anew), until the
 * reader scrolls that scroller themselves. Returns the function that stops watching.
 */
export function keepRevealed(element: HTMLElement): () => void {
  /** Where the scroller was left by the last reveal; another position means the reader has scrolled. */
  let left: { scroller: Element; top: number } | null = null;
  let done = false;
  const reveal = () => {
    if (done || element.offsetHeight === 0) return;
    if (left && left.scroller.scrollTop !== left.top) {
      done = true;
      return;
    }
    element.scrollIntoView?.({ block: 'nearest' });
    const scroller = scrollerOf(element);
    left = scroller ? { scroller, top: scroller.scrollTop } : null;
  };
  reveal();
  if (typeof ResizeObserver === 'undefined') return () => {};
  const observer = new ResizeObserver(reveal);
  observer.observe(element);
  for (const child of scrollerOf(element)?.children ?? []) observer.observe(child);
  return () => observer.disconnect();
}

/** The nearest ancestor that scrolls vertically, or the document's scrolling element. */
function scrollerOf(element: HTMLElement): Element | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    if (/(auto|scroll)/.test(getComputedStyle(node).overflowY)) return node;
  }
  return document.scrollingElement;
}
