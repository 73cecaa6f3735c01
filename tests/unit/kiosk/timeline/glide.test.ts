import { describe, expect, it } from 'vitest';
import {
  EDGE_RESISTANCE,
  flingTarget,
  Glide,
  GLIDE_TIME_CONSTANT_MS,
  nearestSnap,
  resistEdges,
  VELOCITY_WINDOW_MS,
  VelocityTracker,
} from '../../../../src/kiosk/timeline/glide.ts';

describe('VelocityTracker', () => {
  it('reads the finger’s velocity over its recent moves', () => {
    const tracker = new VelocityTracker();
    [0, 20, 40, 60].forEach((x, i) => tracker.add(x, i * 10));
    expect(tracker.velocity(30)).toBe(2);
  });

  it('reads a finger that stopped before it lifted as still', () => {
    const tracker = new VelocityTracker();
    tracker.add(0, 0);
    tracker.add(100, 16);
    expect(tracker.velocity(16 + VELOCITY_WINDOW_MS + 1)).toBe(0);
  });
});

describe('resistEdges', () => {
  it('moves the track freely within its ends and damps a drag past them', () => {
    expect(resistEdges(300, 1000)).toBe(300);
    expect(resistEdges(-100, 1000)).toBe(-100 * EDGE_RESISTANCE);
    expect(resistEdges(1100, 1000)).toBe(1000 + 100 * EDGE_RESISTANCE);
  });
});

describe('flingTarget', () => {
  const snaps = [0, 400, 800, 1200];

  it('coasts on in the fling’s direction and lands on the nearest snap point', () => {
    // A finger moving left at 1 px/ms moves the track on by about the time constant in px.
    expect(flingTarget(400, -1, snaps, 1200)).toBe(800);
    expect(flingTarget(800, 1, snaps, 1200)).toBe(400);
  });

  it('settles a slow release on the nearest snap point', () => {
    expect(flingTarget(630, 0, snaps, 1200)).toBe(800);
  });

  it('never lands beyond the ends', () => {
    expect(flingTarget(1100, -10, snaps, 1200)).toBe(1200);
    expect(flingTarget(100, 10, snaps, 1200)).toBe(0);
  });
});

describe('nearestSnap', () => {
  it('picks the closest point', () => {
    expect(nearestSnap([0, 100, 300], 180)).toBe(100);
    expect(nearestSnap([0, 100, 300], 260)).toBe(300);
  });
});

describe('Glide', () => {
  it('starts where it is, slows down, and arrives exactly at its target', () => {
    const glide = new Glide(0, 1000, 100);
    expect(glide.at(100)).toBe(0);
    const steps = [1, 2, 3, 4].map((n) => glide.at(100 + n * 50) - glide.at(100 + (n - 1) * 50));
    for (let i = 1; i < steps.length; i++) expect(steps[i]).toBeLessThan(steps[i - 1]!);
    expect(glide.at(100 + GLIDE_TIME_CONSTANT_MS)).toBeCloseTo(1000 * (1 - Math.exp(-1)));
    expect(glide.done(100 + glide.durationMs)).toBe(true);
    expect(glide.at(100 + glide.durationMs)).toBe(1000);
    expect(1000 - glide.at(100 + glide.durationMs - 1)).toBeLessThan(1);
  });

  it('takes longer for a longer way, and no time for none', () => {
    expect(new Glide(0, 2000, 0).durationMs).toBeGreaterThan(new Glide(0, 200, 0).durationMs);
    expect(new Glide(5, 5, 0).durationMs).toBe(0);
  });

  it('draws the same curve as a CSS easing function', () => {
    const glide = new Glide(0, 1000, 0);
    const points = /^linear\((.*)\)$/
      .exec(glide.easing())![1]!
      .split(', ')
      .map((point) => point.split(' ').map(parseFloat));
    expect(points[0]).toEqual([0, 0]);
    expect(points.at(-1)).toEqual([1, 100]);
    for (const [progress, percent] of points) {
      expect(progress! * 1000).toBeCloseTo(glide.at((percent! / 100) * glide.durationMs), -1);
    }
  });
});
