// Where the visitor left the timeline: the event at its left edge when they opened one, so "back"
// finds the timeline as they left it. An idle reset forgets it (docs/design.md §6).

class TimelinePlace {
  eventId: string | null = null;

  reset(): void {
    this.eventId = null;
  }
}

export const timelinePlace = new TimelinePlace();
