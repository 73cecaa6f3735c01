import { describe, expect, it } from 'vitest';
import { APP_POLICY, connectPolicy, policyText } from '../../../../src/kiosk/security/content-security-policy.ts';

const APP = 'https://kiosk.museum.example/app/';

describe('policyText', () => {
  it('writes each directive with its sources, separated by semicolons', () => {
    expect(policyText({ 'default-src': ["'none'"], 'img-src': ["'self'", 'blob:'] })).toBe(
      "default-src 'none'; img-src 'self' blob:",
    );
  });
});

describe('APP_POLICY', () => {
  it('allows no inline script or style and no eval', () => {
    for (const directive of ['script-src', 'style-src'] as const) {
      expect(APP_POLICY[directive]).toEqual(["'self'"]);
    }
    expect(policyText(APP_POLICY)).not.toMatch(/unsafe-|nonce-|sha256-/);
  });

  it('refuses whatever it does not name, plugins and a changed base', () => {
    expect(APP_POLICY['default-src']).toEqual(["'none'"]);
    expect(APP_POLICY['object-src']).toEqual(["'none'"]);
    expect(APP_POLICY['base-uri']).toEqual(["'none'"]);
  });

  it('names no directive that a <meta> policy ignores', () => {
    for (const directive of ['frame-ancestors', 'report-uri', 'sandbox']) expect(APP_POLICY).not.toHaveProperty(directive);
  });
});

describe('connectPolicy', () => {
  it('allows only the app itself when the feed is relative and there is no heartbeat', () => {
    expect(connectPolicy({ feedUrl: 'feed/' }, APP)).toEqual({ 'connect-src': ["'self'"] });
  });

  it('adds the feed origin and the heartbeat origin, not their paths', () => {
    const policy = connectPolicy(
      {
        feedUrl: 'https://cdn.example.org/museum/feed/',
        heartbeat: { url: 'http://192.168.1.20:9091/metrics', format: 'pushgateway', intervalSeconds: 60 },
      },
      APP,
    );
    expect(policy).toEqual({ 'connect-src': ["'self'", 'https://cdn.example.org', 'http://192.168.1.20:9091'] });
  });

  it('names an origin once when the feed and the heartbeat share it', () => {
    const policy = connectPolicy(
      {
        feedUrl: 'https://host.example/feed/',
        heartbeat: { url: 'https://host.example/beat', format: 'json', intervalSeconds: 60 },
      },
      APP,
    );
    expect(policy['connect-src']).toEqual(["'self'", 'https://host.example']);
  });

  it('allows only the app itself without a config, and never an opaque origin', () => {
    expect(connectPolicy(null, APP)).toEqual({ 'connect-src': ["'self'"] });
    expect(connectPolicy({ feedUrl: 'data:application/json,{}' }, APP)).toEqual({ 'connect-src': ["'self'"] });
  });
});
