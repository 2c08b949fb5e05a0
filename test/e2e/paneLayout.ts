/*
 * What "fits the pane" means, measured in the browser with getBoundingClientRect: no visible element's box reaches
 * past the pane's left or right edge (the pane never scrolls sideways), and no two visible interactive controls'
 * boxes intersect. Runs inside the page through page.evaluate, so it uses nothing but the DOM.
 */
import type { Page } from 'playwright-core';

export interface LayoutFaults {
  /** How far the pane scrolls sideways (scrollWidth − clientWidth), in px. */
  readonly sidewaysScroll: number;
  /** Elements whose box reaches past the pane, described as tag.class "text" (px past). */
  readonly outside: string[];
  /** Pairs of intersecting controls. */
  readonly overlaps: string[];
}

/** The controls a user points at or tabs to; a control's own inner parts (a Radio's input and label) don't count twice. */
const CONTROLS = [
  'button', 'input:not([type=hidden])', 'select', 'textarea', 'a[href]',
  '[role=button]', '[role=slider]', '[role=combobox]', '[role=checkbox]', '[role=radio]', '[role=switch]', '[role=tab]',
  '[role=spinbutton]', '[role=link]', '[role=menuitem]', '[role=option]',
].join(',');

/** Runs in the page: `paneSelector` is the pane's scroll container. */
function measure({ paneSelector, controlSelector }: { paneSelector: string; controlSelector: string }): LayoutFaults {
  const pane = document.querySelector(paneSelector);
  if (!pane) throw new Error(`no pane at ${paneSelector}`);
  const paneBox = pane.getBoundingClientRect();
  // Half a pixel of sub-pixel rounding either way.
  const slack = 0.5;
  const describe = (el: Element): string => {
    const cls = typeof el.className === 'string' ? el.className.split(/\s+/u).filter((c) => c.startsWith('fui-') || c.startsWith('tb-')).join('.') : '';
    const label = el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().slice(0, 30);
    return `${el.tagName.toLowerCase()}${cls ? `.${cls}` : ''} "${label}"`;
  };
  const visible = (el: Element): boolean => {
    const box = el.getBoundingClientRect();
    if (box.width < 1 || box.height < 1) return false;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) === 0) return false;
    // Clipped away by an ancestor (e.g. a visually hidden text, or a collapsed section) is not drawn.
    for (let p = el.parentElement; p && p !== pane; p = p.parentElement) {
      const ps = getComputedStyle(p);
      if (ps.overflow === 'visible' && ps.clipPath === 'none' && ps.clip === 'auto') continue;
      const pb = p.getBoundingClientRect();
      if (pb.width < 2 || pb.height < 2) return false;
    }
    return true;
  };
  const all = Array.from(pane.querySelectorAll('*')).filter(visible);
  // What scrolls sideways inside its own region (a wide matrix) may be wider than it: the region itself must fit
  // the pane. What an ancestor clips (overflow hidden) must fit that ancestor, or it is cut off.
  const boundOf = (el: Element): DOMRect | undefined => {
    for (let p = el.parentElement; p && p !== pane; p = p.parentElement) {
      const overflowX = getComputedStyle(p).overflowX;
      if (overflowX === 'auto' || overflowX === 'scroll') return undefined;
      if (overflowX === 'hidden' || overflowX === 'clip') return p.getBoundingClientRect();
    }
    return paneBox;
  };
  const outside: string[] = [];
  for (const el of all) {
    const box = el.getBoundingClientRect();
    const bound = boundOf(el);
    if (!bound) continue;
    const past = Math.max(bound.left - box.left, box.right - bound.right);
    if (past > slack) outside.push(`${describe(el)} (${past.toFixed(1)} px past)`);
  }
  // Words can run out of their element's box (a long word in a narrow cell): their own boxes count too.
  const range = document.createRange();
  for (const el of all) {
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType !== Node.TEXT_NODE || (node.textContent ?? '').trim() === '') continue;
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      const bound = boundOf(node as unknown as Element);
      const past = bound ? Math.max(bound.left - box.left, box.right - bound.right) : 0;
      if (box.width > 0 && past > slack) outside.push(`the words "${(node.textContent ?? '').trim().slice(0, 30)}" in ${describe(el)} (${past.toFixed(1)} px past)`);
    }
  }
  const controls = all.filter((el) => el.matches(controlSelector));
  // Text drawn on its own (a badge, a label, a cell's words) must not sit under a control either.
  const ownText = (el: Element): boolean => Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
  const texts = all.filter((el) => !el.matches(controlSelector) && ownText(el) && !controls.some((c) => c.contains(el)));
  const overlaps: string[] = [];
  const pairs: [Element, Element][] = [];
  for (let i = 0; i < controls.length; i++) {
    for (let j = i + 1; j < controls.length; j++) pairs.push([controls[i], controls[j]]);
    for (const t of texts) pairs.push([controls[i], t]);
  }
  // What floats above the page by design (the sticky distribution, a menu, a dialog, a dropdown's list) is a layer
  // of its own: the page scrolls under it, so only things within one layer must not overlap.
  const layerCache = new Map<Element, Element | null>();
  const layerOf = (el: Element): Element | null => {
    if (layerCache.has(el)) return layerCache.get(el) ?? null;
    let layer: Element | null = null;
    for (let p: Element | null = el; p && p !== pane; p = p.parentElement) {
      const position = getComputedStyle(p).position;
      if (position === 'sticky' || position === 'fixed' || p.matches('[role=menu],[role=listbox],[role=dialog],[role=tooltip]')) { layer = p; break; }
    }
    layerCache.set(el, layer);
    return layer;
  };
  for (const [x, y] of pairs) {
    // A control inside another (an input inside its Radio, a button inside a SpinButton) is drawn as one.
    if (x.contains(y) || y.contains(x) || layerOf(x) !== layerOf(y)) continue;
    const a = x.getBoundingClientRect();
    const b = y.getBoundingClientRect();
    const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
    const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
    if (w > slack && h > slack) overlaps.push(`${describe(x)} × ${describe(y)}`);
  }
  return { sidewaysScroll: pane.scrollWidth - pane.clientWidth, outside, overlaps };
}

/** The faults of the pane as it is drawn now. */
export function layoutFaults(page: Page, paneSelector = 'aside'): Promise<LayoutFaults> {
  return page.evaluate(measure, { paneSelector, controlSelector: CONTROLS });
}
