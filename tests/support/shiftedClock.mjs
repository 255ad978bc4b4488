// Preloaded with `node --import` to run a build on another day: Date and Date.now read
// seven years and a few hours ahead, so any timestamp that reaches the output shows.
const OFFSET_MS = (7 * 365 * 24 + 5) * 60 * 60 * 1000;
const RealDate = Date;
class ShiftedDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + OFFSET_MS);
    else super(...args);
  }
  static now() {
    return RealDate.now() + OFFSET_MS;
  }
}
globalThis.Date = ShiftedDate;
