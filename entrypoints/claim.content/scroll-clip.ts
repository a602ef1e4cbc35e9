import { domProperty } from '../../utils/fields/dom-builtins';

/**
 * Where a field can be seen when it sits inside inner scroll areas (a grid with overflow: auto, a panel with
 * overflow: hidden): the intersection of those areas' visible boxes. A mark is clipped to it, so a field scrolled
 * out of its area is not marked over the page's header or the next panel.
 */
export interface ClipBox { left: number; top: number; right: number; bottom: number }

const CLIPPING = new Set(['auto', 'scroll', 'hidden', 'clip', 'overlay']);

/** What one ancestor does to its descendants' visible box; read once per ancestor, shared by every field inside it. */
export interface AncestorStyle { clips: boolean; fixed: boolean }

/** Reads an element's overflow and position: the one style read the clipping walk needs. */
export function ancestorStyle(element: Element): AncestorStyle {
  const style = domProperty(element, 'ownerDocument')!.defaultView!.getComputedStyle(element);
  // Overflow does nothing on an inline box or one that draws no box of its own.
  const clips = [style.overflowX, style.overflowY, style.overflow].some((value) => CLIPPING.has(value)) && style.display !== 'inline' && style.display !== 'contents';
  return { clips, fixed: style.position === 'fixed' };
}

/**
 * The element's ancestors that clip it, nearest first: any whose overflow is not visible. The root element and
 * the body are left out: their overflow belongs to the viewport (the marks are fixed to the viewport already).
 * Shadow roots are crossed through their hosts.
 */
export function clippingAncestors(element: Element, styleOf: (ancestor: Element) => AncestorStyle = ancestorStyle): Element[] {
  const doc = element.ownerDocument;
  const found: Element[] = [];
  let current: Element | null = parentAcrossShadow(element);
  while (current && current !== doc.body && current !== doc.documentElement) {
    const style = styleOf(current);
    if (style.clips) found.push(current);
    // Fixed elements are placed against the viewport: scroll areas above them do not clip them.
    if (style.fixed) break;
    current = parentAcrossShadow(current);
  }
  return found;
}

/**
 * The parent element, or a shadow root's host. Read through the prototype: a form's "parentElement" can be a
 * control named so, whose parent is the form again (see dom-builtins.ts).
 */
function parentAcrossShadow(element: Element): Element | null {
  const parent = domProperty(element, 'parentElement');
  if (parent) return parent;
  const root = (Object.getPrototypeOf(element) as Node).getRootNode.call(element);
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * The visible box the ancestors leave, in viewport coordinates: each one's padding box (inside its borders and
 * scroll bars). Null when nothing clips.
 */
export function clipBoxOf(ancestors: readonly Element[], rectOf: (element: Element) => DOMRect): ClipBox | null {
  let clip: ClipBox | null = null;
  for (const ancestor of ancestors) {
    const rect = rectOf(ancestor);
    const left = rect.left + domProperty(ancestor, 'clientLeft');
    const top = rect.top + domProperty(ancestor, 'clientTop');
    const box = { left, top, right: left + domProperty(ancestor, 'clientWidth'), bottom: top + domProperty(ancestor, 'clientHeight') };
    clip = clip ? {
      left: Math.max(clip.left, box.left), top: Math.max(clip.top, box.top),
      right: Math.min(clip.right, box.right), bottom: Math.min(clip.bottom, box.bottom),
    } : box;
  }
  return clip;
}

/** True when no part of the rect is inside the clip box. */
export function isClippedAway(rect: { left: number; top: number; right: number; bottom: number }, clip: ClipBox | null): boolean {
  if (!clip) return false;
  return clip.right <= clip.left || clip.bottom <= clip.top
    || rect.right <= clip.left || rect.left >= clip.right || rect.bottom <= clip.top || rect.top >= clip.bottom;
}
