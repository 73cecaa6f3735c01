// Keeps keyboard focus inside an overlay while it is open, and gives it back to whatever had it
// when the overlay closes. An attachment: `{@attach trapFocus}`. Not the native modal <dialog>:
// that makes the rest of the page inert, the idle countdown above the overlay included.

const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

export function trapFocus(node: HTMLElement): () => void {
  const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const focusable = () =>
    [...node.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => !element.hasAttribute('disabled'));
  (node.querySelector<HTMLElement>('[data-autofocus]') ?? focusable()[0])?.focus();

  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Tab') return;
    const elements = focusable();
    const first = elements[0];
    const last = elements.at(-1);
    if (!first || !last) return;
    const current = document.activeElement;
    const outside = !node.contains(current);
    if (event.shiftKey && (outside || current === first)) {
      last.focus();
      event.preventDefault();
    } else if (!event.shiftKey && (outside || current === last)) {
      first.focus();
      event.preventDefault();
    }
  };
  document.addEventListener('keydown', onKeydown);
  return () => {
    document.removeEventListener('keydown', onKeydown);
    if (before?.isConnected) before.focus();
  };
}
