// What a hub or an edge that cannot start prints before it exits 1: one line on stderr, saying
// what is wrong and what to do, never a stack trace. A port already taken is the usual case (a
// hub left running, or a second `npm start`).

interface ListenError {
  code: string;
  address: string;
  port: number;
}

/** The error Node's `server.listen` fails with (code, address and port), else undefined. */
function listenError(error: unknown): ListenError | undefined {
  if (!(error instanceof Error)) return undefined;
  if (!('syscall' in error) || error.syscall !== 'listen') return undefined;
  if (!('code' in error) || typeof error.code !== 'string') return undefined;
  const address = 'address' in error && typeof error.address === 'string' ? error.address : '';
  const port = 'port' in error && typeof error.port === 'number' ? error.port : 0;
  return { code: error.code, address, port };
}

/** The one line that says why the start failed, from what it threw. */
export function startFailureLine(error: unknown): string {
  const listen = listenError(error);
  if (listen) {
    const where = `port ${listen.port} on ${listen.address}`;
    switch (listen.code) {
      case 'EADDRINUSE':
        return `Cannot listen: ${where} is already in use (another Rostrum hub, or another program). Stop it, or choose another port: PORT=<port> npm start.`;
      case 'EACCES':
        return `Cannot listen: ${where} needs a privilege this user does not have. Choose a port above 1023 (PORT=8080), or grant CAP_NET_BIND_SERVICE (docs/deployment.md).`;
      case 'EADDRNOTAVAIL':
        return `Cannot listen: ${listen.address} is not an address of this machine. Set HOST to one of its addresses, or to 0.0.0.0 for all.`;
    }
  }
  return error instanceof Error ? error.message : String(error);
}
