import { useShallow } from 'zustand/react/shallow';
import type { CommandInput } from '../../../../shared/domain/commands.ts';
import { callOrder } from '../../../../shared/domain/list-order.ts';
import { timerPhase } from '../../../../shared/domain/timer.ts';
import type { PublicRoomState } from '../../../../shared/domain/types.ts';
import { useRoomSlice } from '../../../app/use-room.ts';
import { useChair } from '../chair-context.tsx';
import { useConsoleSetting, useConsoleSettings } from '../console-settings.tsx';
import {
  ADJUST_STEP_MS,
  isClosed,
  nextCommand,
  nextStarts,
  primaryAction,
  primaryCommand,
  SHORTCUT_KEYS,
  type FloorOptions,
  type Shortcut,
} from '../floor-model.ts';
import { LimitField } from './LimitField.tsx';
import { StatusLine } from './StatusLine.tsx';
import { useScreen, useTexts } from '../../../view-kit/screen.tsx';
import type { ChairMessages } from '../messages/chair-messages.ts';

/** Which floor buttons can do something now (the hub still has the last word). */
function floorState(room: PublicRoomState, options: FloorOptions) {
  const adjourned = isClosed(room.status);
  const phase = room.floor ? timerPhase(room.floor.timer) : undefined;
  const started = phase === 'running' || phase === 'paused';
  const anyoneToCall = callOrder(room.speakers).some((s) => s.id !== room.floor?.speakerId);
  return {
    primary: primaryAction(room),
    canNext: !adjourned && (room.floor !== null || anyoneToCall),
    canPrevious: !adjourned && !started && room.speakers.some((s) => s.status === 'spoken'),
    canSkip: !adjourned && !started && (room.floor !== null || anyoneToCall),
    canEnd: !adjourned && started,
    canAdjust: !adjourned && room.floor !== null,
    limitMs: room.floor?.timer.limitMs,
    nextStarts: nextStarts(room.status, options),
  };
}

/** A shortcut's keys as aria-keyshortcuts wants them. */
const keysOf = (shortcut: Shortcut) => SHORTCUT_KEYS[shortcut].join(' ');

/** The option for Next: the clock of the speaker called starts at once. */
function CallStartsOption() {
  const texts = useTexts<ChairMessages>();
  const settings = useConsoleSettings();
  const callStarts = useConsoleSetting('callStarts');
  return (
    <label className="chair-call-starts">
      <input
        type="checkbox"
        checked={callStarts}
        onChange={(event) => settings.set('callStarts', event.target.checked)}
      />
      {texts.callStarts}
    </label>
  );
}

/** One floor button: what it does, and its key. */
function FloorButton(props: {
  label: string;
  keyLabel?: string;
  keyShortcuts?: string;
  command: CommandInput;
  enabled: boolean;
  className?: string;
}) {
  const { run } = useChair();
  return (
    <button
      type="button"
      className={`chair-action ${props.className ?? ''}`}
      data-command={props.command.type}
      disabled={!props.enabled}
      aria-keyshortcuts={props.keyShortcuts}
      onClick={() => void run(props.command)}
    >
      <span>{props.label}</span>
      {props.keyLabel && <kbd>{props.keyLabel}</kbd>}
    </button>
  );
}

/** The floor's buttons, each with its shortcut on it, and the answer to the last one. */
export function FloorControls() {
  const { store, run } = useChair();
  const { texts } = useScreen<ChairMessages>();
  const callStarts = useConsoleSetting('callStarts');
  const state = useRoomSlice(
    store,
    useShallow((s) => (s.room ? floorState(s.room, { callStarts }) : undefined)),
  );
  if (!state) return null;
  const primary = primaryCommand(state.primary);
  const { controls, keys } = texts;
  return (
    <section className="chair-controls" aria-label={texts.floorHeading}>
      <button
        type="button"
        className="chair-action chair-primary"
        data-action={state.primary}
        data-command={primary?.type}
        disabled={!primary}
        aria-keyshortcuts={keysOf('primary')}
        onClick={() => primary && void run(primary)}
      >
        <span>{texts.primary[state.primary]}</span>
        <kbd>{keys.space}</kbd>
      </button>
      <div className="chair-action-grid">
        <FloorButton
          label={controls.previous}
          keyLabel={keys.previous}
          keyShortcuts={keysOf('previous')}
          command={{ type: 'previousSpeaker' }}
          enabled={state.canPrevious}
        />
        <FloorButton
          label={controls.next}
          keyLabel={keys.next}
          keyShortcuts={keysOf('next')}
          command={nextCommand(state.nextStarts)}
          enabled={state.canNext}
          className="chair-next-button"
        />
        <FloorButton
          label={controls.skip}
          keyLabel={keys.skip}
          keyShortcuts={keysOf('skip')}
          command={{ type: 'skipSpeaker' }}
          enabled={state.canSkip}
        />
        <FloorButton
          label={controls.minus}
          keyLabel={keys.minus}
          keyShortcuts={keysOf('minus')}
          command={{ type: 'adjustTime', deltaMs: -ADJUST_STEP_MS }}
          enabled={state.canAdjust}
        />
        <FloorButton
          label={controls.plus}
          keyLabel={keys.plus}
          keyShortcuts={keysOf('plus')}
          command={{ type: 'adjustTime', deltaMs: ADJUST_STEP_MS }}
          enabled={state.canAdjust}
        />
        <FloorButton label={controls.end} command={{ type: 'endSpeech' }} enabled={state.canEnd} />
      </div>
      <StatusLine />
      <CallStartsOption />
      <LimitField
        label={texts.speakerLimit}
        current={state.limitMs}
        disabled={!state.canAdjust}
        onSet={(limitMs) => void run({ type: 'setTimeLimit', limitMs })}
      />
    </section>
  );
}
