// Sizes a line of text to the largest font that fits its box, measured in the browser: the
// digits' width depends on the tablet's own font (Roboto, San Francisco, Noto), which no fixed
// ratio of the viewport could know. The line is measured at its current size and scaled once
// (a line's width and height are proportional to its font size), whenever the box or what
// shares it changes size (rotation, the signal taking room, a word on two lines) or the text
// changes shape (3:00 to +0:01, 9:59 to 10:00); the digits of a running clock keep one shape,
// so a tick measures nothing.
import { useLayoutEffect, type RefObject } from 'react';

/** What is kept free around the line: rounding, and the ink of a glyph past its advance. */
const FILL = 0.97;

/** The height the box's other children and its gaps take, beside `line` (a column). */
function heightBeside(box: HTMLElement, line: HTMLElement): number {
  const others = [...box.children].filter((child) => child !== line);
  const gap = parseFloat(getComputedStyle(box).rowGap) || 0;
  return others.reduce((sum, child) => sum + child.getBoundingClientRect().height + gap, 0);
}

/**
 * Fits `line` (one line as wide as its words, `width: max-content`) into `box`, a flex column
 * whose own size does not depend on its content, beside the box's other children. Where
 * nothing is laid out (a hidden page, jsdom) the stylesheet's size stays.
 */
export function useFitText(
  box: RefObject<HTMLElement | null>,
  line: RefObject<HTMLElement | null>,
  shape: string,
): void {
  useLayoutEffect(() => {
    const boxElement = box.current;
    const lineElement = line.current;
    if (!boxElement || !lineElement) return undefined;
    const fit = () => {
      const width = boxElement.clientWidth;
      const height = boxElement.clientHeight - heightBeside(boxElement, lineElement);
      const drawn = lineElement.getBoundingClientRect();
      if (width <= 0 || height <= 0 || drawn.width === 0 || drawn.height === 0) return;
      const size = parseFloat(getComputedStyle(lineElement).fontSize);
      const fitted = Math.floor(size * Math.min(width / drawn.width, height / drawn.height) * FILL);
      if (fitted > 0 && fitted !== Math.floor(size)) lineElement.style.fontSize = `${fitted}px`;
    };
    fit();
    if (typeof ResizeObserver === 'undefined') return undefined;
    // The box, and what shares it: the line itself is left out, its own changes are the fit's.
    const observer = new ResizeObserver(fit);
    observer.observe(boxElement);
    for (const child of boxElement.children) if (child !== lineElement) observer.observe(child);
    return () => observer.disconnect();
  }, [box, line, shape]);
}
