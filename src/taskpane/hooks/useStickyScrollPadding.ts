/*
 * A sticky header must never cover the control that has the focus (WCAG 2.4.11): the pane's scroll container gets
 * a scroll-padding-top as tall as the header, which the browser honours when it scrolls a focused control into
 * view. The header's height changes with the chart, hence the ResizeObserver.
 */
import { useEffect, type RefObject } from 'react';

/** The nearest ancestor that scrolls vertically, else the document's scrolling element (Excel's task pane). */
function scrollContainerOf(el: HTMLElement): HTMLElement {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const overflowY = getComputedStyle(p).overflowY;
    if (overflowY === 'auto' || overflowY === 'scroll') return p;
  }
  return (document.scrollingElement as HTMLElement | null) ?? document.documentElement;
}

export function useStickyScrollPadding(ref: RefObject<HTMLElement>): void {
  useEffect(() => {
    const header = ref.current;
    if (!header) return undefined;
    const container = scrollContainerOf(header);
    const before = container.style.scrollPaddingTop;
    const update = (): void => {
      // A little air between the header's edge and the focused control's focus ring.
      container.style.scrollPaddingTop = `${Math.ceil(header.getBoundingClientRect().height) + 8}px`;
    };
    update();
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(update);
    observer?.observe(header);
    return () => {
      observer?.disconnect();
      container.style.scrollPaddingTop = before;
    };
  }, [ref]);
}
