import { describe, expect, it } from 'vitest';
import { IDLE_WARNING_MS, IdleTimer, STUCK_FINGER_MS } from '../../../../src/kiosk/behaviour/idle-timer.ts';

const IDLE_MS = 90_000;

describe('IdleTimer', () => {
  describe('#tick', () => {
    it('stays active until the warning period begins', () => {
      const timer = new IdleTimer(IDLE_MS, 0);
      expect(timer.tick(IDLE_MS - IDLE_WARNING_MS - 1)).toEqual({ kind: 'active' });
    });

    it('warns for the last seconds with the seconds left, rounded up', () => {
      const timer = new IdleTimer(IDLE_MS, 0);
      expect(timer.tick(IDLE_MS - IDLE_WARNING_MS)).toEqual({ kind: 'warning', secondsLeft: 10 });
      expect(timer.tick(IDLE_MS - 1500)).toEqual({ kind: 'warning', secondsLeft: 2 });
    });

    it('expires once, then rests until the next activity', () => {
      const timer = new IdleTimer(IDLE_MS, 0);
      expect(timer.tick(IDLE_MS)).toEqual({ kind: 'expired' });
      expect(timer.tick(IDLE_MS + 1000)).toEqual({ kind: 'resting' });
      timer.activity(IDLE_MS + 2000);
      expect(timer.tick(IDLE_MS + 3000)).toEqual({ kind: 'active' });
      expect(timer.tick(2 * IDLE_MS + 2000)).toEqual({ kind: 'expired' });
    });

    it('starts the idle period again after any activity', () => {
      const timer = new IdleTimer(IDLE_MS, 0);
      timer.activity(60_000);
      expect(timer.tick(IDLE_MS + 1000)).toEqual({ kind: 'active' });
    });

    it('never expires while a finger is down', () => {
      const timer = new IdleTimer(IDLE_MS, 0);
      timer.fingerDown(1000);
      expect(timer.tick(1000 + IDLE_MS + 5000)).toEqual({ kind: 'active' });
      timer.fingerUp(1000 + IDLE_MS + 6000);
      expect(timer.tick(1000 + IDLE_MS + 7000)).toEqual({ kind: 'active' });
    });

    it('takes a finger down for longer than the stuck limit as a lost pointerup', () => {
      const timer = new IdleTimer(IDLE_MS, 0);
      timer.fingerDown(0);
      expect(timer.tick(STUCK_FINGER_MS + 1)).toEqual({ kind: 'expired' });
    });

    it('warns for at most half of a short timeout', () => {
      const timer = new IdleTimer(10_000, 0);
      expect(timer.tick(4999)).toEqual({ kind: 'active' });
      expect(timer.tick(5000)).toEqual({ kind: 'warning', secondsLeft: 5 });
    });
  });

  describe('#isQuiet', () => {
    it('is quiet only after the given time without activity', () => {
      const timer = new IdleTimer(IDLE_MS, 0);
      timer.activity(10_000);
      expect(timer.isQuiet(14_999, 5000)).toBe(false);
      expect(timer.isQuiet(15_000, 5000)).toBe(true);
    });

    it('is never quiet while a finger is down', () => {
      const timer = new IdleTimer(IDLE_MS, 0);
      timer.fingerDown(0);
      expect(timer.isQuiet(60_000, 5000)).toBe(false);
    });

    it('counts fingers, so lifting one of two is still touching', () => {
      const timer = new IdleTimer(IDLE_MS, 0);
      timer.fingerDown(0);
      timer.fingerDown(0);
      timer.fingerUp(100);
      expect(timer.isTouching(200)).toBe(true);
      timer.fingerUp(300);
      expect(timer.isTouching(400)).toBe(false);
    });

    it('does not count below zero fingers after a stray pointerup', () => {
      const timer = new IdleTimer(IDLE_MS, 0);
      timer.fingerUp(0);
      timer.fingerDown(0);
      timer.fingerUp(0);
      expect(timer.isTouching(1)).toBe(false);
    });
  });
});
