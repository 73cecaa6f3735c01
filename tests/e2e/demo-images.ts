// Synthetic demo images for the end-to-end tests, drawn with sharp from SVG: plain shapes marked
// DEMO, never a photograph or a likeness. Each comes with a thumbnail, as the build makes them.

import sharp from 'sharp';
import type { AddedMedia } from './edit-feed.ts';

function scene(width: number, height: number, hue: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="100%" height="100%" fill="hsl(${hue} 25% 22%)"/>
    <rect y="${height * 0.62}" width="100%" height="${height * 0.38}" fill="hsl(${hue} 30% 38%)"/>
    <circle cx="${width * 0.72}" cy="${height * 0.3}" r="${Math.min(width, height) * 0.09}" fill="hsl(40 80% 70%)"/>
    <text x="40" y="${height - 40}" font-family="sans-serif" font-size="${Math.round(height / 12)}" fill="#fff">DEMO</text>
  </svg>`;
}

export interface DemoImage {
  /** The display variant's object name and size, and its thumbnail's name. */
  name: string;
  thumbName: string;
  width: number;
  height: number;
}

/** Draws one image and its thumbnail (at most 480 px wide) as PNG media objects. */
export async function demoImage(name: string, width: number, height: number, hue: number): Promise<[DemoImage, AddedMedia[]]> {
  const svg = Buffer.from(scene(width, height, hue));
  const display = await sharp(svg).png().toBuffer();
  const thumb = await sharp(svg)
    .resize({ width: Math.min(480, width) })
    .png()
    .toBuffer();
  const thumbName = `${name}.thumb`;
  return [
    { name, thumbName, width, height },
    [
      { name, type: 'image/png', bytes: new Uint8Array(display) },
      { name: thumbName, type: 'image/png', bytes: new Uint8Array(thumb) },
    ],
  ];
}
