// The line a hub that cannot listen prints: which port or address, and what to do.
import { createServer, type Server } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { startFailureLine } from '../../server/start-failure.ts';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

/** What `listen(port, host)` fails with (a real error from Node), or undefined if it binds. */
function listenFailure(port: number, host: string): Promise<unknown> {
  return new Promise((resolve) => {
    const server = createServer();
    servers.push(server);
    server.once('error', resolve);
    server.listen(port, host, () => resolve(undefined));
  });
}

it('names the port taken and what to do', async () => {
  expect(await listenFailure(0, '127.0.0.1')).toBeUndefined();
  const address = servers[0]?.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  expect(startFailureLine(await listenFailure(port, '127.0.0.1'))).toBe(
    `Cannot listen: port ${port} on 127.0.0.1 is already in use (another Rostrum hub, or another program). Stop it, or choose another port: PORT=<port> npm start.`,
  );
});

it('names an address that is not this machine', async () => {
  // 192.0.2.0/24 is for documentation (RFC 5737): no machine has it.
  expect(startFailureLine(await listenFailure(0, '192.0.2.1'))).toBe(
    'Cannot listen: 192.0.2.1 is not an address of this machine. Set HOST to one of its addresses, or to 0.0.0.0 for all.',
  );
});

it('names a privileged port (as Node reports it to a user without the privilege)', () => {
  const error = Object.assign(new Error('listen EACCES: permission denied 0.0.0.0:443'), {
    code: 'EACCES',
    syscall: 'listen',
    address: '0.0.0.0',
    port: 443,
  });
  expect(startFailureLine(error)).toMatch(
    /^Cannot listen: port 443 on 0\.0\.0\.0 needs a privilege .* CAP_NET_BIND_SERVICE/,
  );
});

it('gives any other failure its own message, without a stack', () => {
  expect(startFailureLine(new Error('Rooms file rooms.json: not JSON'))).toBe(
    'Rooms file rooms.json: not JSON',
  );
  expect(startFailureLine('plain')).toBe('plain');
});
