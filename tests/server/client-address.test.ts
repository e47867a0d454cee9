// Whose address a request is counted under: the TCP peer, unless the peer is a trusted proxy,
// and then the nearest forwarded address that is not a trusted proxy itself.
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createAddressOf, parseTrustedProxies } from '../../server/guard/client-address.ts';

function request(peer: string, forwardedFor?: string): IncomingMessage {
  const headers = forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor };
  // Only the two fields the function reads; the rest of a request plays no part.
  return { socket: { remoteAddress: peer }, headers } as unknown as IncomingMessage;
}

describe('createAddressOf', () => {
  it.each([
    ['no proxy trusted: the peer, header ignored', [], '10.0.0.9', '203.0.113.5', '10.0.0.9'],
    ['IPv4-mapped peer is the plain address', [], '::ffff:127.0.0.3', undefined, '127.0.0.3'],
    ['trusted peer: the forwarded client', ['10.0.0.2'], '10.0.0.2', '203.0.113.5', '203.0.113.5'],
    ['an untrusted peer cannot name another', ['10.0.0.2'], '10.0.0.3', '203.0.113.5', '10.0.0.3'],
    [
      'read from the right: a forged first entry is skipped',
      ['10.0.0.2'],
      '10.0.0.2',
      '1.2.3.4, 203.0.113.5',
      '203.0.113.5',
    ],
    [
      'chained trusted proxies are passed over',
      ['loopback', '10.0.0.2'],
      '127.0.0.1',
      '203.0.113.5, 10.0.0.2',
      '203.0.113.5',
    ],
    [
      'a trusted peer with no header is the client',
      ['loopback'],
      '127.0.0.1',
      undefined,
      '127.0.0.1',
    ],
    ['garbage in the header is not an address', ['loopback'], '::1', 'nonsense', '::1'],
  ])('%s', (_label, trusted, peer, header, expected) => {
    expect(createAddressOf(trusted)(request(peer, header))).toBe(expected);
  });
});

describe('parseTrustedProxies', () => {
  it('takes addresses and loopback, and names what is neither', () => {
    expect(parseTrustedProxies(' 10.0.0.2, loopback ,::1')).toEqual([
      '10.0.0.2',
      'loopback',
      '::1',
    ]);
    expect(() => parseTrustedProxies('10.0.0.2, proxy.local')).toThrow(
      'ROSTRUM_TRUST_PROXY: proxy.local is not an IP address nor "loopback"',
    );
  });
});
