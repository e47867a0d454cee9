// How the booth's parts send a command: the connection on the page, a test double in component
// tests. The answer says whether the hub took it.
import type { CommandAck } from '../../../shared/protocol.ts';

export type BoothCommand =
  { type: 'setBoothStatus'; language: string; available: boolean } | { type: 'askSlower' };

export type BoothSend = (command: BoothCommand) => Promise<CommandAck>;
