// The floor's keyboard shortcuts, on the whole page: Space, arrows, PageDown/PageUp (what
// presentation clickers send), S, + and -, Ctrl+Z. Never while the chair types in a field.
import { useEffect } from 'react';
import { isClosed, shortcutCommand, shortcutOf } from './floor-model.ts';
import { useChair } from './chair-context.tsx';
import { useScreen } from '../../view-kit/screen.tsx';
import type { ChairMessages } from './messages/chair-messages.ts';

/**
 * True when a key belongs to where the focus is: a text field, a menu, a checkbox, or a part of
 * the console that takes its own keys (a confirmation, the import panel).
 */
export function ownsKeys(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  return target.closest('input, textarea, select, [data-own-keys]') !== null;
}

export function useFloorShortcuts(): void {
  const { store, run, note } = useChair();
  const { texts } = useScreen<ChairMessages>();
  useEffect(() => {
    // A Space handled here must not also press the button that has the focus (on key up).
    let spaceTaken = false;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || ownsKeys(event.target)) return;
      const shortcut = shortcutOf(event);
      if (!shortcut) return;
      event.preventDefault();
      if (shortcut === 'primary') spaceTaken = true;
      // A held key repeats: one press, one command.
      if (event.repeat) return;
      const room = store.getState().room;
      if (!room) return;
      const command = shortcutCommand(shortcut, room);
      if (command) void run(command);
      else if (room.status.kind === 'noMeeting') note(texts.noMeetingOpen);
      else note(isClosed(room.status) ? texts.closedNote : texts.nothingToStart);
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (spaceTaken && (event.key === ' ' || event.key === 'Spacebar')) {
        event.preventDefault();
        spaceTaken = false;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
    };
  }, [store, run, note, texts]);
}
