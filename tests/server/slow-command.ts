// A REST command whose body arrives in two halves: what a hub that is told to stop must still
// finish and commit.
import { request } from 'node:http';

/** POSTs `command` to room cr4 with `key`; the second half of its body goes once `release` resolves. */
export function slowCommand(
  url: string,
  command: object,
  release: Promise<void>,
  key: string,
): Promise<{ status: number; body: unknown }> {
  const body = JSON.stringify(command);
  const half = Math.floor(body.length / 2);
  return new Promise((resolve, reject) => {
    const req = request(`${url}/api/rooms/cr4/commands`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${key}`,
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
      },
    });
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as unknown }),
      );
    });
    req.on('error', reject);
    req.write(body.slice(0, half));
    void release.then(() => req.end(body.slice(half)));
  });
}
