// Where phones are sent, from the settings and the machine's network: never an address only this
// machine can open.
import { describe, expect, it } from 'vitest';
import {
  baseUrl,
  isLoopback,
  localBase,
  phonesBase,
  type Listening,
} from '../../server/http/public-address.ts';

const LAN = ['192.0.2.2', '198.51.100.7'];
const at = (host: string, port = 8080, secure = false): Listening => ({ host, port, secure });

describe('phonesBase', () => {
  it.each([
    [
      'the setting, whatever the binding',
      at('127.0.0.1'),
      'https://r.example.org',
      LAN,
      { base: 'https://r.example.org', from: 'setting' },
    ],
    [
      'every interface: the first network address',
      at('0.0.0.0'),
      undefined,
      LAN,
      { base: 'http://192.0.2.2:8080', from: 'network' },
    ],
    [
      'every interface (IPv6 too)',
      at('::', 8443, true),
      undefined,
      LAN,
      { base: 'https://192.0.2.2:8443', from: 'network' },
    ],
    ['every interface, no network', at('0.0.0.0'), undefined, [], { base: null, from: 'none' }],
    [
      'one address of the network',
      at('198.51.100.7', 443, true),
      undefined,
      LAN,
      { base: 'https://198.51.100.7', from: 'network' },
    ],
    ['loopback only', at('127.0.0.1'), undefined, LAN, { base: null, from: 'none' }],
    ['localhost only', at('localhost'), undefined, LAN, { base: null, from: 'none' }],
    ['::1 only', at('::1'), undefined, LAN, { base: null, from: 'none' }],
  ])('%s', (_what, listening, publicUrl, lan, expected) => {
    expect(phonesBase(listening, publicUrl, lan)).toEqual(expected);
  });
});

describe('the other bases', () => {
  it('keeps links on this machine local, and leaves out the scheme’s own port', () => {
    expect(localBase(at('0.0.0.0'))).toBe('http://localhost:8080');
    expect(localBase(at('127.0.0.1', 443, true))).toBe('https://127.0.0.1');
    expect(baseUrl('fd00::2', 8080, false)).toBe('http://[fd00::2]:8080');
    expect(baseUrl('example.org', 80, false)).toBe('http://example.org');
  });

  it('knows the loopback addresses', () => {
    for (const host of ['localhost', 'a.localhost', '127.0.0.1', '127.8.9.1', '::1', '[::1]'])
      expect(isLoopback(host), host).toBe(true);
    for (const host of ['192.0.2.2', 'rostrum.example.org', 'fd00::2'])
      expect(isLoopback(host), host).toBe(false);
  });
});
