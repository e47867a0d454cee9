// @vitest-environment jsdom
// A phone follows a whole sitting: as the clock runs only the countdown may re-render. The
// speaker, the list and the delegation's card re-render when the room changes, and the list and
// card when the estimates move on (every PROJECTION_EVERY_MS), never with the seconds.
// Each part is wrapped in a React Profiler, whose onRender fires on every commit of its subtree.
import { cleanup, render } from '@testing-library/react';
import { Profiler, type ProfilerOnRenderCallback, type ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { LiveRoom } from '../../../client/store/live-room.ts';
import { Countdown } from '../../../client/view-kit/Countdown.tsx';
import { FloorSpeaker } from '../../../client/view-kit/FloorSpeaker.tsx';
import { ScreenProvider } from '../../../client/view-kit/screen.tsx';
import { loadFollowMessages } from '../../../client/views/follow/messages/follow-messages.ts';
import { MyDelegation } from '../../../client/views/follow/parts/MyDelegation.tsx';
import { SpeakerList } from '../../../client/views/follow/parts/SpeakerList.tsx';
import { useRoomProjection } from '../../../client/view-kit/use-room-projection.ts';
import { useRoomSlice } from '../../../client/app/use-room.ts';
import type { Speaker } from '../../../shared/domain/types.ts';
import {
  at,
  makeRoom,
  next,
  pushChange,
  run,
  sec,
  showAt,
  steppingClock,
  storeWith,
  T0,
} from './follow-harness.tsx';

afterEach(cleanup);

type Part = 'speaker' | 'countdown' | 'list' | 'card';

const NO_SPEAKERS: readonly Speaker[] = [];

/** The list and the card as the page feeds them: the projection computed once, above both. */
function ListAndCard(props: { store: LiveRoom; count: ProfilerOnRenderCallback }) {
  const projection = useRoomProjection(props.store);
  const speakers = useRoomSlice(props.store, (s) => s.room?.speakers ?? NO_SPEAKERS);
  return (
    <>
      <Profiler id="card" onRender={props.count}>
        <MyDelegation
          speakers={speakers}
          projection={projection}
          timeZone="America/New_York"
          delegation="JPN"
          onChoose={() => undefined}
          alertsOn={false}
          onAlerts={() => undefined}
        />
      </Profiler>
      <Profiler id="list" onRender={props.count}>
        <SpeakerList store={props.store} projection={projection} delegation="JPN" />
      </Profiler>
    </>
  );
}

async function renderCounted(store: LiveRoom) {
  const clock = steppingClock(T0);
  const renders: Record<Part, number> = { speaker: 0, countdown: 0, list: 0, card: 0 };
  const count: ProfilerOnRenderCallback = (id) => {
    renders[id as Part] += 1;
  };
  const texts = await loadFollowMessages('en');
  const wrap = (children: ReactNode) => (
    <ScreenProvider value={{ store, language: 'en', texts }} clock={clock.now}>
      {children}
    </ScreenProvider>
  );
  render(
    wrap(
      <>
        <Profiler id="speaker" onRender={count}>
          <FloorSpeaker prefix="follow-floor" as="p" />
        </Profiler>
        <Profiler id="countdown" onRender={count}>
          <Countdown prefix="follow" />
        </Profiler>
        <ListAndCard store={store} count={count} />
      </>,
    ),
  );
  const countsSince = () => {
    const before = { ...renders };
    return () =>
      Object.fromEntries(
        (Object.keys(renders) as Part[]).map((part) => [part, renders[part] - before[part]]),
      );
  };
  return { clock, countsSince };
}

describe('renders of the phone view’s parts', () => {
  it('only the countdown re-renders as the clock runs, about once a second', async () => {
    const store = storeWith(run(makeRoom(), T0, next));
    const { clock, countsSince } = await renderCounted(store);
    await showAt(clock, T0);
    const counts = countsSince();
    // Ten seconds in quarter seconds: within one period of the projection.
    for (let step = 1; step <= 40; step += 1) await showAt(clock, at(step * 250));
    expect(counts()).toEqual({ speaker: 0, countdown: 10, list: 0, card: 0 });
    expect(document.querySelector('.follow-digits')?.textContent).toBe('2:50');
  });

  it('a pause re-renders the countdown, and the estimates that it moves, not the speaker', async () => {
    const running = run(makeRoom(), T0, next);
    const store = storeWith(running);
    const { clock, countsSince } = await renderCounted(store);
    await showAt(clock, at(sec(20)));
    const counts = countsSince();
    const paused = run(running, at(sec(20)), { type: 'pauseSpeech' });
    pushChange(store, running, paused, at(sec(20)));
    await showAt(clock, at(sec(21)));
    const after = counts();
    expect(after.speaker).toBe(0);
    expect(after.countdown).toBeGreaterThan(0);
    // While paused nothing re-renders with the seconds.
    const quiet = countsSince();
    for (let step = 2; step <= 10; step += 1) await showAt(clock, at(sec(20 + step)));
    expect(quiet()).toEqual({ speaker: 0, countdown: 0, list: 0, card: 0 });
  });

  it('an announcement re-renders none of them', async () => {
    const running = run(makeRoom(), T0, next);
    const store = storeWith(running);
    const { clock, countsSince } = await renderCounted(store);
    await showAt(clock, at(sec(5)));
    const counts = countsSince();
    const announced = run(running, at(sec(5)), { type: 'announce', text: 'Photo at 13:00.' });
    pushChange(store, running, announced, at(sec(5)));
    await showAt(clock, at(sec(5)));
    expect(counts()).toEqual({ speaker: 0, countdown: 0, list: 0, card: 0 });
  });

  it('the next speaker re-renders the speaker, the list and the card', async () => {
    const first = run(makeRoom(), T0, next);
    const store = storeWith(first);
    const { clock, countsSince } = await renderCounted(store);
    await showAt(clock, at(sec(30)));
    const counts = countsSince();
    const second = run(first, at(sec(30)), next);
    pushChange(store, first, second, at(sec(30)));
    await showAt(clock, at(sec(30)));
    const after = counts();
    expect(after.speaker).toBeGreaterThan(0);
    expect(after.list).toBeGreaterThan(0);
    expect(after.card).toBeGreaterThan(0);
    expect(document.querySelector('.follow-floor-delegation')?.textContent).toBe('Germany');
  });
});
