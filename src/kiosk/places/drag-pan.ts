// Turns pointer moves on the map into pan steps. A finger that moves less than a few px is a
// tap, left to the marker under it; only once it moves further does the map take the pointer,
// and the click that ends a drag is swallowed, so a pan never opens a place. DOM events only.

/** Below this a touch is a tap: fingers wobble a little on a kiosk screen. */
const DRAG_THRESHOLD_PX = 10;

export function dragPan(element: HTMLElement, onPan: (dx: number, dy: number) => void): () => void {
  let pointer: { id: number; x: number; y: number; dragging: boolean } | null = null;
  let swallowClick = false;

  const down = (event: PointerEvent) => {
    if (pointer || !event.isPrimary) return;
    pointer = { id: event.pointerId, x: event.clientX, y: event.clientY, dragging: false };
    swallowClick = false;
  };
  const move = (event: PointerEvent) => {
    if (!pointer || event.pointerId !== pointer.id) return;
    const dx = event.clientX - pointer.x;
    const dy = event.clientY - pointer.y;
    if (!pointer.dragging) {
      if (Math.hypot(dx, dy) < DRAG_THRESHOLD_PX) return;
      pointer.dragging = true;
      element.setPointerCapture(event.pointerId);
    }
    pointer.x = event.clientX;
    pointer.y = event.clientY;
    onPan(dx, dy);
  };
  const up = (event: PointerEvent) => {
    if (!pointer || event.pointerId !== pointer.id) return;
    swallowClick = pointer.dragging;
    pointer = null;
  };
  const click = (event: MouseEvent) => {
    if (!swallowClick) return;
    swallowClick = false;
    event.stopPropagation();
    event.preventDefault();
  };

  const listeners: [string, EventListener, boolean][] = [
    ['pointerdown', down as EventListener, false],
    ['pointermove', move as EventListener, false],
    ['pointerup', up as EventListener, false],
    ['pointercancel', up as EventListener, false],
    ['click', click as EventListener, true],
  ];
  for (const [type, listener, capture] of listeners) element.addEventListener(type, listener, capture);
  return () => {
    for (const [type, listener, capture] of listeners) element.removeEventListener(type, listener, capture);
  };
}
