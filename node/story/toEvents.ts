// The timeline's steps, from the places' dates: entries that name the same story event are one step
// (the missiles of one night on two bases); entries that name none are one step when they say the
// same thing at the same date and time, and steps of their own otherwise. Earliest first; on one
// date, a known time after an unknown one, then the order of the files. A step has a time when all
// its places give the same minute: "about" that minute when any of them gives it only roughly.

import type { PlacesFile, StoryFile } from '../../shared/story/schema.ts';
import type { StoryEvent } from '../../shared/story/types.ts';

/** A place's dates with the event each belongs to, and the events in order. */
export interface Timeline {
  /** For each feature, for each of its dates, the id of its event. */
  readonly eventOf: readonly (readonly string[])[];
  readonly events: readonly StoryEvent[];
}

export function toEvents(story: StoryFile, places: PlacesFile): Timeline {
  const declared = new Map((story.events ?? []).map((e) => [e.id, e.what]));
  const taken = new Set(declared.keys());
  const groups = new Map<
    string,
    { what: string; entries: { placeId: string; date: string; timeLocal: string | null; approximate: boolean }[]; order: number }
  >();
  // Undeclared steps by what they say, date and time: a step's id is made once, from its first place.
  const made = new Map<string, string>();
  const eventOf = places.features.map((feature) =>
    feature.properties.when.map((when) => {
      let id = when.event;
      // How roughly a time is known does not make it another moment: "about 04:17" and "04:17" of the
      // same words are one step, which reads "about".
      const same = JSON.stringify([when.date, when.timeLocal ?? null, when.what]);
      if (id === undefined) id = made.get(same);
      if (id === undefined) {
        // An id no story event and no other date of this story uses.
        const base = `${feature.id}-${when.date}`;
        id = base;
        for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
        taken.add(id);
        made.set(same, id);
      }
      let group = groups.get(id);
      if (!group) {
        group = { what: declared.get(id) ?? when.what, entries: [], order: groups.size };
        groups.set(id, group);
      }
      group.entries.push({ placeId: feature.id, date: when.date, timeLocal: when.timeLocal ?? null, approximate: when.approximate ?? false });
      return id;
    }),
  );
  const events = [...groups.entries()].map(([id, group]) => {
    const [first] = group.entries;
    // A time is the event's only when every place of it gives that same minute; it is "about" that
    // minute when any place gives it only roughly.
    const agreed = group.entries.every((e) => e.timeLocal === first!.timeLocal);
    return {
      order: group.order,
      event: {
        id,
        what: group.what,
        date: first!.date,
        timeLocal: agreed ? first!.timeLocal : null,
        approximate: agreed && first!.timeLocal !== null && group.entries.some((e) => e.approximate),
        placeIds: group.entries.map((e) => e.placeId),
      } satisfies StoryEvent,
    };
  });
  events.sort((a, b) => a.event.date.localeCompare(b.event.date) || (a.event.timeLocal ?? '').localeCompare(b.event.timeLocal ?? '') || a.order - b.order);
  return { eventOf, events: events.map((e) => e.event) };
}
