// Who may send which command: the interpreters' booths send their own two, the chair every other.
// A booth's key must not run the meeting, and a chair's console has no business speaking for a
// booth. The hub checks this after parsing, before apply (server/room-engine.ts).
import type { CommandType } from './commands.ts';
import type { RostrumError } from './errors.ts';

/** Who sends commands to a room: its chair (or the secretariat), or an interpreters' booth. */
export type CommandIssuer = 'chair' | 'booth';

const BOOTH_COMMANDS: ReadonlySet<CommandType> = new Set(['setBoothStatus', 'askSlower']);

/** Who may send a command of this type. */
export function issuerOf(type: CommandType): CommandIssuer {
  return BOOTH_COMMANDS.has(type) ? 'booth' : 'chair';
}

/** The refusal of a command sent by the wrong issuer: a booth running the meeting, or the reverse. */
export function wrongIssuerError(type: CommandType, issuer: CommandIssuer): RostrumError {
  return issuer === 'booth'
    ? {
        code: 'forbidden',
        message: `A booth cannot send ${type}: only the chair runs the meeting.`,
      }
    : { code: 'forbidden', message: `Only an interpreters' booth sends ${type}.` };
}
