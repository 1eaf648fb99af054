// The scorecard's weight scale. The presets' schema checks weights against it and the scorecard
// model edits and draws on it; it sits here, below both, so that a schema never imports a tool.

/** The lowest weight a criterion can have: it does not count. */
export const WEIGHT_MIN = 0;
/** The highest weight a criterion can have: it counts most. */
export const WEIGHT_MAX = 10;
