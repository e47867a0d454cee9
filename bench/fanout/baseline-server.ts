// The baseline of the fan-out benchmark: a plain `ws` server that does nothing but broadcast.
// A control connection (path /control) sends it a text; it sends those very bytes to every
// other connection, in a loop, as a hand-written broadcast would.
import { createServer } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';

const port = Number(process.env.PORT ?? 0);
/** Time spent in the broadcast loops (ms) and how many there were, for `/stats`. */
const loops = { totalMs: 0, count: 0 };
const server = createServer((req, res) => {
  if (req.url === '/stats') {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(loops));
    return;
  }
  res.writeHead(req.url === '/healthz' ? 200 : 404).end();
});
const followers = new WebSocketServer({ noServer: true, perMessageDeflate: false });
const control = new WebSocketServer({ noServer: true, perMessageDeflate: false });
const clients = new Set<WebSocket>();

server.on('upgrade', (req, socket, head) => {
  const target = req.url === '/control' ? control : followers;
  target.handleUpgrade(req, socket, head, (ws) => target.emit('connection', ws, req));
});
followers.on('connection', (ws) => {
  clients.add(ws);
  ws.on('close', () => clients.delete(ws));
});
control.on('connection', (ws) => {
  ws.on('message', (data) => {
    const text = data.toString();
    const start = performance.now();
    for (const client of clients) client.send(text);
    loops.totalMs += performance.now() - start;
    loops.count += 1;
  });
});

server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : ''}\n`);
});
process.on('SIGTERM', () => process.exit(0));
