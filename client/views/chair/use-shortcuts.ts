// The floor's keyboard shortcuts, on the whole page: Space, arrows, S, + and -, Ctrl+Z, and what
// presentation clickers send (PageDown/PageUp, "b" or ".", F5, Shift+F5, Escape). Never while the
// chair types in a field.
import { useEffect } from 'react';
import { useConsoleSettings } from './console-settings.tsx';
import { isClosed, shortcutCommand, shortcutOf } from './floor-model.ts';
import { useChair } from './chair-context.tsx';
import { useScreen } from '../../view-kit/screen.tsx';
import type { ChairMessages } from './messages/chair-messages.ts';

/** The keys a box or a round button takes for itself: Space ticks, arrows move in a group. */
const CHOICE_KEYS: Readonly<Record<string, readonly string[]>> = {
  checkbox: [' ', 'Spacebar'],
  radio: [' ', 'Spacebar', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'],
};

/**
 * True when a key belongs to where the focus is: a text field, a menu, or a part of the console
 * that takes its own keys (a confirmation, the import panel). A checkbox or a radio button takes
 * only its own keys (given `key`): after ticking a box, the clicker still calls the next speaker.
 */
export function ownsKeys(target: EventTarget | null, key?: string): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  if (target.closest('[data-own-keys]') !== null) return true;
  const choice = target instanceof HTMLInputElement ? CHOICE_KEYS[target.type] : undefined;
  if (choice && key !== undefined) return choice.includes(key);
  return target.closest('input, textarea, select') !== null;
}

/**
 * True when something open on the page answers Escape itself (a confirmation, a dialog): the
 * floor leaves Escape to it, wherever the focus is, so a reflex to cancel never runs the clock.
 */
export function escapeTaken(document: Document): boolean {
  return (
    document.querySelector('[role="alertdialog"], [role="dialog"], dialog[open], [aria-modal]') !==
    null
  );
}

export function useFloorShortcuts(): void {
  const { store, run, note } = useChair();
  const { texts } = useScreen<ChairMessages>();
  const settings = useConsoleSettings();
  useEffect(() => {
    // A Space handled here must not also press the button that has the focus (on key up).
    let spaceTaken = false;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || ownsKeys(event.target, event.key)) return;
      const shortcut = shortcutOf(event);
      if (!shortcut) return;
      if (event.key === 'Escape' && escapeTaken(document)) return;
      // Taken even when there is nothing to do: F5 must never reload the console (a clicker's
      // slideshow button sends it), nor Space or PageDown scroll it.
      event.preventDefault();
      if (shortcut === 'primary' && (event.key === ' ' || event.key === 'Spacebar')) {
        spaceTaken = true;
      }
      // A held key repeats: one press, one command.
      if (event.repeat) return;
      const room = store.getState().room;
      if (!room) return;
      const command = shortcutCommand(shortcut, room, settings.store.getState());
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
  }, [store, run, note, texts, settings]);
}
