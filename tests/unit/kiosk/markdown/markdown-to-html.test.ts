import { describe, expect, it } from 'vitest';
import { markdownToHtml } from '../../../../src/kiosk/markdown/markdown-to-html.ts';
import { ALLOWED_ATTRIBUTES, ALLOWED_TAGS } from '../../../../src/kiosk/markdown/render-markdown.ts';

// DOM-free: the tests read the HTML marked wrote (well-formed by construction) with patterns.
interface Tag {
  name: string;
  attributes: Record<string, string>;
}

function tagsOf(html: string): Tag[] {
  return [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g)].map(([, name, rest]) => ({
    name: name!.toLowerCase(),
    attributes: Object.fromEntries([...rest!.matchAll(/([^\s=]+)(?:="([^"]*)")?/g)].map(([, key, value]) => [key, value ?? ''])),
  }));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };

function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&([a-z]+);/g, (entity, name: string) => ENTITIES[name] ?? entity);
}

/** Every tag and attribute is one the sanitizer's allow-list names. */
function expectOnlyAllowed(html: string): void {
  for (const tag of tagsOf(html)) {
    expect(ALLOWED_TAGS).toContain(tag.name);
    for (const attribute of Object.keys(tag.attributes)) expect(ALLOWED_ATTRIBUTES).toContain(attribute);
  }
}

const buttonsOf = (html: string) => tagsOf(html).filter((tag) => tag.name === 'button' && tag.attributes.type);

describe('markdownToHtml', () => {
  describe('text structure', () => {
    it('renders paragraphs, emphasis and strong emphasis', () => {
      expect(markdownToHtml('First *in italics* and **in bold**.\n\nSecond.')).toBe(
        '<p>First <em>in italics</em> and <strong>in bold</strong>.</p>\n<p>Second.</p>\n',
      );
    });

    it('renders bulleted and numbered lists, keeping where a numbered list starts', () => {
      const html = markdownToHtml('- Karlag\n- Steplag\n\n3. third\n4. fourth');
      expect(tagsOf(html).map((tag) => tag.name)).toEqual([
        'ul',
        'li',
        'li',
        'li',
        'li',
        'ul',
        'ol',
        'li',
        'li',
        'li',
        'li',
        'ol',
      ]);
      expect(tagsOf(html).find((tag) => tag.name === 'ol')?.attributes.start).toBe('3');
    });

    it('renders block quotes', () => {
      expect(markdownToHtml('> Мы ждали письма.')).toBe('<blockquote>\n<p>Мы ждали письма.</p>\n</blockquote>\n');
    });

    it('renders headings at level 3 or below, under the page’s own h1 and h2', () => {
      const html = markdownToHtml('# One\n\n## Two\n\n### Three\n\n#### Four');
      expect(tagsOf(html).map((tag) => tag.name)).toEqual(['h3', 'h3', 'h3', 'h3', 'h3', 'h3', 'h4', 'h4']);
    });

    it('keeps a paragraph indented like code as a paragraph', () => {
      expect(markdownToHtml('    Indented paragraph.')).toBe('<p>Indented paragraph.</p>\n');
    });

    it('keeps Kazakh letters as they are', () => {
      expect(textOf(markdownToHtml('Әділет, ғасыр, қазақ, өмір, ұлт, үміт, һәм, іс'))).toBe(
        'Әділет, ғасыр, қазақ, өмір, ұлт, үміт, һәм, іс\n',
      );
    });

    it('renders nothing for an empty text', () => {
      expect(markdownToHtml('')).toBe('');
    });
  });

  describe('links', () => {
    it('turns links to events, testimonies, records and places into buttons naming the item', () => {
      const html = markdownToHtml(
        'See [the order](event:1937-order-00447), [her words](testimony:t01), [a file](record:KZ-000123) and [Karlag](place:karlag).',
      );
      expect(buttonsOf(html).map(({ attributes }) => [attributes['data-item-kind'], attributes['data-item-id']])).toEqual([
        ['event', '1937-order-00447'],
        ['testimony', 't01'],
        ['record', 'KZ-000123'],
        ['place', 'karlag'],
      ]);
      expect(buttonsOf(html).every(({ attributes }) => attributes.type === 'button')).toBe(true);
      expect(textOf(html)).toBe('See the order, her words, a file and Karlag.\n');
    });

    it('keeps emphasis inside a link button', () => {
      expect(markdownToHtml('[*the* order](event:e1)')).toBe(
        '<p><button type="button" data-item-kind="event" data-item-id="e1"><em>the</em> order</button></p>\n',
      );
    });

    it('shows an outside link as its text only', () => {
      const html = markdownToHtml('Read [the archive](https://example.org/archive) or https://example.org/x.');
      expect(html).toBe('<p>Read the archive or https://example.org/x.</p>\n');
    });

    it('shows a link with a scheme that names no kind of item as its text only', () => {
      expect(markdownToHtml('[an unknown](person:p1) item')).toBe('<p>an unknown item</p>\n');
    });

    it('keeps a quote in an item id inside its attribute', () => {
      const [button] = buttonsOf(markdownToHtml('[x](event:a"onclick="y)'));
      expect(button?.attributes).toEqual({ type: 'button', 'data-item-kind': 'event', 'data-item-id': 'a&#34;onclick=&#34;y' });
    });
  });

  describe('hostile input', () => {
    const payloads: Record<string, string> = {
      'a script element': '<script>window.pwned = true</script>',
      'an image with onerror': '<img src=x onerror="window.pwned = true">',
      'an svg with onload': '<svg onload="window.pwned = true"><circle r="1"/></svg>',
      'a javascript: link': '[click](javascript:window.pwned=true)',
      'a javascript: link written in HTML': '<a href="javascript:window.pwned=true">click</a>',
      'a data: URL link': '[open](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
      'a data: URL image': '![pic](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
      'nested HTML': '<div><p><a href="x"><b onmouseover="window.pwned=true">deep</b></a></p></div>',
      'an item link with onclick written in HTML': '<a href="event:x" onclick="window.pwned=true">x</a>',
      'a forged item button': '<button data-item-kind="event" data-item-id="x" onclick="window.pwned=true">x</button>',
      'a style element and attribute': '<style>body{display:none}</style><p style="display:none">hidden</p>',
      'an iframe': '<iframe src="https://example.org"></iframe>',
      'an HTML comment': '<!-- <script>window.pwned = true</script> -->',
      'HTML inside emphasis': '*<img src=x onerror=alert(1)>*',
      'HTML inside a list': '- <script>alert(1)</script>\n- <img src=x onerror=alert(1)>',
      'HTML inside a link': '[<img src=x onerror=alert(1)>](event:e1)',
    };

    for (const [name, payload] of Object.entries(payloads)) {
      it(`leaves ${name} inert`, () => expectOnlyAllowed(markdownToHtml(payload)));
    }

    it('shows raw HTML as the text the curator typed', () => {
      const html = markdownToHtml('Before <script>window.pwned = true</script> after');
      expect(textOf(html)).toBe('Before <script>window.pwned = true</script> after\n');
    });

    it('shows the alt text of a Markdown image, never the image', () => {
      expect(markdownToHtml('![a map of Karlag](files/map.jpg)')).toBe('<p>a map of Karlag</p>\n');
    });
  });
});
