// The hub's settings, from the command line and the environment, checked before anything starts.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';

export interface HubConfig {
  port: number;
  host: string;
  dataDir: string;
  /** When set, the chair key of every room. */
  chairKey?: string;
  roomsFile?: string;
  help: boolean;
}

export const HELP = `Rostrum hub: live list of speakers, speaking-time countdown and interpretation notice.

Usage: npm start -- [options]        (or: npx tsx server/main.ts [options])

Options:
  --rooms <file>     rooms file (JSON) describing the rooms to host; see rooms.example.json.
                     Without it, the first start on an empty data folder creates the demo room cr4.
  --help             print this help and exit

Environment:
  PORT               port to listen on (default 8080)
  HOST               address to bind (default 0.0.0.0: every interface, so phones can reach it)
  DATA_DIR           folder for the SQLite database (default ./data)
  ROSTRUM_CHAIR_KEY  chair key for every room (at least 8 characters); without it each room gets a
                     random key at first start, kept in the data folder and printed at every start
  LOG_LEVEL          pino log level (default info)
`;

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  ROSTRUM_CHAIR_KEY: z
    .string()
    .min(8, { error: 'ROSTRUM_CHAIR_KEY must be at least 8 characters' })
    .max(256)
    .optional(),
});

/** Reads the settings; throws an Error naming each bad setting. */
export function readConfig(argv: string[], env: NodeJS.ProcessEnv): HubConfig {
  const { values } = parseArgs({
    args: argv,
    options: { rooms: { type: 'string' }, help: { type: 'boolean', default: false } },
    strict: true,
  });
  const parsed = envSchema.safeParse({
    PORT: env.PORT || undefined,
    HOST: env.HOST || undefined,
    DATA_DIR: env.DATA_DIR || undefined,
    ROSTRUM_CHAIR_KEY: env.ROSTRUM_CHAIR_KEY || undefined,
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Bad settings:\n  ${problems.join('\n  ')}`);
  }
  return {
    port: parsed.data.PORT,
    host: parsed.data.HOST,
    dataDir: path.resolve(parsed.data.DATA_DIR),
    ...(parsed.data.ROSTRUM_CHAIR_KEY !== undefined && { chairKey: parsed.data.ROSTRUM_CHAIR_KEY }),
    ...(values.rooms !== undefined && { roomsFile: path.resolve(values.rooms) }),
    help: values.help,
  };
}
