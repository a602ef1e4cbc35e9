/**
 * Reading the counts and clock times people type into therapy notes and claim lines: minutes per code,
 * units, and session start/stop times.
 */

/** Reads "23", "23 min", "23 minutes" or "23m" as 23; null when it is not a plain count of minutes. */
export function readMinutes(text: string): number | null {
  const match = /^(\d{1,4})\s*(?:m|mins?|minutes?)?\.?$/i.exec(text.trim());
  return match ? Number(match[1]) : null;
}

/** Reads "2", "2.0", "2 units" or "2 UN" (the 837 unit code) as 2; null otherwise. */
export function readUnits(text: string): number | null {
  const match = /^(\d{1,3})(?:\.0+)?\s*(?:un|units?|u)?$/i.exec(text.trim());
  return match ? Number(match[1]) : null;
}

export interface TimeOfDay {
  /** Minutes after midnight. */
  minutes: number;
  /** Whether AM/PM was written; a bare "1:20" may be 13:20. */
  meridiem: boolean;
}

/** Reads "10:05 AM", "14:50", "2:50pm", "2 pm", "10.05" and "1450"; null when it is not a time of day. */
export function readTimeOfDay(text: string): TimeOfDay | null {
  const value = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const match = /^(\d{1,2})(?:[:.]?(\d{2}))? ?(?:([ap])\.?m?\.?)?$/.exec(value);
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  const half = match[3];
  // A bare number ("2", "14") is more likely a count than a time, so it needs am/pm to be read as one.
  if (match[2] === undefined && !half) return null;
  if (minutes > 59) return null;
  if (half) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (half === 'p' ? 12 : 0);
  } else if (hours > 23) {
    return null;
  }
  return { minutes: hours * 60 + minutes, meridiem: Boolean(half) };
}

/**
 * Minutes from start to end, or null when the end is not after the start. When neither time says AM/PM and
 * the end looks earlier ("11:30" to "1:20"), the end is read as afternoon, as a person writing it meant.
 */
export function sessionMinutes(start: TimeOfDay, end: TimeOfDay): number | null {
  if (end.minutes > start.minutes) return end.minutes - start.minutes;
  const twelveHourEnd = end.minutes >= 60 && end.minutes < 13 * 60;
  if (!start.meridiem && !end.meridiem && twelveHourEnd && end.minutes < start.minutes && end.minutes + 720 > start.minutes) {
    return end.minutes + 720 - start.minutes;
  }
  return null;
}
