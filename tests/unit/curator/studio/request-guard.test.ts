import { describe, expect, it } from 'vitest';
import { guardRequest, loopbackOrigins, protectiveHeaders } from '../../../../src/curator/studio/request-guard.ts';
import { StudioError } from '../../../../src/curator/studio/studio-error.ts';

const PORT = 4174;

function codeOf(method: string, headers: Record<string, string>, framedBySameSite = false): string | null {
  try {
    guardRequest(method, headers, { port: PORT, framedBySameSite });
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(StudioError);
    expect((error as StudioError).status).toBe(403);
    return (error as StudioError).code;
  }
}

describe('guardRequest', () => {
  describe('the Host header', () => {
    it('accepts localhost and 127.0.0.1 on the studio port', () => {
      expect(codeOf('GET', { host: 'localhost:4174' })).toBeNull();
      expect(codeOf('GET', { host: '127.0.0.1:4174' })).toBeNull();
    });

    it('refuses another name, such as one rebound to 127.0.0.1 by DNS', () => {
      expect(codeOf('GET', { host: 'evil.example:4174' })).toBe('forbidden-host');
      expect(codeOf('GET', { host: 'localhost.evil.example:4174' })).toBe('forbidden-host');
      expect(codeOf('GET', { host: '192.168.1.20:4174' })).toBe('forbidden-host');
    });

    it('refuses another port, no port and no Host at all', () => {
      expect(codeOf('GET', { host: 'localhost:4175' })).toBe('forbidden-host');
      expect(codeOf('GET', { host: 'localhost' })).toBe('forbidden-host');
      expect(codeOf('GET', {})).toBe('forbidden-host');
    });
  });

  describe('the Origin header', () => {
    it('accepts the studio page itself, under the name it was opened by', () => {
      expect(codeOf('PUT', { host: 'localhost:4174', origin: 'http://localhost:4174' })).toBeNull();
      expect(codeOf('POST', { host: '127.0.0.1:4174', origin: 'http://127.0.0.1:4174' })).toBeNull();
    });

    it('refuses any other origin, reads included', () => {
      for (const origin of ['http://evil.example', 'http://localhost:4175', 'https://localhost:4174', 'null']) {
        expect(codeOf('GET', { host: 'localhost:4174', origin })).toBe('forbidden-origin');
        expect(codeOf('PUT', { host: 'localhost:4174', origin })).toBe('forbidden-origin');
      }
    });

    it('refuses the other spelling of the studio address: that is another origin to the browser', () => {
      expect(codeOf('PUT', { host: 'localhost:4174', origin: 'http://127.0.0.1:4174' })).toBe('forbidden-origin');
    });

    it('refuses a write that does not say where it comes from', () => {
      for (const method of ['PUT', 'POST', 'DELETE', 'PATCH'])
        expect(codeOf(method, { host: 'localhost:4174' })).toBe('forbidden-origin');
    });

    it('lets a read without Origin through, as a browser sends for the page itself', () => {
      expect(codeOf('GET', { host: 'localhost:4174' })).toBeNull();
      expect(codeOf('HEAD', { host: 'localhost:4174' })).toBeNull();
    });
  });

  describe('Sec-Fetch-Site', () => {
    it('refuses what another site loads from the studio, which sends no Origin', () => {
      expect(codeOf('GET', { host: 'localhost:4174', 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'no-cors' })).toBe(
        'forbidden-origin',
      );
      expect(codeOf('GET', { host: 'localhost:4174', 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate' })).toBe(
        'forbidden-origin',
      );
      expect(codeOf('GET', { host: 'localhost:4174', 'sec-fetch-site': 'same-site', 'sec-fetch-mode': 'navigate' })).toBe(
        'forbidden-origin',
      );
    });

    it('accepts the curator opening the address and the page loading its own files', () => {
      expect(codeOf('GET', { host: 'localhost:4174', 'sec-fetch-site': 'none', 'sec-fetch-mode': 'navigate' })).toBeNull();
      expect(codeOf('GET', { host: 'localhost:4174', 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': 'cors' })).toBeNull();
    });

    it('lets the preview be framed by the studio on the next port, and nothing else of that site in', () => {
      const framed = { host: 'localhost:4174', 'sec-fetch-site': 'same-site', 'sec-fetch-mode': 'navigate' };
      expect(codeOf('GET', framed, true)).toBeNull();
      expect(codeOf('GET', { ...framed, 'sec-fetch-mode': 'no-cors' }, true)).toBe('forbidden-origin');
      expect(codeOf('GET', { ...framed, 'sec-fetch-site': 'cross-site' }, true)).toBe('forbidden-origin');
    });
  });
});

describe('protectiveHeaders', () => {
  it('lets nothing frame the studio', () => {
    expect(protectiveHeaders([])['Content-Security-Policy']).toBe("frame-ancestors 'none'");
  });

  it('lets only the studio frame the preview', () => {
    expect(protectiveHeaders(loopbackOrigins(PORT))['Content-Security-Policy']).toBe(
      'frame-ancestors http://localhost:4174 http://127.0.0.1:4174',
    );
  });
});
