// The feed tests/e2e/testimonies.spec.ts drives: the demo content with a video testimony made for
// the tests (tests/fixtures/e2e-testimonies), then chapters, keywords and durations on every
// testimony and a text-only letter, written into the built documents because the curator does
// not build them yet (issue 9). All of it synthetic.

import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Chapter, Keyword, Testimony } from '../../src/feed/content-schema.ts';
import { DEMO_CONTENT_DIR, PROJECT_ROOT } from './e2e-paths.ts';
import { buildFeed, rewriteDocuments } from './publish-feed.ts';

const ADDITIONS_DIR = path.join(PROJECT_ROOT, 'tests/fixtures/e2e-testimonies');
const CONTENT_DIR = path.join(PROJECT_ROOT, 'tests/.tmp/content-testimonies');

const KEYWORDS: Keyword[] = [
  { id: 'arrest', label: { kk: 'Тұтқындау', ru: 'Арест', en: 'Arrest' } },
  { id: 'archive-file', label: { kk: 'Архивтік іс', ru: 'Архивное дело', en: 'Archive file' } },
  { id: 'famine', label: { kk: 'Ашаршылық', ru: 'Голод', en: 'Famine' } },
  { id: 'camp', label: { kk: 'Лагерь', ru: 'Лагерь', en: 'Camp' } },
  { id: 'children', label: { kk: 'Балалар', ru: 'Дети', en: 'Children' } },
  { id: 'memory', label: { kk: 'Жад', ru: 'Память', en: 'Memory' } },
];

function chapter(start: number, en: string, ru: string, kk: string, keywords: string[]): Chapter {
  return { start, title: { kk, ru, en }, synopsis: { kk: `${kk}.`, ru: `${ru}.`, en: `${en}.` }, keywords };
}

const CHAPTERS: Readonly<Record<string, Chapter[]>> = {
  't01-granddaughter-file': [
    chapter(0, 'The arrest', 'Арест', 'Тұтқындау', ['arrest']),
    chapter(21.7, 'The file in the archive', 'Дело в архиве', 'Архивтегі іс', ['archive-file']),
    chapter(35.7, 'His name on the list', 'Его имя в списке', 'Оның есімі тізімде', ['memory']),
  ],
  't02-son-famine-flight': [
    chapter(0, 'Hunger in the village', 'Голод в ауле', 'Ауылдағы аштық', ['famine']),
    chapter(15.8, 'On the road', 'В пути', 'Жолда', ['famine', 'children']),
    chapter(26.1, 'The kindness of strangers', 'Доброта незнакомых людей', 'Бейтаныс адамдардың мейірімі', ['memory']),
  ],
  't03-daughter-alzhir': [
    chapter(0, 'The arrest', 'Арест', 'Тұтқындау', ['arrest']),
    chapter(13.6, 'ALZhIR', 'АЛЖИР', 'АЛЖИР', ['camp']),
    chapter(18, 'A children’s home', 'Детский дом', 'Балалар үйі', ['children']),
    chapter(35.4, 'Remembering', 'Память', 'Еске алу', ['memory']),
  ],
  'e2e-video': [
    chapter(0, 'A tone', 'Сигнал', 'Дыбыс белгісі', ['memory']),
    chapter(3, 'What it is for', 'Для чего она', 'Не үшін', ['archive-file']),
  ],
};

/** Seconds, as ffprobe reads the recordings; the curator does not write them into the feed yet. */
const DURATIONS: Readonly<Record<string, number>> = {
  't01-granddaughter-file': 42.616,
  't02-son-famine-flight': 38.39,
  't03-daughter-alzhir': 43.912,
  'e2e-video': 8,
};

const LETTER: Testimony = {
  id: 'e2e-letter',
  title: { kk: 'Сынақ: хат', ru: 'Тест: письмо', en: 'Test: a letter' },
  speaker: { kk: 'Сынақ (ойдан шығарылған)', ru: 'Тест (вымышленный)', en: 'Test (fictional)' },
  recorded: '2026-12',
  mediaLanguage: 'ru',
  synthetic: true,
  transcripts: {},
  summary: { kk: 'Сынақтарға арналған хат.', ru: 'Письмо для тестов.', en: 'A letter for the tests.' },
  text: {
    kk: 'Бұл хат тек сынақтарға арналған.\n\nЕкінші абзац.',
    ru: 'Это письмо написано только для тестов.\n\nВторой абзац.',
    en: 'This letter was written only for the tests.\n\nA second paragraph.',
  },
  chapters: [],
};

const FAMINE_WARNING = {
  kk: 'Бұл куәлік ашаршылық пен баланың өлімі туралы.',
  ru: 'В этом свидетельстве говорится о голоде и смерти ребёнка.',
  en: 'This testimony speaks of famine and the death of a child.',
};

/** Builds the feed into `feedDir`. */
export async function publishOralHistoryFeed(feedDir: string): Promise<void> {
  rmSync(CONTENT_DIR, { recursive: true, force: true });
  cpSync(DEMO_CONTENT_DIR, CONTENT_DIR, { recursive: true });
  cpSync(path.join(ADDITIONS_DIR, 'files'), path.join(CONTENT_DIR, 'files'), { recursive: true });
  cpSync(path.join(ADDITIONS_DIR, 'testimonies'), path.join(CONTENT_DIR, 'testimonies'), { recursive: true });
  rmSync(feedDir, { recursive: true, force: true });
  buildFeed(CONTENT_DIR, feedDir);
  await rewriteDocuments(feedDir, ({ exhibit, testimonies }) => {
    exhibit.keywords = KEYWORDS;
    for (const testimony of testimonies.testimonies) {
      testimony.chapters = CHAPTERS[testimony.id] ?? [];
      if (testimony.media) testimony.media.durationSeconds ??= DURATIONS[testimony.id];
    }
    testimonies.testimonies.find((testimony) => testimony.id === 't02-son-famine-flight')!.contentWarning = FAMINE_WARNING;
    testimonies.testimonies.push(LETTER);
  });
}
