import { afterAll, describe, expect, it } from 'vitest';
import { editedCopy, read, removeCopies } from './content-copy.ts';
import { fullCopy, PLACE } from './full-content.ts';

afterAll(removeCopies);

describe('readContentFolder with every format', () => {
  it('reads Markdown, images, keywords, chapters, a text-only testimony, a place and register images', async () => {
    const { content, problems, records } = await read(await fullCopy());
    expect(problems).toEqual([]);
    expect(content!.exhibit.sections).toEqual(['timeline', 'testimonies', 'places', 'names']);
    expect(content!.exhibit.keywords.map((keyword) => keyword.id)).toEqual(['arrest', 'archive']);
    expect(content!.exhibit.archiveRequest!.en).toBe('Ask the **archive** for the file.');
    const famine = content!.timeline[0]!;
    expect(famine.body.ru).toBe('Начался *голод*; см. [приказ](event:1937-order) и [Долинку](place:dolinka).');
    expect(famine.images).toEqual([
      {
        file: 'files/steppe.png',
        alt: { kk: 'Дала', ru: 'Степь', en: 'The steppe' },
        caption: { kk: 'Дала, демо', ru: 'Степь, демо', en: 'The steppe, demo' },
        credit: 'Eske demo illustration (synthetic)',
      },
    ]);
    expect(famine.contentWarning!.en).toBe('A hard subject');
    expect(famine.links.places).toEqual(['dolinka']);
    const [witness, letter] = content!.testimonies;
    expect(witness!.portrait!.alt.en).toBe('A silhouette');
    expect(witness!.chapters.map((chapter) => [chapter.start, chapter.keywords])).toEqual([
      [0, ['arrest']],
      [1, ['archive', 'arrest']],
    ]);
    expect(letter).toMatchObject({
      id: 't02-letter',
      media: null,
      summary: { en: 'A letter from the camp.' },
      text: { en: 'My dear,\n\n> all is well.' },
    });
    expect(content!.places).toEqual([
      expect.objectContaining({
        id: 'dolinka',
        kind: 'camp',
        lat: 49.67,
        lon: 72.68,
        body: expect.objectContaining({ en: 'The centre of Karlag.' }),
      }),
    ]);
    expect(records.map((record) => [record.id, record.images, record.lang])).toEqual([
      ['KZ-000001', ['files/steppe.png', 'files/steppe.png'], 'ru'],
      // docs/design.md §3: a restricted record carries no images.
      ['KZ-000002', undefined, undefined],
      ['KZ-000003', undefined, 'kk'],
    ]);
    // The restricted row's image is in use (no orphan warning above) but never published.
    expect(content!.media.has('files/portrait.png')).toBe(false);
  });

  it('keeps the older image: with image_alt: working as one image', async () => {
    const { content, problems } = await read(await editedCopy({}));
    expect(problems).toEqual([]);
    expect(content!.timeline[0]!.images).toEqual([
      { file: 'files/steppe.png', alt: { kk: 'Дала', ru: 'Степь', en: 'The steppe' } },
    ]);
  });

  it('reports HTML, script links, images in the text and links to items that do not exist, at their lines', async () => {
    const dir = await fullCopy({
      'timeline/1937-order.md': (text) =>
        text
          .replace('Первый абзац.', 'Первый <b>абзац</b>.\n\n[x](javascript:alert(1)) ![a](files/steppe.png)')
          .replace(
            'First paragraph.',
            'See [it](event:1999-nothing) and [there](place:nowhere) and [site](https://example.org).',
          ),
    });
    const { content, problems } = await read(dir);
    expect(problems).toEqual([
      'timeline/1937-order.md:21: error: markdown.html',
      'timeline/1937-order.md:21: error: markdown.html',
      'timeline/1937-order.md:23: error: markdown.unsafe-link',
      'timeline/1937-order.md:23: error: markdown.image',
      'timeline/1937-order.md:26: warning: markdown.outside-link',
      // The event is left out for its problems, so links to it say so.
      'timeline/1930-famine.md:18: warning: ref.has-problems',
      'timeline/1937-order.md:26: error: ref.missing',
      'timeline/1937-order.md:26: error: ref.missing',
      'places/dolinka.md:10: warning: ref.has-problems',
    ]);
    expect(content!.timeline.map((event) => event.id)).toEqual(['1930-famine']);
  });

  it('reports HTML in front matter texts and in the archive request, which is Markdown', async () => {
    const dir = await fullCopy({
      'exhibit.yaml': (text) => text.replace("ru: 'Запросите дело в **архиве**.'", "ru: 'Запросите дело <a href=x>здесь</a>.'"),
      'timeline/1930-famine.md': (text) => text.replace('en: "The steppe, demo"', 'en: "The <i>steppe</i>, demo"'),
    });
    const { content, problems } = await read(dir);
    expect(problems).toEqual([
      'exhibit.yaml:17: error: markdown.html',
      'exhibit.yaml:17: error: markdown.html',
      'timeline/1930-famine.md:8: error: markdown.html',
    ]);
    expect(content).toBeNull();
    const block = await fullCopy({
      'exhibit.yaml': (text) =>
        text.replace("ru: 'Запросите дело в **архиве**.'", 'ru: |\n    Запросите дело:\n\n    - в [архиве](javascript:x)'),
    });
    expect((await read(block)).problems).toEqual(['exhibit.yaml:20: error: markdown.unsafe-link']);
  });

  it('requires alt text with every image, and one way of giving them', async () => {
    const dir = await fullCopy({
      'timeline/1930-famine.md': (text) =>
        text
          .replace('    alt: { kk: "Дала", ru: "Степь", en: "The steppe" }\n', '')
          .replace('source:', 'image: files/steppe.png\nsource:'),
      'testimonies/t01-witness.md': (text) => text.replace('  alt: { kk: "Сұлба", ru: "Силуэт", en: "A silhouette" }\n', ''),
      'places/dolinka.md': (text) => text.replace('en: "The steppe" }', 'en: "The steppe", de: "Steppe" }'),
      'exhibit.yaml': (text) => text.replace("    alt: { kk: 'Дала', ru: 'Степь', en: 'The steppe' }\n", "    credit: 'Demo'\n"),
    });
    expect((await read(dir)).problems).toEqual([
      'exhibit.yaml:26: error: image.no-alt',
      'timeline/1930-famine.md:7: error: image.no-alt',
      'timeline/1930-famine.md:4: error: image.two-forms',
      'testimonies/t01-witness.md:8: error: image.no-alt',
      'places/dolinka.md:7: error: key.unknown',
      'timeline/1930-famine.md:12: warning: ref.has-problems',
      'timeline/1930-famine.md:18: warning: ref.has-problems',
      'timeline/1937-order.md:11: warning: ref.has-problems',
      'places/dolinka.md:11: warning: ref.has-problems',
    ]);
  });

  it('reports chapters out of order, at the same time, with a bad time or an unknown keyword', async () => {
    const dir = await fullCopy({
      'testimonies/t01-witness.md': (text) =>
        text
          .replace('start: 1\n', 'start: "0:00"\n')
          .replace('keywords: [archive, arrest]', 'keywords: [archive, camp]')
          .replace('  - start: "0:00"\n    title: { kk: "Басы"', '  - start: "0:75"\n    title: { kk: "Басы"'),
    });
    expect((await read(dir)).problems).toEqual([
      'testimonies/t01-witness.md:12: error: key.invalid',
      'timeline/1937-order.md:11: warning: ref.has-problems',
      'places/dolinka.md:11: warning: ref.has-problems',
    ]);
    const ordered = await fullCopy({
      'testimonies/t01-witness.md': (text) =>
        text.replace('start: 1\n', 'start: "0:00"\n').replace('keywords: [archive, arrest]', 'keywords: [archive, camp]'),
    });
    expect((await read(ordered)).problems).toEqual([
      'testimonies/t01-witness.md:15: error: testimony.duplicate-chapter-start',
      'timeline/1937-order.md:11: warning: ref.has-problems',
      'testimonies/t01-witness.md:18: error: ref.missing',
      'places/dolinka.md:11: warning: ref.has-problems',
    ]);
    const reversed = await fullCopy({
      'testimonies/t01-witness.md': (text) =>
        text.replace('  - start: "0:00"\n    title: { kk: "Басы"', '  - start: "0:02"\n    title: { kk: "Басы"'),
    });
    expect((await read(reversed)).problems).toEqual([
      'testimonies/t01-witness.md:15: error: testimony.chapters-out-of-order',
      'timeline/1937-order.md:11: warning: ref.has-problems',
      'places/dolinka.md:11: warning: ref.has-problems',
    ]);
  });

  it('keeps transcripts and chapters to recordings, and requires transcripts with one', async () => {
    const dir = await fullCopy({
      'testimonies/t02-letter.md': (text) =>
        text.replace('recorded: 1938', 'recorded: 1938\ntranscripts: { kk: files/t01.kk.vtt }'),
      'testimonies/t01-witness.md': (text) => text.replace(/transcripts:\n( {2}.*\n)+/, ''),
    });
    expect((await read(dir)).problems).toEqual([
      'testimonies/t01-witness.md:2: error: key.invalid',
      'testimonies/t02-letter.md:5: error: testimony.needs-media',
      'timeline/1937-order.md:11: warning: ref.has-problems',
      'places/dolinka.md:11: warning: ref.has-problems',
      'files/t01.en.vtt:-: warning: file.orphan',
      'files/t01.ru.vtt:-: warning: file.orphan',
    ]);
  });

  it('requires a summary for a text-only testimony, and none beside a recording', async () => {
    const dir = await fullCopy({
      'testimonies/t02-letter.md': (text) => text.replace(/^summary:.*\n/m, ''),
      'testimonies/t01-witness.md': (text) =>
        text.replace('recorded: 2024-05', 'recorded: 2024-05\nsummary: { kk: "а", ru: "б", en: "c" }'),
    });
    expect((await read(dir)).problems).toEqual([
      'testimonies/t01-witness.md:5: error: testimony.summary-with-media',
      'testimonies/t02-letter.md:2: error: testimony.no-summary',
      'timeline/1937-order.md:11: warning: ref.has-problems',
      'places/dolinka.md:11: warning: ref.has-problems',
    ]);
  });

  it('leaves out a place without coordinates or with coordinates off the globe, and keeps the rest', async () => {
    const dir = await fullCopy({
      'places/dolinka.md': (text) => text.replace('coordinates: [49.67, 72.68]\n', ''),
      'places/alzhir.md': PLACE.replace('[49.67, 72.68]', '[51.1, 271.3]'),
      'places/spassk.md': PLACE.replace('[49.67, 72.68]', '["49.6N", "73.3E"]'),
      'places/steplag.md': PLACE.replace('[49.67, 72.68]', '[47.78, 67.71]'),
    });
    const { content, problems } = await read(dir);
    expect(problems).toEqual([
      'places/alzhir.md:4: error: place.bad-coordinates',
      'places/dolinka.md:2: error: place.no-coordinates',
      'places/spassk.md:4: error: place.bad-coordinates',
      'timeline/1930-famine.md:12: warning: ref.has-problems',
      'timeline/1930-famine.md:18: warning: ref.has-problems',
    ]);
    expect(content!.places.map((place) => place.id)).toEqual(['steplag']);
  });

  it('leaves out a register row whose image is missing, restricted or not, naming the row and the column', async () => {
    const dir = await fullCopy({
      'files/portrait.png': null,
      'names/register.csv': (text) => text.replace('files/steppe.png | files/steppe.png', 'files/steppe.png|files/gone.png'),
    });
    const { problems, records, report } = await read(dir);
    expect(problems).toEqual([
      'names/register.csv:2: error: register.bad-image',
      'names/register.csv:3: error: register.bad-image',
      'timeline/1937-order.md:12: warning: ref.left-out',
      'places/dolinka.md:12: warning: ref.left-out',
    ]);
    expect(report.problems[0]!.details).toEqual({ column: 'images', path: 'files/gone.png' });
    expect(records.map((record) => record.id)).toEqual(['KZ-000003']);
  });
});
