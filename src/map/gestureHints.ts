// What the map says when it leaves a gesture to the page (CooperativeGestures.tsx). Kept apart from
// the component so that tests can read the words without loading Leaflet.
export const WHEEL_HINT = 'Click the map to zoom it with the scroll wheel';
export const TOUCH_HINT = 'Use two fingers to move the map';
