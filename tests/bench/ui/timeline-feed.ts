// The feed the ui benchmark serves: a copy of the demo exhibit whose timeline is filled up to N
// events with synthetic ones (marked as demo, with synthetic titles and texts, every third with
// a synthetic image), built with the real curator CLI. Cached by N under tests/.tmp/ui-bench/;
// delete the folder after changing the generator or the feed format.

import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { PROJECT_DIR, runQuietly } from '../vite-preview.ts';

export const UI_BENCH_DIR = path.join(PROJECT_DIR, 'tests/.tmp/ui-bench');
const DEMO_CONTENT_DIR = path.join(PROJECT_DIR, 'media');
const KEY_FILE = 'media/DEMO-ONLY-signing-key.json';
/** Distinct images the synthetic events share, so the thumbnails are not one cached picture. */
const IMAGE_COUNT = 12;
/** A scan-sized photograph: the build makes the display variants from it. */
const IMAGE_SIZE = { width: 1600, height: 1200 };
const IMAGE_EVERY = 3;
/** The years the synthetic events fall in, crowded in the 1930s as a memorial's timeline is. */
const YEAR_WEIGHTS: readonly [from: number, to: number, weight: number][] = [
  [1916, 1929, 2],
  [1930, 1939, 5],
  [1940, 1956, 3],
  [1957, 2023, 1],
];

export interface TimelineFeed {
  feedDir: string;
  eventCount: number;
}

/** A deterministic sequence in [0, 1): the same feed on every run. */
function* numbers(seed: number): Generator<number> {
  let state = seed >>> 0;
  for (;;) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    yield state / 2 ** 32;
  }
}

function syntheticDate(random: Generator<number>): string {
  const total = YEAR_WEIGHTS.reduce((sum, [from, to, weight]) => sum + (to - from + 1) * weight, 0);
  let pick = random.next().value! * total;
  for (const [from, to, weight] of YEAR_WEIGHTS) {
    const span = (to - from + 1) * weight;
    if (pick < span) {
      const year = from + Math.floor(pick / weight);
      const precision = random.next().value!;
      const month = String(1 + Math.floor(random.next().value! * 12)).padStart(2, '0');
      const day = String(1 + Math.floor(random.next().value! * 28)).padStart(2, '0');
      return precision < 0.3 ? `${year}` : precision < 0.6 ? `${year}-${month}` : `${year}-${month}-${day}`;
    }
    pick -= span;
  }
  return '1937';
}

function syntheticEvent(number: number, date: string, image: string | null): string {
  const label = String(number).padStart(3, '0');
  const paragraph = {
    kk: `Бұл оқиға синтетикалық: ол тек интерфейсті өлшеу үшін жасалған және тарихи факт емес. Нөмірі ${label}.`,
    ru: `Это событие синтетическое: оно создано только для замера интерфейса и не является историческим фактом. Номер ${label}.`,
    en: `This event is synthetic: it exists only to measure the interface and is not a historical fact. Number ${label}.`,
  };
  const body = (['kk', 'ru', 'en'] as const).map((lang) => `## ${lang}\n${paragraph[lang]}\n\n${paragraph[lang]}\n`).join('\n');
  return [
    '---',
    `date: ${date}`,
    'title:',
    `  kk: "Синтетикалық оқиға ${label} (демо)"`,
    `  ru: "Синтетическое событие ${label} (демо)"`,
    `  en: "Synthetic event ${label} (demo)"`,
    'source: "Synthetic, made for npm run bench -- ui; not a historical source."',
    ...(image
      ? [
          `image: ${image}`,
          'image_alt:',
          '  kk: "Синтетикалық сурет (демо)"',
          '  ru: "Синтетическое изображение (демо)"',
          '  en: "A synthetic image (demo)"',
        ]
      : []),
    '---',
    body,
  ].join('\n');
}

async function writeImages(filesDir: string): Promise<string[]> {
  const names: string[] = [];
  for (let index = 0; index < IMAGE_COUNT; index++) {
    const name = `synthetic-${String(index).padStart(2, '0')}.jpg`;
    const hue = (index * 360) / IMAGE_COUNT;
    // A noisy tinted field: it compresses like a photograph, not like a flat colour.
    await sharp({
      create: {
        ...IMAGE_SIZE,
        channels: 3,
        background: { r: 90 + (hue % 120), g: 80 + ((hue * 2) % 100), b: 70 + ((hue * 3) % 110) },
        noise: { type: 'gaussian', mean: 110, sigma: 40 },
      },
    })
      .jpeg({ quality: 85 })
      .toFile(path.join(filesDir, name));
    names.push(`files/${name}`);
  }
  return names;
}

/** The demo exhibit with its timeline filled to `eventCount` events; built once per count. */
export async function timelineFeed(eventCount: number, log: (line: string) => void): Promise<TimelineFeed> {
  const dir = path.join(UI_BENCH_DIR, `events-${eventCount}`);
  const feedDir = path.join(dir, 'feed');
  if (existsSync(feedDir)) return { feedDir, eventCount };
  log(`making a timeline of ${eventCount} events and building its feed`);
  const contentDir = path.join(dir, 'content');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(DEMO_CONTENT_DIR, contentDir, { recursive: true });
  const timelineDir = path.join(contentDir, 'timeline');
  const demoEvents = readdirSync(timelineDir).filter((file) => file.endsWith('.md')).length;
  const images = await writeImages(path.join(contentDir, 'files'));
  const random = numbers(eventCount);
  for (let number = 1; number <= eventCount - demoEvents; number++) {
    const image = number % IMAGE_EVERY === 0 ? images[(number / IMAGE_EVERY) % images.length]! : null;
    const file = path.join(timelineDir, `synthetic-${String(number).padStart(3, '0')}.md`);
    writeFileSync(file, syntheticEvent(number, syntheticDate(random), image));
  }
  // Built beside the target and renamed, so an interrupted build is never taken for a cached one.
  const partial = `${feedDir}.partial`;
  runQuietly('node_modules/.bin/tsx', ['src/curator/cli.ts', 'build', contentDir, '--out', partial, '--key', KEY_FILE]);
  renameSync(partial, feedDir);
  return { feedDir, eventCount };
}
