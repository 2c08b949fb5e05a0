/*
 * Fluent's charts make their drawing a tabster focus group (CartesianChart's useFocusableGroup +
 * useArrowNavigationGroup, HeatMapChart's own arrow group). Tabster guards such a group with "dummy" <i> elements that
 * are aria-hidden yet tabbable (tabindex 0, position fixed at the window's corner): axe reports them as
 * aria-hidden-focus (serious), and they sit outside the pane's box. In TierBook every chart has an accessible twin
 * right under it (the distribution's list, the what-if's table with a button per cell, which opens the same client
 * list), so the drawing is for the mouse only: hover tooltips and the heat map's click stay, the tab order and
 * screen readers go to the twin. Hand-written because the charts have no prop to turn their focus groups off.
 */
import { useEffect } from 'react';

/** tabster's attribute: removing it makes tabster dispose the group and take its dummy inputs away. */
const TABSTER_ATTRIBUTE = 'data-tabster';

/** Takes the chart inside `box` out of the tab order, now and after every redraw. */
function keepOutOfTabOrder(box: HTMLElement): void {
  for (const el of Array.from(box.querySelectorAll(`[${TABSTER_ATTRIBUTE}]`))) el.removeAttribute(TABSTER_ATTRIBUTE);
  // Bars and cells are focusable one by one (tabindex 0); -1 keeps them clickable but out of Tab's way.
  for (const el of Array.from(box.querySelectorAll('[tabindex]'))) {
    if (el.getAttribute('tabindex') !== '-1') el.setAttribute('tabindex', '-1');
  }
}

/** Keeps the chart drawn inside `box` out of the tab order; the box itself is aria-hidden by its owner. */
export function useMouseOnlyChart(box: HTMLElement | null): void {
  useEffect(() => {
    if (!box) return undefined;
    keepOutOfTabOrder(box);
    const observer = new MutationObserver(() => keepOutOfTabOrder(box));
    observer.observe(box, { subtree: true, childList: true, attributes: true, attributeFilter: [TABSTER_ATTRIBUTE, 'tabindex'] });
    return () => observer.disconnect();
  }, [box]);
}
