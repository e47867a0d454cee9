import type { Result } from '../result.ts';
import type { EpochMs } from '../time.ts';
import type { CommandOf, CommandType } from './commands.ts';
import type { DomainError } from './errors.ts';
import type { MeetingCore } from './types.ts';

/** A domain outcome: a value, or a typed refusal. */
export type DomainResult<Value> = Result<Value, DomainError>;

/** What every command handler is: the room before, the command, the time; the room after or why not. */
export type CommandHandler<Type extends CommandType> = (
  core: MeetingCore,
  command: CommandOf<Type>,
  now: EpochMs,
) => DomainResult<MeetingCore>;
