/**
 * The width an element is given, kept current with a ResizeObserver. Screens lay out by
 * their own width, not the window's: the same screen sits in the 1280 px console and in a
 * 350 px pane (which, in the preview page, lives inside a wide window).
 */
import { useLayoutEffect, useState, type RefObject } from 'react';

export function useWidth(ref: RefObject<HTMLElement | null>, initial = 1024): number {
  const [width, setWidth] = useState(initial);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w !== undefined) setWidth(w);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/** Below this an admin table becomes a list of cards. */
export const NARROW = 640;
