// The chair's two ways to send a command, behind one shape, so a test can run the same script
// over Socket.IO and over REST and compare what came back.
import {
  postCommand,
  sendCommand,
  type Harness,
  type HubAddress,
  type RestAnswer,
} from './harness.ts';

export const TRANSPORTS = ['socket', 'rest'] as const;
export type Transport = (typeof TRANSPORTS)[number];

/** What a command got back: the HTTP status (REST only) and the reply, without its time stamp. */
export interface Sent {
  status: number | undefined;
  /** The socket acknowledgement, or the REST body without `serverNow`. */
  reply: unknown;
}

/** A chair connected one way or the other. */
export interface ChairLine {
  transport: Transport;
  send(input: unknown): Promise<Sent>;
}

/** The value without one key, when it is an object. */
function omitKey(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([name]) => name !== key));
}

/** A chair of `roomId` on `hub`, sending over `transport`. */
export async function chairLine(
  harness: Harness,
  transport: Transport,
  hub: HubAddress,
  roomId: string,
  key: string,
): Promise<ChairLine> {
  if (transport === 'rest') {
    return {
      transport,
      async send(input) {
        const answer: RestAnswer = await postCommand(hub, roomId, input, { key });
        return { status: answer.status, reply: omitKey(answer.body, 'serverNow') };
      },
    };
  }
  const chair = await harness.connect(hub, { roomId, role: 'chair', key });
  return {
    transport,
    async send(input) {
      return { status: undefined, reply: await sendCommand(chair.socket, input) };
    },
  };
}
