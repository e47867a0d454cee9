import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A page's heading that takes the focus when it appears (`focus`): after a move to another page
 * of the console (a meeting opened, back to the calendar), keyboard and screen reader users start
 * from its top, and the browser scrolls it into view.
 */
export function FocusedHeading(props: { focus: boolean; className?: string; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (props.focus) heading.current?.focus();
    // Only on appearing: a heading that stays does not take the focus back.
  }, []);
  return (
    <h3 ref={heading} className={props.className} tabIndex={-1}>
      {props.children}
    </h3>
  );
}
