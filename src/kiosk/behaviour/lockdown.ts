// Keeps the visitor inside the exhibit (docs/design.md §6): no text selection, context menu, pinch or
// double-tap zoom, drag, overscroll or browser shortcuts. The CSS (kiosk.css) does most of it;
// these handlers cover what CSS cannot. Inputs are readonly, so no system keyboard opens.

/** Browser shortcuts a kiosk keyboard (a technician's, or a visitor's USB one) must not reach. */
function isBlockedShortcut(event: KeyboardEvent): boolean {
  const zoomKey = ['+', '-', '=', '0'].includes(event.key);
  if ((event.ctrlKey || event.metaKey) && (zoomKey || ['p', 's', 'o', 'l', 'f'].includes(event.key.toLowerCase()))) return true;
  // Alt+Left/Right and Backspace outside an input would navigate away from the kiosk.
  if (event.altKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) return true;
  return event.key === 'F11' || event.key === 'F12' || event.key === 'F1';
}

/** Installs the handlers on `target`; returns a function that removes them. */
export function installLockdown(target: Window = window): () => void {
  const prevent = (event: Event) => event.preventDefault();
  const onTouchMove = (event: TouchEvent) => {
    // Two fingers mean pinch zoom; one finger may scroll a list.
    if (event.touches.length > 1) event.preventDefault();
  };
  const onWheel = (event: WheelEvent) => {
    // A trackpad pinch arrives as a wheel event with ctrlKey set.
    if (event.ctrlKey) event.preventDefault();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (isBlockedShortcut(event)) event.preventDefault();
  };
  const handlers: [string, EventListener][] = [
    ['contextmenu', prevent],
    ['selectstart', prevent],
    ['dragstart', prevent],
    ['gesturestart', prevent],
    ['touchmove', onTouchMove as EventListener],
    ['wheel', onWheel as EventListener],
    ['keydown', onKeyDown as EventListener],
  ];
  for (const [type, handler] of handlers) target.addEventListener(type, handler, { capture: true, passive: false });
  return () => {
    for (const [type, handler] of handlers) target.removeEventListener(type, handler, { capture: true });
  };
}
