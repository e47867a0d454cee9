// Where the wall's QR code and the chair's console send phones: the hub's word (GET /api/config),
// else the page's own address, and never an address only this machine could open.
import { describe, expect, it } from 'vitest';
import { isLoopbackHost, phonesLinkOf } from '../../../client/view-kit/phones-link.ts';

describe('phonesLinkOf', () => {
  it.each([
    [
      'the public address the hub was given',
      { phonesBase: 'https://rostrum.example.org', from: 'setting' },
      'http://localhost:8080',
      'https://rostrum.example.org/follow/cr4',
    ],
    [
      'the hub’s network address, for a wall opened on localhost',
      { phonesBase: 'http://192.0.2.2:8080', from: 'network' },
      'http://localhost:8080',
      'http://192.0.2.2:8080/follow/cr4',
    ],
    [
      'the page’s address when the hub has none and the page is not local',
      { phonesBase: null, from: 'none' },
      'https://room4.example.org',
      'https://room4.example.org/follow/cr4',
    ],
    [
      'the page’s address when the hub does not answer',
      undefined,
      'http://192.0.2.9:8080',
      'http://192.0.2.9:8080/follow/cr4',
    ],
    ['nothing on localhost with no word from the hub', undefined, 'http://localhost:8080', null],
    ['nothing on 127.x when the hub has none', { phonesBase: null }, 'http://127.0.0.1:8080', null],
    [
      'never a loopback address from the hub',
      { phonesBase: 'http://127.0.0.1:8080' },
      'http://[::1]:8080',
      null,
    ],
    [
      'never something that is not an address',
      { phonesBase: 'javascript:alert(1)' },
      'http://localhost',
      null,
    ],
  ])('%s', (_what, config, origin, expected) => {
    expect(phonesLinkOf(config, origin, 'cr4')).toEqual({ url: expected });
  });

  it('knows the loopback names', () => {
    for (const host of [
      'localhost',
      'LOCALHOST',
      'wall.localhost',
      '127.0.0.1',
      '127.1.2.3',
      '[::1]',
    ])
      expect(isLoopbackHost(host), host).toBe(true);
    for (const host of ['192.0.2.2', 'rostrum.example.org', '[fd00::2]'])
      expect(isLoopbackHost(host), host).toBe(false);
  });
});
