// The handshake a client sends, as the hub validates it (kept apart from protocol.ts so that
// clients, which only need the types, do not load zod).
import { z } from 'zod';
import { ROLES, type Handshake } from './protocol.ts';

export const handshakeSchema = z.object({
  roomId: z.string().min(1).max(64),
  role: z.enum(ROLES),
  key: z.string().max(256).optional(),
  protocol: z.int().optional(),
}) satisfies z.ZodType<Handshake>;
