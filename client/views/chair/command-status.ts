// The status line's state: what the console last asked of the hub and what came of it. A store
// of its own, so a result re-renders only the line, never the list.
import { createStore } from 'zustand/vanilla';
import type { CommandInput } from '../../../shared/domain/commands.ts';
import type { CommandAck } from '../../../shared/protocol.ts';
import { format } from '../../i18n/format.ts';
import type { ChairMessages } from './messages/chair-messages.ts';

/** idle: nothing yet; pending: sent, no answer; done/refused/conflict: the hub's answer; note: local. */
export type StatusKind = 'idle' | 'pending' | 'done' | 'refused' | 'conflict' | 'note';

export interface CommandStatus {
  kind: StatusKind;
  text: string;
  /** Bumped by every new status, so the same text said twice still shows as new. */
  seq: number;
}

export function createStatusStore() {
  return createStore<CommandStatus>(() => ({ kind: 'idle', text: '', seq: 0 }));
}

export type StatusStore = ReturnType<typeof createStatusStore>;

/** What the status line says once the hub has answered `command` with `ack`. */
export function outcomeOf(
  command: CommandInput,
  ack: CommandAck,
  texts: ChairMessages,
): Pick<CommandStatus, 'kind' | 'text'> {
  if (ack.ok) return { kind: 'done', text: texts.done[command.type] };
  if (ack.error.code === 'conflict') return { kind: 'conflict', text: texts.conflict };
  return {
    kind: 'refused',
    text: format(texts.commandRefused, {
      action: texts.commands[command.type],
      reason: ack.error.message,
    }),
  };
}

/** What the status line says while `command` is on its way. */
export function pendingText(command: CommandInput, texts: ChairMessages): string {
  return format(texts.sending, { action: texts.commands[command.type] });
}
