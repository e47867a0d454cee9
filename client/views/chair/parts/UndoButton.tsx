import { useShallow } from 'zustand/react/shallow';
import { useRoomSlice } from '../../../app/use-room.ts';
import { format } from '../../../i18n/format.ts';
import { useChair } from '../chair-context.tsx';
import { SHORTCUT_KEYS } from '../floor-model.ts';
import type { ChairMessages } from '../messages/chair-messages.ts';
import { useScreen } from '../../../view-kit/screen.tsx';

/** The chair's name for a command type the hub reports (undo.next), or the type itself. */
export function commandLabel(type: string, texts: ChairMessages): string {
  return Object.entries(texts.commands).find(([key]) => key === type)?.[1] ?? type;
}

/** Undo, saying what it would take back. */
export function UndoButton() {
  const { store, run } = useChair();
  const { texts } = useScreen<ChairMessages>();
  const undo = useRoomSlice(
    store,
    useShallow((s) => s.room?.undo ?? { available: 0, next: null }),
  );
  const label =
    undo.next === null
      ? texts.nothingToUndo
      : format(texts.undoNext, { action: commandLabel(undo.next, texts) });
  return (
    <button
      type="button"
      className="chair-action chair-undo"
      data-command="undo"
      disabled={undo.available === 0}
      aria-keyshortcuts={SHORTCUT_KEYS.undo.join(' ')}
      title={label}
      onClick={() => void run({ type: 'undo' })}
    >
      <span>{label}</span>
      <kbd>{texts.keys.undo}</kbd>
    </button>
  );
}
