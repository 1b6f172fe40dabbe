/** A stretch of real time, start inclusive, end exclusive (so back-to-back ranges do not overlap). */
export interface InstantRange {
  start: Date;
  end: Date;
}

export function rangesOverlap(a: InstantRange, b: InstantRange): boolean {
  return a.start.getTime() < b.end.getTime() && b.start.getTime() < a.end.getTime();
}

/**
 * Taken time of one resource (bookings with their buffers, blocked periods, absences) merged into sorted,
 * disjoint ranges, so a free-time check is a binary search rather than a scan of every booking.
 */
export class TakenTime {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(ranges: Iterable<InstantRange>) {
    const sorted = [...ranges]
      .map((range) => [range.start.getTime(), range.end.getTime()] as const)
      .filter(([start, end]) => end > start)
      .sort((a, b) => a[0] - b[0]);
    for (const [start, end] of sorted) {
      const last = this.ends.length - 1;
      if (last >= 0 && start <= this.ends[last]!) this.ends[last] = Math.max(this.ends[last]!, end);
      else {
        this.starts.push(start);
        this.ends.push(end);
      }
    }
  }

  /** Whether any taken time overlaps [start, end). */
  overlaps(start: number, end: number): boolean {
    // The first merged range that ends after `start`; being disjoint and sorted, it is the only candidate.
    let low = 0;
    let high = this.ends.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.ends[middle]! <= start) low = middle + 1;
      else high = middle;
    }
    return low < this.starts.length && this.starts[low]! < end;
  }
}
