// The blob URL of one stored image for as long as a component shows it, and whether it turned
// out unavailable (missing from the store, or not decodable), so the component shows its quiet
// placeholder instead. Each component showing an image holds one.

import { holdObjectUrl } from '../player/object-url.ts';
import type { ActiveContent } from '../storage/read-active-content.ts';
import { reportUnavailableImage } from './unavailable-image.ts';

export class StoredImageUrl {
  url = $state<string | null>(null);
  unavailable = $state(false);
  #sha256 = '';

  /** For an `$effect`: reads the object, and returns the function that lets its URL go. */
  hold(content: ActiveContent, sha256: string): () => void {
    this.#sha256 = sha256;
    this.unavailable = false;
    return holdObjectUrl(
      content,
      sha256,
      (url) => (this.url = url),
      () => this.#unavailable('image-missing'),
    );
  }

  /** The `<img>` could not decode what the URL holds. */
  broken(): void {
    this.#unavailable('image-undecodable');
  }

  #unavailable(code: 'image-missing' | 'image-undecodable'): void {
    this.unavailable = true;
    reportUnavailableImage(code, this.#sha256);
  }
}
