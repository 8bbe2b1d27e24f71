// What counts as a phone's screen: a touch screen under 600 px wide, or under 500 px high when
// held sideways (a small desktop window is not one). One place for the app's media query and
// the tests' check of a viewport's size.

/** Widest viewport, CSS px, that is a phone held upright. */
export const PHONE_MAX_WIDTH_PX = 600;
/** Highest viewport, CSS px, that is a phone held sideways. */
export const PHONE_MAX_LANDSCAPE_HEIGHT_PX = 500;

/** A phone: a touch screen, narrow in portrait or short in landscape. */
export const PHONE_QUERY =
  `(pointer: coarse) and (max-width: ${PHONE_MAX_WIDTH_PX}px), ` +
  `(pointer: coarse) and (max-height: ${PHONE_MAX_LANDSCAPE_HEIGHT_PX}px) and (orientation: landscape)`;

/** Whether a viewport of this size matches PHONE_QUERY on a touch screen. */
export function isPhoneSize({ width, height }: { width: number; height: number }): boolean {
  return width <= PHONE_MAX_WIDTH_PX || (height <= PHONE_MAX_LANDSCAPE_HEIGHT_PX && width > height);
}
