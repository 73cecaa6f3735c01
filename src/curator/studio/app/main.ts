// The Curator Studio app's entry: fonts with every Kazakh letter, the stylesheet, then the App.
// Runs in the browser only; everything it reads or writes goes through the studio's API.

import '@fontsource/noto-sans/cyrillic-400.css';
import '@fontsource/noto-sans/cyrillic-700.css';
// Kazakh needs both Cyrillic subsets: ә ғ қ ң ө ү һ are in cyrillic-ext, ұ and і in cyrillic.
import '@fontsource/noto-sans/cyrillic-ext-400.css';
import '@fontsource/noto-sans/cyrillic-ext-700.css';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-700.css';
import './studio.css';

import { mount } from 'svelte';
import App from './App.svelte';

const target = document.getElementById('app');
if (target) {
  target.replaceChildren();
  mount(App, { target });
}
