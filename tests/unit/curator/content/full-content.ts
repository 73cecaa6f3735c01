// The minimal content folder with every format of docs/content-folder.md added: Markdown with
// links, images with captions, keywords, chapters, a text-only testimony, a place, register
// images and lang. Shared by the folder tests and the build tests.

import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { editedCopy, MINIMAL, type Edits } from './content-copy.ts';

const KEYWORDS = `keywords:
  - id: arrest
    label: { kk: 'Тұтқындау', ru: 'Арест', en: 'Arrest' }
  - id: archive
    label: { kk: 'Мұрағат', ru: 'Архив', en: 'Archive' }
archive_request:
  kk: 'Іс қағазын **мұрағаттан** сұратыңыз.'
  ru: 'Запросите дело в **архиве**.'
  en: 'Ask the **archive** for the file.'
`;

export const PLACE = `---
kind: camp
name: { kk: "Долинка", ru: "Долинка", en: "Dolinka" }
coordinates: [49.67, 72.68]
images:
  - file: files/steppe.png
    alt: { kk: "Дала", ru: "Степь", en: "The steppe" }
source: "Published histories of Karlag."
links:
  events: [1937-order]
  testimonies: [t01-witness]
  names: ["KZ-000001"]
---
## kk
Қарлагтың *орталығы*.

## ru
Центр Карлага.

## en
The centre of Karlag.
`;

const LETTER = `---
title: { kk: "Хат", ru: "Письмо", en: "A letter" }
speaker: { kk: "Әке", ru: "Отец", en: "Father" }
recorded: 1938
audio_language: ru
summary: { kk: "Лагерьден хат.", ru: "Письмо из лагеря.", en: "A letter from the camp." }
---
## kk
Қымбаттым,

> бәрі жақсы.

## ru
Дорогая,

> всё хорошо.

## en
My dear,

> all is well.
`;

/** Every format of docs/content-folder.md on top of the minimal folder. */
const FULL: Edits = {
  'exhibit.yaml': (text) =>
    text.replace('sections: [timeline, testimonies, names]', `sections: [timeline, testimonies, places, names]\n${KEYWORDS}`),
  'timeline/1930-famine.md': (text) =>
    text
      .replace(
        'image: files/steppe.png\nimage_alt: { kk: "Дала", ru: "Степь", en: "The steppe" }',
        `images:
  - file: files/steppe.png
    alt: { kk: "Дала", ru: "Степь", en: "The steppe" }
    caption: { kk: "Дала, демо", ru: "Степь, демо", en: "The steppe, demo" }
    credit: "Eske demo illustration (synthetic)"
content_warning: { kk: "Ауыр тақырып", ru: "Тяжёлая тема", en: "A hard subject" }
links:
  places: [dolinka]`,
      )
      .replace('Начался голод.', 'Начался *голод*; см. [приказ](event:1937-order) и [Долинку](place:dolinka).'),
  'testimonies/t01-witness.md': (text) =>
    text.replace(
      'synthetic: true\n',
      `synthetic: true
portrait:
  file: files/steppe.png
  alt: { kk: "Сұлба", ru: "Силуэт", en: "A silhouette" }
chapters:
  - start: "0:00"
    title: { kk: "Басы", ru: "Начало", en: "The beginning" }
    keywords: [arrest]
  - start: 1
    title: { kk: "Іс", ru: "Дело", en: "The file" }
    synopsis: { kk: "Мұрағат", ru: "Архив", en: "The archive" }
    keywords: [archive, arrest]
`,
    ),
  'testimonies/t02-letter.md': LETTER,
  'places/dolinka.md': PLACE,
  'names/register.csv': (text) =>
    text
      .replace('restricted,case_number', 'restricted,case_number,images,lang')
      .replace(',,1234\n', ',,1234,files/steppe.png | files/steppe.png,ru\n')
      .replace(',yes,5678\n', ',yes,5678,files/portrait.png,\n')
      .replace(',no,\n', ',no,,,kk\n'),
};

/** The full folder with `more` edits; files/portrait.png is a copy of the minimal folder's image. */
export async function fullCopy(more: Edits = {}): Promise<string> {
  const full = await editedCopy(FULL);
  await copyFile(path.join(MINIMAL, 'files/steppe.png'), path.join(full, 'files/portrait.png'));
  return editedCopy(more, full);
}
