// The interpreters' booths: each reports whether interpretation into its language is provided,
// and asks the speaker on the floor to slow down. The chair decides whether the room's notice
// follows the booths' reports (followBooths) or its own setting (setInterpretation).
// Booth commands are not steps of the chair's undo (apply.ts): the chair takes back its own acts.
import { fail, ok } from '../result.ts';
import type { EpochMs } from '../time.ts';
import { interpretationFromBooths } from './booths.ts';
import type { CommandOf } from './commands.ts';
import { domainError } from './errors.ts';
import type { DomainResult } from './handler.ts';
import { SLOWER_REPEAT_MS } from './slower.ts';
import { timerPhase } from './timer.ts';
import type { Booths, MeetingCore } from './types.ts';

/** The meeting with the booths' new reports, its notice recomposed while it follows them. */
function withBooths(core: MeetingCore, booths: Booths): MeetingCore {
  if (booths.source !== 'booths') return { ...core, booths };
  return { ...core, booths, interpretation: interpretationFromBooths(booths.statuses) };
}

export function setBoothStatus(
  core: MeetingCore,
  cmd: CommandOf<'setBoothStatus'>,
): DomainResult<MeetingCore> {
  if (core.booths.statuses[cmd.language] === cmd.available) {
    const said = cmd.available ? 'provided' : 'not provided';
    return fail(
      domainError('nothingToChange', `Interpretation into ${cmd.language} is already ${said}.`),
    );
  }
  const statuses = { ...core.booths.statuses, [cmd.language]: cmd.available };
  return ok(withBooths(core, { ...core.booths, statuses }));
}

export function followBooths(core: MeetingCore): DomainResult<MeetingCore> {
  if (core.booths.source === 'booths') {
    return fail(domainError('nothingToChange', 'The notice already follows the booths.'));
  }
  return ok(withBooths(core, { ...core.booths, source: 'booths' }));
}

export function askSlower(
  core: MeetingCore,
  _cmd: CommandOf<'askSlower'>,
  now: EpochMs,
): DomainResult<MeetingCore> {
  const floor = core.floor;
  if (!floor) {
    return fail(domainError('nobodyOnFloor', 'Nobody has the floor: there is nobody to ask.'));
  }
  if (timerPhase(floor.timer) !== 'running') {
    return fail(
      domainError('speechNotRunning', 'The speaker is not speaking (the clock is not running).'),
    );
  }
  if (floor.slowerAt !== undefined && now - floor.slowerAt < SLOWER_REPEAT_MS) {
    return fail(
      domainError(
        'slowerTooSoon',
        `The speaker was asked ${Math.max(0, now - floor.slowerAt)} ms ago: the signal is on.`,
      ),
    );
  }
  return ok({
    ...core,
    floor: { ...floor, slowerAt: now, slowerRequests: (floor.slowerRequests ?? 0) + 1 },
  });
}
