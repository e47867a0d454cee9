// Reordering the list by dragging a row's handle, with pointer events so that a mouse, a pen and
// a finger on a tablet all work (HTML drag and drop does not work on touch screens).
import { useEffect, useMemo, useRef, useState, type PointerEvent } from 'react';

export interface DragState {
  speakerId: string;
  /** The index (in the whole list) of the row under the pointer. */
  overIndex: number;
  side: 'before' | 'after';
}

/** Distance from the edge of the scrolling list at which a drag scrolls it, and by how much. */
const EDGE_PX = 48;
const SCROLL_STEP_PX = 16;

/** The row under a point: rows carry data-row-index, their index in the whole list. */
function rowAt(x: number, y: number): HTMLElement | null {
  return document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-row-index]') ?? null;
}

function scrollNearEdge(element: HTMLElement, y: number): void {
  const scroller = element.closest<HTMLElement>('[data-scroll]');
  if (!scroller) return;
  const box = scroller.getBoundingClientRect();
  if (y < box.top + EDGE_PX) scroller.scrollTop -= SCROLL_STEP_PX;
  else if (y > box.bottom - EDGE_PX) scroller.scrollTop += SCROLL_STEP_PX;
}

/** The handlers of a row's drag handle; one object for the list's whole life. */
export interface DragHandlers {
  down(event: PointerEvent<HTMLElement>, speakerId: string, index: number): void;
  move(event: PointerEvent<HTMLElement>): void;
  up(): void;
  cancel(): void;
}

/**
 * The drag in progress (for drawing where the row would land) and the handlers of the rows'
 * handles. `onDrop` gets the row the speaker was dropped on and the side of it.
 */
export function useDragReorder(onDrop: (drag: DragState) => void) {
  const [drag, setDrag] = useState<DragState | null>(null);
  const current = useRef<DragState | null>(null);
  const moved = useRef(false);
  const dropRef = useRef(onDrop);
  useEffect(() => {
    dropRef.current = onDrop;
  });

  const handlers = useMemo<DragHandlers>(() => {
    const update = (next: DragState | null) => {
      current.current = next;
      setDrag(next);
    };
    return {
      down(event, speakerId, index) {
        if (event.button !== 0) return;
        event.currentTarget.setPointerCapture(event.pointerId);
        moved.current = false;
        update({ speakerId, overIndex: index, side: 'before' });
      },
      move(event) {
        const dragging = current.current;
        if (!dragging) return;
        scrollNearEdge(event.currentTarget, event.clientY);
        const row = rowAt(event.clientX, event.clientY);
        if (!row) return;
        const box = row.getBoundingClientRect();
        const next: DragState = {
          speakerId: dragging.speakerId,
          overIndex: Number(row.dataset.rowIndex),
          side: event.clientY < box.top + box.height / 2 ? 'before' : 'after',
        };
        if (next.overIndex !== dragging.overIndex || next.side !== dragging.side) {
          moved.current = true;
          update(next);
        }
      },
      up() {
        const dropped = current.current;
        update(null);
        if (dropped && moved.current) dropRef.current(dropped);
      },
      cancel() {
        update(null);
      },
    };
  }, []);

  return { drag, handlers };
}
